using Workforce.Core.Staffing.Deferred;

namespace Workforce.Core.Tests.Staffing.Deferred;

/// <summary>Shaped workloads for the deferred-work tests.</summary>
internal static class DeferredSeries
{
    public static readonly TimeSpan QuarterHour = TimeSpan.FromMinutes(15);

    /// <summary>
    /// A week of quarter-hours of email: a morning peak and a smaller afternoon one on weekdays, a
    /// trickle through the night, weekends at 40 %; handle time drifts through the day.
    /// </summary>
    public static DeferredWorkload WeekOfEmail()
    {
        const int perDay = 96;
        var volumes = new double[7 * perDay];
        var ahtSeconds = new double[volumes.Length];
        for (var i = 0; i < volumes.Length; i++)
        {
            var day = i / perDay;
            var hour = (i % perDay) / 4.0;
            var dayFactor = day >= 5 ? 0.4 : 1.0 - (0.05 * day);
            var shape = 1.5
                + (45 * Bump(hour, 10.5, 2.5))
                + (30 * Bump(hour, 15, 2));
            volumes[i] = dayFactor * shape;
            ahtSeconds[i] = 420 + (90 * Math.Sin(2 * Math.PI * hour / 24));
        }

        return new DeferredWorkload(volumes, ahtSeconds, QuarterHour, TimeSpan.FromHours(4), 0.85);
    }

    /// <summary>A steady 10 items a quarter-hour for a day, with 600 more arriving at 10:00.</summary>
    public static DeferredWorkload DayWithSpike(out int spikeInterval)
    {
        spikeInterval = 40;
        var volumes = Enumerable.Repeat(10.0, 96).ToArray();
        volumes[spikeInterval] += 600;
        return new DeferredWorkload(volumes, Enumerable.Repeat(300.0, 96).ToArray(), QuarterHour, TimeSpan.FromHours(4), 0.85);
    }

    /// <summary>
    /// Random volumes (about a third of intervals empty) and handle times, on half-hours with a
    /// window that is not a whole number of intervals.
    /// </summary>
    public static DeferredWorkload Random(int seed, int intervals, TimeSpan intervalLength, TimeSpan window)
    {
#pragma warning disable CA5394 // Test data, not security: a fixed seed makes the series repeatable.
        var random = new Random(seed);
        var volumes = new double[intervals];
        var ahtSeconds = new double[intervals];
        for (var i = 0; i < intervals; i++)
        {
            volumes[i] = random.NextDouble() < 0.35 ? 0 : random.NextDouble() * 80;
            ahtSeconds[i] = 120 + (random.NextDouble() * 780);
        }
#pragma warning restore CA5394

        return new DeferredWorkload(volumes, ahtSeconds, intervalLength, window, 0.9);
    }

    private static double Bump(double hour, double centre, double width) =>
        Math.Exp(-Math.Pow((hour - centre) / width, 2));
}
