using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Workforce.Core.Capacity;

/// <summary>Percentiles, mean and standard deviation of simulated productive FTE in one week.</summary>
public sealed record BandPoint(double P10, double P50, double P90, double Mean, double StandardDeviation);

/// <summary>The simulated band per week, for all skills together (<see cref="Total"/>) and per skill.</summary>
public sealed record ProductiveFteBand(int Runs, int Seed, BandPoint[] Total, BandPoint[][] BySkill);

/// <summary>
/// Draws attrition at random under a fixed hiring plan: each week every cohort loses a binomial
/// number of its agents (each survives with the weekly probability of their tenure band). Many runs
/// give percentiles of productive FTE; the same seed gives the same band. Percentiles are the R-7
/// quantile (linear between order statistics).
/// </summary>
public static class MonteCarloBand
{
    public const int DefaultRuns = 1000;

    public static ProductiveFteBand Simulate(CapacityProblem problem, int[][] classSizes, int runs, int seed)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(classSizes);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 2);
        var cohorts = problem.Cohorts.Select(c => (Cohort: c, JoinWeek: 0)).Concat(CohortProjection.Classes(problem, classSizes)).ToList();
        var weeks = problem.Weeks;
        var skills = problem.Skills.Count;
        var bySkill = Enumerable.Range(0, weeks).Select(_ => Enumerable.Range(0, skills).Select(_ => new double[runs]).ToArray()).ToArray();
        var total = Enumerable.Range(0, weeks).Select(_ => new double[runs]).ToArray();
        var random = new Xoshiro256StarStar(seed, threadSafe: false);

        for (var run = 0; run < runs; run++)
        {
            foreach (var (cohort, joinWeek) in cohorts)
            {
                var s = problem.SkillIndex(cohort.Skill);
                var alive = cohort.Headcount;
                for (var k = joinWeek; k < weeks && alive > 0; k++)
                {
                    var tenure = cohort.WeeksSinceHire + (k - joinWeek);
                    var fte = alive * cohort.FteWeight * problem.Training.ProductivityAt(tenure);
                    bySkill[k][s][run] += fte;
                    total[k][run] += fte;
                    alive = Binomial.Sample(random, problem.Attrition.WeeklySurvival(tenure), alive);
                }
            }
        }

        return new ProductiveFteBand(
            runs,
            seed,
            [.. total.Select(Point)],
            [.. bySkill.Select(week => week.Select(Point).ToArray())]);
    }

    private static BandPoint Point(double[] samples)
    {
        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return new BandPoint(
            SortedArrayStatistics.QuantileCustom(sorted, 0.1, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(sorted, 0.5, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(sorted, 0.9, QuantileDefinition.R7),
            sorted.Mean(),
            sorted.StandardDeviation());
    }
}
