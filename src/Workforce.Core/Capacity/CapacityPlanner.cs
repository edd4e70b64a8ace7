namespace Workforce.Core.Capacity;

/// <summary>How long the optimiser may run and how the Monte Carlo band is drawn.</summary>
public sealed record CapacityPlanSettings(TimeSpan TimeLimit, int MonteCarloRuns, int Seed)
{
    public static CapacityPlanSettings Default { get; } = new(TimeSpan.FromSeconds(10), MonteCarloBand.DefaultRuns, 1);
}

/// <summary>Runs the capacity plan: optimise the classes, project the expected staff, draw the band, cost it.</summary>
public static class CapacityPlanner
{
    public static CapacityPlan Plan(CapacityProblem problem, IHiringSolver solver, CapacityPlanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(settings);
        var decision = solver.Solve(problem, settings.TimeLimit);
        return Evaluate(problem, decision, settings);
    }

    /// <summary>Projection, band and costs of a given decision (the optimiser's, or a planner's own to compare).</summary>
    public static CapacityPlan Evaluate(CapacityProblem problem, HiringDecision decision, CapacityPlanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(settings);
        var expected = CohortProjection.WithClasses(problem, decision.ClassSizes);
        var band = MonteCarloBand.Simulate(problem, decision.ClassSizes, settings.MonteCarloRuns, settings.Seed);
        var classes = new List<HiringClass>();
        for (var w = 0; w < problem.Weeks; w++)
        {
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                if (decision.ClassSizes[w][s] > 0)
                {
                    var start = problem.WeekStarts[0].PlusWeeks(w);
                    classes.Add(new HiringClass(
                        w,
                        start,
                        problem.Skills[s],
                        decision.ClassSizes[w][s],
                        start.PlusWeeks(problem.Training.TrainingWeeks),
                        start.PlusWeeks(problem.Training.WeeksToProduction)));
                }
            }
        }

        return new CapacityPlan(problem, decision, expected, band, classes, PlanCosts.Of(problem, decision, expected));
    }
}
