using Workforce.Core.Capacity;

namespace Workforce.Core.Tests.Capacity;

public class MonteCarloBandTests
{
    private const int Weeks = 26;

    private static readonly CapacityProblem Problem = TinyCapacity.Problem(
        TinyCapacity.Requirements([.. Enumerable.Range(0, Weeks).Select(_ => new[] { 20.0, 8.0 })], "phone", "chat"),
        [new AgentCohort("phone", 4, 1, 12), new AgentCohort("phone", 80, 1, 6), new AgentCohort("chat", 20, 0.5, 9)]);

    private static readonly int[][] Classes = Enumerable.Range(0, Weeks).Select(k => k switch { 2 => new[] { 8, 0 }, 6 => new[] { 0, 5 }, _ => new[] { 0, 0 } }).ToArray();

    [Fact]
    public void The_same_seed_gives_the_same_band_and_another_seed_another()
    {
        var first = MonteCarloBand.Simulate(Problem, Classes, 300, 42);
        var again = MonteCarloBand.Simulate(Problem, Classes, 300, 42);
        var other = MonteCarloBand.Simulate(Problem, Classes, 300, 43);

        Assert.Equal(first.Total, again.Total);
        Assert.NotEqual(first.Total.Select(p => p.Mean), other.Total.Select(p => p.Mean));
    }

    [Fact]
    public void P10_is_at_most_P50_and_P50_at_most_P90_every_week()
    {
        var band = MonteCarloBand.Simulate(Problem, Classes, 500, 7);

        foreach (var point in band.Total.Concat(band.BySkill.SelectMany(w => w)))
        {
            Assert.True(point.P10 <= point.P50 && point.P50 <= point.P90, $"{point}");
        }

        Assert.True(band.Total[Weeks - 1].P90 > band.Total[Weeks - 1].P10, "attrition should spread the last week");
    }

    [Fact]
    public void The_simulated_mean_is_within_three_standard_errors_of_the_expected_value_line()
    {
        const int runs = 2000;
        var band = MonteCarloBand.Simulate(Problem, Classes, runs, 11);
        var expected = CohortProjection.WithClasses(Problem, Classes);

        for (var k = 0; k < Weeks; k++)
        {
            var line = expected.ProductiveFte[k].Sum();
            var standardError = band.Total[k].StandardDeviation / Math.Sqrt(runs);
            Assert.True(
                Math.Abs(band.Total[k].Mean - line) <= Math.Max(3 * standardError, 1e-9),
                $"week {k}: mean {band.Total[k].Mean}, expected {line}, standard error {standardError}");
        }
    }
}
