namespace Workforce.Core.Capacity;

/// <summary>
/// The hiring model's objective evaluated exactly for given class sizes: recruitment and expected
/// wages per hire, a trainer per class, and the penalties on shortfall (after allowed overtime),
/// surplus and excess undertime per week and skill. Solvers minimise this; tests and the greedy start use it.
/// </summary>
public static class HiringObjective
{
    public static double Of(CapacityProblem problem, int[][] classSizes)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(classSizes);
        var costs = problem.Costs;
        var limits = problem.Limits;
        var total = 0.0;
        for (var w = 0; w < problem.Weeks; w++)
        {
            foreach (var size in classSizes[w].Where(n => n > 0))
            {
                total += (size * ((double)costs.RecruitmentPerHire + problem.ExpectedWagesPerHire(w))) + (double)costs.TrainerPerClass;
            }
        }

        var expected = CohortProjection.WithClasses(problem, classSizes);
        for (var k = 0; k < problem.Weeks; k++)
        {
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                var required = problem.Requirements.RequiredFte[k][s];
                var productive = expected.ProductiveFte[k][s];
                var overtime = Math.Min(Math.Max(required - productive, 0), limits.MaxOvertimeFraction * productive);
                var surplus = Math.Max(productive - required, 0);
                total += (overtime * (double)limits.OvertimeCostPerFteWeek)
                    + (Math.Max(required - productive - overtime, 0) * (double)costs.ShortfallPenaltyPerFteWeek)
                    + (surplus * (double)costs.SurplusPenaltyPerFteWeek)
                    + (limits.MaxUndertimeFraction is { } u ? Math.Max(surplus - (u * required), 0) * (double)costs.ShortfallPenaltyPerFteWeek : 0);
            }
        }

        return total;
    }
}
