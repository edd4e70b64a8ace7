using System.Globalization;

namespace Workforce.Core.Staffing.Deferred;

/// <summary>
/// A validated <see cref="DeferredWorkload"/> turned into cumulative work, in seconds of handling.
/// Counting work rather than items lets intervals with different handle times share one queue.
/// </summary>
internal sealed class DeferredWorkCurve
{
    private DeferredWorkCurve(
        double[] volumes,
        double[] ahtSeconds,
        double[] cumulativeWorkSeconds,
        double intervalSeconds,
        double windowSeconds,
        int windowIntervals,
        double agentCapacitySeconds)
    {
        Volumes = volumes;
        AhtSeconds = ahtSeconds;
        CumulativeWorkSeconds = cumulativeWorkSeconds;
        IntervalSeconds = intervalSeconds;
        WindowSeconds = windowSeconds;
        WindowIntervals = windowIntervals;
        AgentCapacitySeconds = agentCapacitySeconds;
    }

    public int Count => Volumes.Length;

    public double[] Volumes { get; }

    public double[] AhtSeconds { get; }

    /// <summary>Work arrived up to and including interval t; items arrive at their interval's start.</summary>
    public double[] CumulativeWorkSeconds { get; }

    public double IntervalSeconds { get; }

    public double WindowSeconds { get; }

    /// <summary>w: an item arriving in interval i is due by the end of interval i + w − 1.</summary>
    public int WindowIntervals { get; }

    /// <summary>Productive work one agent does in one interval: the interval length × maximum occupancy.</summary>
    public double AgentCapacitySeconds { get; }

    public double TotalWorkSeconds => Count == 0 ? 0 : CumulativeWorkSeconds[Count - 1];

    public double WorkArrivedBy(int interval) => interval < 0 ? 0 : CumulativeWorkSeconds[interval];

    /// <summary>
    /// Work that must be finished by the end of interval <paramref name="interval"/>: everything that
    /// arrived w or more intervals earlier, and at the last interval everything (the horizon's work is
    /// done inside the horizon).
    /// </summary>
    public double WorkDueBy(int interval) =>
        interval == Count - 1 ? TotalWorkSeconds : WorkArrivedBy(interval - WindowIntervals + 1);

    /// <summary>
    /// Cumulative work done at the end of interval <paramref name="interval"/> when
    /// <paramref name="capacitySeconds"/> of work can be done in it: agents can only work on items
    /// that have arrived.
    /// </summary>
    public double DoneAfter(int interval, double doneBeforeSeconds, double capacitySeconds)
    {
        var arrived = CumulativeWorkSeconds[interval];
        // Landing exactly on the arrived total when the queue empties keeps later comparisons free of round-off.
        return capacitySeconds >= arrived - doneBeforeSeconds
            ? arrived
            : Math.Min(doneBeforeSeconds + capacitySeconds, arrived);
    }

    public static DeferredWorkCurve From(DeferredWorkload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(workload.Volumes, nameof(workload));
        ArgumentNullException.ThrowIfNull(workload.AhtSeconds, nameof(workload));

        var count = workload.Volumes.Count;
        if (workload.AhtSeconds.Count != count)
        {
            throw new ArgumentException(
                Text($"{nameof(DeferredWorkload.Volumes)} has {count} intervals but {nameof(DeferredWorkload.AhtSeconds)} has {workload.AhtSeconds.Count}."),
                nameof(workload));
        }

        if (workload.IntervalLength <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workload),
                workload.IntervalLength,
                Text($"{nameof(DeferredWorkload.IntervalLength)} must be positive."));
        }

        if (workload.ResponseWindow < workload.IntervalLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workload),
                workload.ResponseWindow,
                Text($"{nameof(DeferredWorkload.ResponseWindow)} ({workload.ResponseWindow}) must be at least one interval ({workload.IntervalLength})."));
        }

        var occupancy = workload.MaxOccupancy;
        if (!double.IsFinite(occupancy) || occupancy <= 0 || occupancy > 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workload),
                occupancy,
                Text($"{nameof(DeferredWorkload.MaxOccupancy)} must be in (0, 1]."));
        }

        var volumes = new double[count];
        var ahtSeconds = new double[count];
        var cumulative = new double[count];
        var running = 0.0;
        for (var i = 0; i < count; i++)
        {
            var volume = workload.Volumes[i];
            if (!double.IsFinite(volume) || volume < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(workload),
                    volume,
                    Text($"{nameof(DeferredWorkload.Volumes)}[{i}] must be finite and not negative."));
            }

            var aht = workload.AhtSeconds[i];
            if (volume > 0 && (!double.IsFinite(aht) || aht <= 0))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(workload),
                    aht,
                    Text($"{nameof(DeferredWorkload.AhtSeconds)}[{i}] must be finite and positive where items arrive."));
            }

            volumes[i] = volume;
            ahtSeconds[i] = volume > 0 ? aht : 0;
            running += volume > 0 ? volume * aht : 0;
            if (!double.IsFinite(running))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(workload),
                    running,
                    Text($"The work up to interval {i} overflows a double."));
            }

            cumulative[i] = running;
        }

        var intervalSeconds = workload.IntervalLength.TotalSeconds;
        return new DeferredWorkCurve(
            volumes,
            ahtSeconds,
            cumulative,
            intervalSeconds,
            workload.ResponseWindow.TotalSeconds,
            // Whole ticks: exact, where dividing the seconds could land a hair under a whole number.
            (int)Math.Min(workload.ResponseWindow.Ticks / workload.IntervalLength.Ticks, int.MaxValue),
            intervalSeconds * occupancy);
    }

    private static string Text(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
