using Workforce.Core.Capacity;
using Workforce.Core.Rostering;

namespace Workforce.Scheduling.Tests.Capacity;

/// <summary>A capacity plan's class carried into a week's roster, and the real roster engine run on it.</summary>
public class CapacityRosterLinkTests
{
    private static CapacityPlan PlanWithOneClass(int startWeek, int size)
    {
        var problem = HiringProblems.Make(HiringProblems.Rising(8, 3, 0), [TinyRoster.Phone], [new AgentCohort(TinyRoster.Phone, AgentCohort.EstablishedWeeks, 1, 2)], monthlyAttrition: 0);
        var sizes = Enumerable.Range(0, problem.Weeks).Select(w => new[] { w == startWeek ? size : 0 }).ToArray();
        return CapacityPlanner.Evaluate(problem, new HiringDecision(sizes, "Given", 0, 0, 0), new CapacityPlanSettings(TimeSpan.FromSeconds(1), 10, 1));
    }

    [Fact]
    public void Each_week_of_a_class_becomes_agents_with_the_status_of_its_stage()
    {
        var plan = PlanWithOneClass(startWeek: 1, size: 3);

        Assert.Empty(CapacityRosterLink.AgentsForWeek(plan, 0, "c", 12m));
        Assert.All(CapacityRosterLink.AgentsForWeek(plan, 2, "c", 12m), a => Assert.Equal(AgentStatus.InTraining, a.Status));
        var nesting = CapacityRosterLink.AgentsForWeek(plan, 4, "c", 12m);
        Assert.Equal(3, nesting.Count);
        Assert.All(nesting, a => Assert.Equal((AgentStatus.Nesting, 0.8), (a.Status, a.ProductivityFactor)));
        Assert.All(CapacityRosterLink.AgentsForWeek(plan, 5, "c", 12m), a => Assert.Equal(AgentStatus.Production, a.Status));
    }

    [Fact]
    public void A_roster_for_a_week_with_a_class_in_training_shows_those_agents_on_training_and_not_on_the_phones()
    {
        var plan = PlanWithOneClass(startWeek: 0, size: 3);
        var trainees = CapacityRosterLink.AgentsForWeek(plan, 1, "c", 12m);
        Assert.Equal(3, trainees.Count);

        // Demand for 4 agents every day 08:00–16:00; one production agent, and the class, who must work their contract's 16 hours.
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 16, maxHours: 16))
            .WithAgent("P1")
            .WithDemandEveryDay(8, 16, 4);
        roster.Agents.AddRange(trainees);
        var solved = roster.Solve();

        foreach (var trainee in trainees)
        {
            var shifts = solved.Report.Roster.Where(r => r.AgentId == trainee.Id).ToList();
            Assert.Equal(2, shifts.Count);
            var training = solved.Report.Activities.Where(a => a.AgentId == trainee.Id && a.Activity == "training").ToList();
            Assert.Equal(shifts.Select(s => (s.ShiftStart, s.ShiftEnd)), training.Select(t => (t.Start, t.End)));
        }

        // Coverage counts only the production agent: never more than one on the phones.
        Assert.All(solved.Report.Coverage, c => Assert.True(c.Scheduled <= 1 + 1e-9, $"{c.IntervalStart}: {c.Scheduled} scheduled"));
        Assert.Contains(solved.Report.Coverage, c => c.Scheduled > 0.5);
    }
}
