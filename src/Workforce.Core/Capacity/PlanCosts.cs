namespace Workforce.Core.Capacity;

/// <summary>Prices a hiring decision and its expected staff; money is summed in double and rounded once to cents.</summary>
public static class PlanCosts
{
    public static CapacityCostSummary Of(CapacityProblem problem, HiringDecision decision, ExpectedStaff expected)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(expected);
        var hires = decision.TotalHires;
        var classes = decision.Classes;
        var wages = 0.0;
        for (var w = 0; w < problem.Weeks; w++)
        {
            wages += decision.ClassSizes[w].Sum() * problem.ExpectedWagesPerHire(w);
        }

        double overtime = 0, shortfall = 0, surplus = 0;
        for (var k = 0; k < problem.Weeks; k++)
        {
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                var productive = expected.ProductiveFte[k][s];
                var gap = problem.Requirements.RequiredFte[k][s] - productive;
                var covered = Math.Min(Math.Max(gap, 0), problem.Limits.MaxOvertimeFraction * productive);
                overtime += covered;
                shortfall += Math.Max(gap - covered, 0);
                surplus += Math.Max(-gap, 0);
            }
        }

        var leavers = ExpectedLeavers(problem, decision.ClassSizes);
        var meanClass = classes > 0 ? (double)hires / classes : problem.Hiring.MaxClassSize;
        var perReplacement = (double)problem.Costs.RecruitmentPerHire
            + ((double)problem.Costs.TrainerPerClass / meanClass)
            + (problem.Training.TrainingWeeks * problem.WeeklyWagePerHire);

        return new CapacityCostSummary(
            hires,
            classes,
            Money(hires * (double)problem.Costs.RecruitmentPerHire),
            Money(classes * (double)problem.Costs.TrainerPerClass),
            Money(wages),
            overtime,
            Money(overtime * (double)problem.Limits.OvertimeCostPerFteWeek),
            shortfall,
            surplus,
            leavers,
            Money(perReplacement),
            Money(leavers * perReplacement));
    }

    /// <summary>Agents expected to leave during the horizon: each week, those present times their band's weekly attrition.</summary>
    public static double ExpectedLeavers(CapacityProblem problem, int[][] classSizes)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var leavers = 0.0;
        foreach (var (cohort, joinWeek) in problem.Cohorts.Select(c => (c, 0)).Concat(CohortProjection.Classes(problem, classSizes)))
        {
            var alive = (double)cohort.Headcount;
            for (var k = joinWeek; k < problem.Weeks; k++)
            {
                var survival = problem.Attrition.WeeklySurvival(cohort.WeeksSinceHire + (k - joinWeek));
                leavers += alive * (1 - survival);
                alive *= survival;
            }
        }

        return leavers;
    }

    private static decimal Money(double amount) => Math.Round((decimal)amount, 2, MidpointRounding.ToEven);
}
