using Workforce.Core.Capacity;
using Workforce.Scheduling.Capacity;

namespace Workforce.Scheduling.Tests.Capacity;

public class HiringSolverTests
{
    private static readonly CapacityProblem Growing = HiringProblems.Make(
        HiringProblems.Rising(16, 10, 0.6),
        ["phone"],
        [new AgentCohort("phone", AgentCohort.EstablishedWeeks, 1, 10)],
        leadTime: 1);

    [Fact]
    public void The_plan_covers_the_requirement_from_the_first_week_a_class_can_reach_production()
    {
        var decision = new CpSatHiringSolver(workers: 1).Solve(Growing, HiringProblems.Limit);
        var staff = CohortProjection.WithClasses(Growing, decision.ClassSizes);

        Assert.Equal("Optimal", decision.Status);
        Assert.Equal(1 + 4, Growing.FirstProductionWeek);
        for (var k = Growing.FirstProductionWeek; k < Growing.Weeks; k++)
        {
            Assert.True(staff.ProductiveFte[k][0] >= Growing.Requirements.RequiredFte[k][0], $"week {k}: {staff.ProductiveFte[k][0]} < {Growing.Requirements.RequiredFte[k][0]}");
        }
    }

    [Fact]
    public void Without_hires_the_same_weeks_are_short()
    {
        var none = Enumerable.Range(0, Growing.Weeks).Select(_ => new int[1]).ToArray();
        var staff = CohortProjection.WithClasses(Growing, none);

        Assert.True(staff.ProductiveFte[Growing.Weeks - 1][0] < Growing.Requirements.RequiredFte[Growing.Weeks - 1][0]);
    }

    [Fact]
    public void Classes_start_only_after_the_lead_time_and_within_the_class_sizes()
    {
        var problem = HiringProblems.Make(HiringProblems.Rising(14, 5, 1.5), ["phone"], [new AgentCohort("phone", 200, 1, 5)], leadTime: 3, min: 4, max: 6);

        var decision = new CpSatHiringSolver(workers: 1).Solve(problem, HiringProblems.Limit);

        Assert.True(decision.TotalHires > 0);
        for (var w = 0; w < problem.Weeks; w++)
        {
            var size = decision.ClassSizes[w][0];
            Assert.True(size == 0 || (w >= 3 && size is >= 4 and <= 6), $"week {w}: class of {size}");
        }
    }

    [Fact]
    public void No_more_classes_are_in_training_at_once_than_allowed()
    {
        // Three skills all short at once, but only one class may train at a time (2 weeks' training).
        var problem = HiringProblems.Make(
            HiringProblems.Rising(14, 6, 0.8, skills: 3),
            ["phone", "chat", "email"],
            [new AgentCohort("phone", 200, 1, 6), new AgentCohort("chat", 200, 1, 6), new AgentCohort("email", 200, 1, 6)],
            parallel: 1);

        var decision = new CpSatHiringSolver(workers: 1).Solve(problem, HiringProblems.Limit);

        Assert.True(decision.Classes >= 2);
        for (var k = 0; k < problem.Weeks; k++)
        {
            var inTraining = Enumerable.Range(Math.Max(k - 1, 0), k - Math.Max(k - 1, 0) + 1).Sum(w => decision.ClassSizes[w].Count(n => n > 0));
            Assert.True(inTraining <= 1, $"week {k}: {inTraining} classes in training");
        }
    }

    [Fact]
    public void The_reported_objective_is_the_plan_priced_exactly()
    {
        var decision = new CpSatHiringSolver(workers: 1).Solve(Growing, HiringProblems.Limit);

        // The model rounds FTE to thousandths and money to cents: agreement to 0.1 %.
        var exact = HiringObjective.Of(Growing, decision.ClassSizes);
        Assert.Equal(exact, decision.Objective, exact * 1e-3);
        Assert.True(decision.Bound <= decision.Objective + 1e-6);
    }

    [Fact]
    public void Cp_sat_and_the_SCIP_MIP_agree_on_a_small_plan()
    {
        var cpSat = new CpSatHiringSolver(workers: 1).Solve(Growing, HiringProblems.Limit);
        var scip = new MipHiringSolver().Solve(Growing, HiringProblems.Limit);

        Assert.Equal("Optimal", scip.Status);
        Assert.Equal(HiringObjective.Of(Growing, scip.ClassSizes), HiringObjective.Of(Growing, cpSat.ClassSizes), HiringObjective.Of(Growing, scip.ClassSizes) * 2e-3);
    }
}
