using Workforce.Core.Staffing.Deferred;

namespace Workforce.Core.Tests.Staffing.Deferred;

public class DeadlineHullTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 60)]
    [InlineData(4, 400)]
    public void The_hull_finds_the_same_peak_rate_as_trying_every_later_deadline(int seed, int intervals)
    {
#pragma warning disable CA5394 // Test data, not security: a fixed seed makes the series repeatable.
        var random = new Random(seed);
        var due = new double[intervals];
        var running = 0.0;
        for (var s = 0; s < intervals; s++)
        {
            // Flat stretches and jumps, as work due by successive deadlines has.
            running += random.NextDouble() < 0.4 ? 0 : random.NextDouble() * 5000;
            due[s] = running;
        }

        var hull = new DeadlineHull(due);
        var done = 0.0;
        for (var t = 0; t < intervals; t++)
        {
            var expected = double.NegativeInfinity;
            for (var s = t; s < intervals; s++)
            {
                expected = Math.Max(expected, (due[s] - done) / (s - t + 1));
            }

            Assert.Equal(expected, hull.PeakRate(t, done), 1e-9 * Math.Max(1, Math.Abs(expected)));
            done = Math.Max(done, due[t]) + (random.NextDouble() * 3000);
        }
#pragma warning restore CA5394
    }

    [Fact]
    public void The_hull_must_be_asked_about_intervals_in_order()
    {
        var hull = new DeadlineHull([1, 2, 3]);

        Assert.Throws<InvalidOperationException>(() => hull.PeakRate(1, 0));
    }
}
