namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// Prices an agent's preferences per candidate shift, so the model needs no variables for them: a
/// shift on a day the agent asked off costs <see cref="RosterWeights.PreferredDayOffWorkedCents"/>; a
/// shift starting away from the start time asked for that day costs
/// <see cref="RosterWeights.PreferredStartCentsPerHour"/> per hour of difference (measured round the
/// clock, so 23:00 against 01:00 is two hours).
/// </summary>
public static class PreferenceCosts
{
    public static long[] For(RosterHorizon horizon, Agent agent, IReadOnlyList<ShiftCandidate> candidates, IReadOnlyList<AgentPreference> preferences, RosterWeights weights)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(weights);
        var mine = preferences.Where(p => p.AgentId == agent.Id).ToList();
        var costs = new long[candidates.Count];
        if (mine.Count == 0)
        {
            return costs;
        }

        for (var k = 0; k < candidates.Count; k++)
        {
            var date = horizon.DateOf(candidates[k].Day);
            foreach (var preference in mine.Where(p => p.AppliesOn(date)))
            {
                costs[k] += preference.Kind == PreferenceKind.DayOff
                    ? weights.PreferredDayOffWorkedCents
                    : (long)Math.Round(HoursApart(candidates[k].StartMinuteOfDay, (preference.Start!.Value.Hour * 60) + preference.Start.Value.Minute) * weights.PreferredStartCentsPerHour);
            }
        }

        return costs;
    }

    private static double HoursApart(int minuteOfDay, int preferredMinuteOfDay)
    {
        var apart = Math.Abs(minuteOfDay - preferredMinuteOfDay);
        return Math.Min(apart, (24 * 60) - apart) / 60.0;
    }
}
