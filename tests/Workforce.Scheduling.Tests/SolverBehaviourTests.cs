using NodaTime;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Tests;

public class SolverBehaviourTests
{
    [Fact]
    public void An_agent_whose_minimum_hours_exceed_what_time_off_leaves_is_named_with_the_rule()
    {
        // Time off from noon every day leaves only 4 h shifts (08:00–12:00): five of them are 20 h, not 40.
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 40, maxHours: 40, maxDays: 5, shiftHours: [4, 8], latest: new LocalTime(8, 0)))
            .WithAgent("A1")
            .WithAgent("A2");
        for (var day = 0; day < RosterHorizon.Days; day++)
        {
            roster.WithTimeOff("A1", TinyRoster.Local(day, 12), TinyRoster.Local(day, 23));
        }

        var problem = Assert.Single(HardRuleCheck.Explain(roster.Build()));
        Assert.Contains("agent A1", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("minimum hours", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Carried_in_weekends_above_the_contract_maximum_are_named_with_the_rule()
    {
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(maxWeekends: 1, weekendReferenceWeeks: 4))
            .WithAgent("A1")
            .WithCarryIn("A1", weekends: 2);

        var problem = Assert.Single(HardRuleCheck.Explain(roster.Build()));
        Assert.Contains("agent A1", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("maximum weekends", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_single_threaded_solves_with_the_same_seed_and_deterministic_limit_give_the_same_roster()
    {
        var settings = new RosterSolverSettings(TimeSpan.FromSeconds(20), 1, 7, 0.2);

        var first = Roster().Solve(settings);
        var second = Roster().Solve(settings);

        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(first.Solution.Objective, second.Solution.Objective);

        static TinyRoster Roster()
        {
            var roster = new TinyRoster()
                .WithContract(TinyRoster.MakeContract(minHours: 16, maxHours: 40, maxDays: 5, shiftHours: [4, 8], earliest: new LocalTime(6, 0), latest: new LocalTime(14, 0), breaks: [TinyRoster.Lunch()]))
                .WithChannel(TinyRoster.Chat, new Core.Sites.ChatModel(TinyRoster.Target, 2, 0.25))
                .WithAgent("A1", TinyRoster.Phone)
                .WithAgent("A2", TinyRoster.Phone, TinyRoster.Chat)
                .WithAgent("A3", TinyRoster.Chat);
            for (var day = 0; day < RosterHorizon.Days; day++)
            {
                roster.WithDemand(day, 7, 12, 2, TinyRoster.Phone)
                    .WithDemand(day, 12, 20, 1 + (day % 2), TinyRoster.Phone)
                    .WithDemand(day, 9, 17, 1, TinyRoster.Chat);
            }

            return roster;
        }

        static List<string> Describe(Solved solved) =>
            [.. solved.Solution.Shifts
                .OrderBy(s => s.AgentIndex).ThenBy(s => s.Shift.StartIndex)
                .Select(s => string.Join(',', new[] { s.AgentIndex, s.Shift.StartIndex, s.Shift.Length }.Concat(s.Breaks.Select(b => b.StartIndex))))];
    }

    [Fact]
    public void The_reported_bound_is_at_least_the_labour_floor_and_never_above_the_objective()
    {
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 24, maxHours: 40))
            .WithAgent("A1")
            .WithDemand(0, 8, 16, 1);
        var data = roster.Build();
        var solved = roster.Solve();

        var floor = Workforce.Core.Rostering.Solving.LabourFloor.Cents(data);
        Assert.True(floor > 0, "an agent with minimum hours must be paid for them");
        Assert.True(solved.Solution.Bound >= floor, $"bound {solved.Solution.Bound} below the labour floor {floor}");
        Assert.True(solved.Solution.Bound <= solved.Solution.Objective + 1e-6, $"bound {solved.Solution.Bound} above objective {solved.Solution.Objective}");
    }
}
