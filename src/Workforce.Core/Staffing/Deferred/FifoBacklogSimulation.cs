namespace Workforce.Core.Staffing.Deferred;

/// <summary>
/// Fluid first-in-first-out processing of a deferred queue by a given staffing series.
/// </summary>
/// <remarks>
/// Work is a continuous stream ordered by arrival. An interval's capacity (agents × interval ×
/// maximum occupancy) is spread evenly over the interval and stops when the queue empties; the work
/// at position x of the stream is finished when the cumulative work done reaches x. Each arrival
/// interval's items are spread evenly over its stretch of the stream, so per-interval figures are
/// averages over that stretch.
/// </remarks>
internal static class FifoBacklogSimulation
{
    public static DeferredOutcome Run(DeferredWorkCurve curve, IReadOnlyList<int> agents)
    {
        var capacitySeconds = new double[curve.Count];
        var doneAtEndSeconds = new double[curve.Count];
        var workDoneSeconds = new double[curve.Count];
        var done = 0.0;
        for (var t = 0; t < curve.Count; t++)
        {
            capacitySeconds[t] = agents[t] * curve.AgentCapacitySeconds;
            var doneAfter = curve.DoneAfter(t, done, capacitySeconds[t]);
            workDoneSeconds[t] = doneAfter - done;
            done = doneAfter;
            doneAtEndSeconds[t] = done;
        }

        var backlog = BacklogItemsAtEnd(curve, doneAtEndSeconds);
        var fraction = new double[curve.Count];
        var meanCompletion = new double[curve.Count];
        var maxAgeSeconds = 0.0;
        var itemsLate = 0.0;
        var processing = 0;
        for (var i = 0; i < curve.Count; i++)
        {
            var completion = CompletionOf(curve, i, capacitySeconds, doneAtEndSeconds, ref processing);
            fraction[i] = completion.FractionOnTime;
            meanCompletion[i] = completion.MeanSeconds;
            maxAgeSeconds = Math.Max(maxAgeSeconds, completion.LastSeconds);
            itemsLate += curve.Volumes[i] * (1 - completion.FractionOnTime);
        }

        return new DeferredOutcome(
            Array.AsReadOnly(backlog),
            Array.AsReadOnly(fraction),
            Array.AsReadOnly(meanCompletion),
            maxAgeSeconds,
            itemsLate,
            curve.Count == 0 ? 0 : backlog[^1],
            Array.AsReadOnly(workDoneSeconds));
    }

    /// <summary>
    /// How the items of arrival interval <paramref name="arrival"/> fare. Walks the processing intervals
    /// that carried its stretch of the stream; <paramref name="processing"/> only moves forward, so a
    /// whole simulation visits every interval once.
    /// </summary>
    private static ArrivalCompletion CompletionOf(
        DeferredWorkCurve curve,
        int arrival,
        double[] capacitySeconds,
        double[] doneAtEndSeconds,
        ref int processing)
    {
        var first = curve.WorkArrivedBy(arrival - 1);
        var last = curve.CumulativeWorkSeconds[arrival];
        var workSeconds = last - first;
        if (workSeconds <= 0)
        {
            return new ArrivalCompletion(1, 0, 0);
        }

        var intervalSeconds = curve.IntervalSeconds;
        var horizonEnd = curve.Count * intervalSeconds;
        var arrivedAt = arrival * intervalSeconds;
        var dueAt = Math.Min(arrivedAt + curve.WindowSeconds, horizonEnd);

        var timeWeightedSeconds = 0.0;   // the integral of completion time over the stretch
        var onTimeSeconds = 0.0;
        var finishedAt = horizonEnd;
        var position = first;
        while (position < last)
        {
            while (processing < curve.Count && doneAtEndSeconds[processing] <= position)
            {
                processing++;
            }

            if (processing == curve.Count)
            {
                // Never finished: counted as late, and as completing at the horizon's end for the mean.
                timeWeightedSeconds += (last - position) * horizonEnd;
                finishedAt = horizonEnd;
                break;
            }

            var doneBefore = processing == 0 ? 0 : doneAtEndSeconds[processing - 1];
            var segmentEnd = Math.Min(last, doneAtEndSeconds[processing]);
            var from = CompletionTime(processing, position - doneBefore, capacitySeconds[processing], intervalSeconds);
            var to = CompletionTime(processing, segmentEnd - doneBefore, capacitySeconds[processing], intervalSeconds);
            var length = segmentEnd - position;
            timeWeightedSeconds += length * (from + to) / 2;
            onTimeSeconds += length * ShareFinishedBy(dueAt, from, to);
            finishedAt = to;
            position = segmentEnd;
        }

        return new ArrivalCompletion(
            Math.Clamp(onTimeSeconds / workSeconds, 0, 1),
            (timeWeightedSeconds / workSeconds) - arrivedAt,
            finishedAt - arrivedAt);
    }

    private static double CompletionTime(int interval, double workIntoIntervalSeconds, double capacitySeconds, double intervalSeconds)
    {
        // The work fits in the interval by construction; the cap only stops round-off spilling past its end.
        var share = Math.Min(1, workIntoIntervalSeconds / capacitySeconds);
        return (interval + share) * intervalSeconds;
    }

    // Completion time runs linearly from `from` to `to` along a stretch of work.
    private static double ShareFinishedBy(double dueAt, double from, double to)
    {
        if (to <= dueAt)
        {
            return 1;
        }

        return from >= dueAt ? 0 : (dueAt - from) / (to - from);
    }

    private static double[] BacklogItemsAtEnd(DeferredWorkCurve curve, double[] doneAtEndSeconds)
    {
        var cumulativeItems = new double[curve.Count];
        var running = 0.0;
        for (var t = 0; t < curve.Count; t++)
        {
            running += curve.Volumes[t];
            cumulativeItems[t] = running;
        }

        var backlog = new double[curve.Count];
        var oldest = 0;   // the arrival interval whose work is being done at the end of t
        for (var t = 0; t < curve.Count; t++)
        {
            var done = doneAtEndSeconds[t];
            if (done >= curve.CumulativeWorkSeconds[t])
            {
                continue;
            }

            while (curve.CumulativeWorkSeconds[oldest] <= done)
            {
                oldest++;
            }

            var partItems = (curve.CumulativeWorkSeconds[oldest] - done) / curve.AhtSeconds[oldest];
            backlog[t] = partItems + (cumulativeItems[t] - cumulativeItems[oldest]);
        }

        return backlog;
    }

    private readonly record struct ArrivalCompletion(double FractionOnTime, double MeanSeconds, double LastSeconds);
}
