namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// One agent's attendance at one <see cref="TrainingSession"/>, on the interval grid: the session runs
/// <see cref="Length"/> intervals from one of <see cref="StartOptions"/>, inside a shift of theirs.
/// </summary>
public sealed record TrainingNeed(string SessionId, int Length, IReadOnlyList<int> StartOptions);

/// <summary>Turns sessions into each attendee's <see cref="TrainingNeed"/>.</summary>
public static class TrainingNeeds
{
    /// <summary>
    /// A flexible session may start every this many minutes of its window (and at the window's start):
    /// enough freedom to dodge the peaks, without one variable per attendee per interval.
    /// </summary>
    public const int FlexibleStartStepMinutes = 60;

    public static IReadOnlyList<TrainingNeed> For(RosterHorizon horizon, Agent agent, IReadOnlyList<ShiftCandidate> candidates, IReadOnlyList<TrainingSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(sessions);
        var needs = new List<TrainingNeed>();
        foreach (var session in sessions.Where(s => s.AgentIds.Contains(agent.Id)))
        {
            var length = horizon.IntervalsIn(session.Length);
            var first = horizon.IndexOf(horizon.ToInstant(session.WindowStart));
            var end = horizon.IndexOf(horizon.ToInstant(session.WindowEnd));
            var step = session.IsFixed ? 1 : Math.Max(1, horizon.IntervalsIn(NodaTime.Duration.FromMinutes(FlexibleStartStepMinutes)));
            var options = new List<int>();
            for (var start = first; start + length <= end; start += step)
            {
                if (candidates.Any(c => c.StartIndex <= start && start + length <= c.EndIndex))
                {
                    options.Add(start);
                }

                if (session.IsFixed)
                {
                    break;
                }
            }

            needs.Add(new TrainingNeed(session.Id, length, options));
        }

        return needs;
    }
}
