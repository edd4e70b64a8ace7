namespace Workforce.Core.Staffing.Deferred;

/// <summary>
/// The minimum-peak-rate rule: at every interval, work at the steadiest rate that still meets every
/// remaining deadline, given the work actually done so far.
/// </summary>
internal static class PeakRatePlanner
{
    // Round-off can lift an exact whole number of agents a hair above itself; without this guard a
    // rate worth exactly 2 agents would staff 3. The shortfall it allows is noise-sized.
    private const double CeilingGuard = 1e-9;

    public static PlannedInterval[] Plan(DeferredWorkCurve curve)
    {
        var hull = DeadlineHull.For(curve);
        var plan = new PlannedInterval[curve.Count];
        var doneSeconds = 0.0;
        for (var t = 0; t < plan.Length; t++)
        {
            var peakRate = Math.Max(0, hull.PeakRate(t, doneSeconds));
            var present = curve.CumulativeWorkSeconds[t] - doneSeconds;

            // Agents beyond the work already in the queue would sit idle: items not yet arrived cannot be worked.
            var agents = AgentsFor(Math.Min(peakRate, present), curve.AgentCapacitySeconds);
            var doneAfter = curve.DoneAfter(t, doneSeconds, agents * curve.AgentCapacitySeconds);
            plan[t] = new PlannedInterval(peakRate, present, agents, doneAfter - doneSeconds);
            doneSeconds = doneAfter;
        }

        return plan;
    }

    /// <summary>The fewest whole agents whose capacity covers <paramref name="workSeconds"/> in one interval.</summary>
    public static int AgentsFor(double workSeconds, double agentCapacitySeconds)
    {
        if (workSeconds <= 0)
        {
            return 0;
        }

        var exact = workSeconds / agentCapacitySeconds;
        var agents = Math.Ceiling(exact - (CeilingGuard * Math.Max(1, exact)));
        if (agents > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workSeconds),
                workSeconds,
                "The work in one interval needs more agents than an int can count.");
        }

        return (int)agents;
    }
}
