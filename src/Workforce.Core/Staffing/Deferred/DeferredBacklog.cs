namespace Workforce.Core.Staffing.Deferred;

/// <summary>
/// Staffing for deferred work (email, social messages, after-sales tickets): items may wait up to a
/// response window, so the backlog is carried from interval to interval instead of being cleared in
/// the interval it arrives (which is what a per-interval Erlang requirement would assume).
/// </summary>
/// <remarks>
/// Conventions, shared by <see cref="Plan"/> and <see cref="Simulate"/>: items arriving in an interval
/// arrive at its start; with w = floor(window ÷ interval), an item arriving in interval i is due by the
/// end of interval i + w − 1, and an item whose due time falls after the horizon is due by its end;
/// work is measured in seconds (items × AHT) and processed first in, first out. See docs/staffing.md,
/// "Deferred work".
/// </remarks>
public static class DeferredBacklog
{
    /// <summary>
    /// The least and smoothest staffing that finishes every item by its due time: at each interval,
    /// the steadiest work rate that still meets every remaining deadline (the minimum-peak-rate rule),
    /// never more than the work already in the queue, rounded up to whole agents.
    /// </summary>
    public static DeferredPlan Plan(DeferredWorkload workload)
    {
        var curve = DeferredWorkCurve.From(workload);
        var steps = PeakRatePlanner.Plan(curve);
        var agents = new int[steps.Length];
        for (var t = 0; t < steps.Length; t++)
        {
            agents[t] = steps[t].Agents;
        }

        return new DeferredPlan(Array.AsReadOnly(agents), FifoBacklogSimulation.Run(curve, agents));
    }

    /// <summary>
    /// What any staffing series achieves on the workload, by fluid first-in-first-out processing.
    /// </summary>
    /// <param name="workload">The channel and its horizon.</param>
    /// <param name="agents">Agents on the channel per interval; as many as there are intervals, none negative.</param>
    public static DeferredOutcome Simulate(DeferredWorkload workload, IReadOnlyList<int> agents)
    {
        var curve = DeferredWorkCurve.From(workload);
        ArgumentNullException.ThrowIfNull(agents);
        if (agents.Count != curve.Count)
        {
            throw new ArgumentException(
                $"{agents.Count} agent counts for {curve.Count} intervals; give one per interval.",
                nameof(agents));
        }

        var copy = new int[agents.Count];
        for (var t = 0; t < copy.Length; t++)
        {
            if (agents[t] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(agents), agents[t], $"Agents in interval {t} must not be negative.");
            }

            copy[t] = agents[t];
        }

        return FifoBacklogSimulation.Run(curve, copy);
    }
}
