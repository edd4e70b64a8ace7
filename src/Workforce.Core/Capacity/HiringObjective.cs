namespace Workforce.Core.Capacity;

/// <summary>
/// The hiring model's objective evaluated exactly for given class sizes: recruitment and expected
/// wages per hire, a trainer per class, and the penalties on shortfall (after allowed overtime),
/// surplus and excess undertime per week and skill. Solvers minimise this; tests and the local search (<see cref="HiringLocalSearch"/>) use it.
/// </summary>
public static class HiringObjective
{
    public static double Of(CapacityProblem problem, int[][] classSizes)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(classSizes);
        var total = 0.0;
        for (var w = 0; w < problem.Weeks; w++)
        {
            foreach (var size in classSizes[w].Where(n => n > 0))
            {
                total += (size * PerHire(problem, w)) + (double)problem.Costs.TrainerPerClass;
            }
        }

        var expected = CohortProjection.WithClasses(problem, classSizes);
        for (var k = 0; k < problem.Weeks; k++)
        {
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                total += WeekCost(problem, problem.Requirements.RequiredFte[k][s], expected.ProductiveFte[k][s]);
            }
        }

        return total;
    }

    /// <summary>Recruitment and expected wages of one hire whose class starts in week <paramref name="startWeek"/>.</summary>
    public static double PerHire(CapacityProblem problem, int startWeek)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return (double)problem.Costs.RecruitmentPerHire + problem.ExpectedWagesPerHire(startWeek);
    }

    /// <summary>One week and skill's overtime, shortfall, surplus and excess undertime cost at a given productive FTE.</summary>
    public static double WeekCost(CapacityProblem problem, double required, double productive)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var costs = problem.Costs;
        var limits = problem.Limits;
        var overtime = Math.Min(Math.Max(required - productive, 0), limits.MaxOvertimeFraction * productive);
        var surplus = Math.Max(productive - required, 0);
        return (overtime * (double)limits.OvertimeCostPerFteWeek)
            + (Math.Max(required - productive - overtime, 0) * (double)costs.ShortfallPenaltyPerFteWeek)
            + (surplus * (double)costs.SurplusPenaltyPerFteWeek)
            + (limits.MaxUndertimeFraction is { } u ? Math.Max(surplus - (u * required), 0) * (double)costs.ShortfallPenaltyPerFteWeek : 0);
    }
}
