using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Tests;

/// <summary>Training attendance (hard) and its place off the phones.</summary>
public class TrainingRuleTests
{
    [Fact]
    public void An_attendee_works_a_shift_that_holds_a_fixed_session_even_with_no_demand()
    {
        var solved = new TinyRoster()
            .WithAgent("A1")
            .WithTraining("T1", 2, 10, 12, 2, "A1")
            .Solve();

        var shift = Assert.Single(solved.ShiftsOf("A1"));
        var training = Assert.Single(shift.Training);
        Assert.Equal((solved.Interval(2, 10), 2), (training.StartIndex, training.Length));
    }

    [Fact]
    public void An_attendee_in_training_is_not_counted_on_the_phones()
    {
        var solved = new TinyRoster()
            .WithAgent("A1")
            .WithTraining("T1", 0, 10, 12, 2, "A1")
            .WithDemand(0, 8, 16, 1)
            .Solve();

        Assert.Equal(0, solved.Coverage(TinyRoster.Phone, 0, 10).Scheduled);
        Assert.Equal(0, solved.Coverage(TinyRoster.Phone, 0, 11).Scheduled);
        Assert.Equal(1, solved.Coverage(TinyRoster.Phone, 0, 12).Scheduled);
    }

    [Fact]
    public void A_flexible_session_is_placed_where_the_attendee_is_missed_least()
    {
        // Demand all day except 12:00–14:00: that is where two hours of training cost no cover.
        var solved = new TinyRoster()
            .WithAgent("A1")
            .WithTraining("T1", 0, 8, 16, 2, "A1")
            .WithDemand(0, 8, 12, 1)
            .WithDemand(0, 14, 16, 1)
            .Solve();

        var training = Assert.Single(Assert.Single(solved.ShiftsOf("A1")).Training);
        Assert.Equal(solved.Interval(0, 12), training.StartIndex);
        Assert.Contains(solved.Report.Activities, a => a.AgentId == "A1" && a.Activity == "training" && a.Start == TinyRoster.At(0, 12));
    }

    [Fact]
    public void A_session_the_attendee_cannot_reach_is_explained_by_session_and_agent()
    {
        // The agent is off all Wednesday, the session's day.
        var data = new TinyRoster()
            .WithAgent("A1")
            .WithTimeOff("A1", TinyRoster.Local(2, 0), TinyRoster.Local(3, 0))
            .WithTraining("T9", 2, 10, 12, 2, "A1")
            .Build();

        var problem = Assert.Single(HardRuleCheck.Explain(data));
        Assert.Contains("training T9", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("agent A1", problem.Reason, StringComparison.Ordinal);
    }
}
