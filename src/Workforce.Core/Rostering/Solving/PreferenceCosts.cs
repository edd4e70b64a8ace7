namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// Prices an agent's preferences per candidate shift, so the model needs no variables for them: a
/// shift on a day the agent asked off costs <see cref="RosterWeights.PreferredDayOffWorkedCents"/>; a
/// shift starting away from the start time asked for that day costs
/// <see cref="RosterWeights.PreferredStartCentsPerHour"/> per hour of difference (measured round the
/// clock, so 23:00 against 01:00 is two hours); a named shift the agent asked not to work costs its
/// request's weight. A request to work a named shift costs its weight unless that shift is worked:
/// a constant (<see cref="ConstantCents"/>) less the weight on the one candidate that honours it.
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
                costs[k] += preference.Kind switch
                {
                    PreferenceKind.DayOff => preference.WeightCents ?? weights.PreferredDayOffWorkedCents,
                    PreferenceKind.Start => (long)Math.Round(HoursApart(candidates[k].StartMinuteOfDay, (preference.Start!.Value.Hour * 60) + preference.Start.Value.Minute) * weights.PreferredStartCentsPerHour),
                    PreferenceKind.ShiftOff when candidates[k].ShiftTypeId == preference.ShiftTypeId => preference.WeightCents ?? weights.ShiftOffRequestCents,
                    PreferenceKind.ShiftOn when candidates[k].ShiftTypeId == preference.ShiftTypeId => -(preference.WeightCents ?? weights.ShiftOnRequestCents),
                    _ => 0,
                };
            }
        }

        return costs;
    }

    /// <summary>What the agent's requests to work named shifts would cost if none were honoured, over the horizon.</summary>
    public static long ConstantCents(RosterHorizon horizon, Agent agent, IReadOnlyList<AgentPreference> preferences, RosterWeights weights)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(weights);
        var requests = preferences.Where(p => p.AgentId == agent.Id && p.Kind == PreferenceKind.ShiftOn).ToList();
        return requests.Count == 0
            ? 0
            : Enumerable.Range(0, horizon.DayCount)
                .Sum(day => requests.Where(p => p.AppliesOn(horizon.DateOf(day))).Sum(p => p.WeightCents ?? weights.ShiftOnRequestCents));
    }

    private static double HoursApart(int minuteOfDay, int preferredMinuteOfDay)
    {
        var apart = Math.Abs(minuteOfDay - preferredMinuteOfDay);
        return Math.Min(apart, (24 * 60) - apart) / 60.0;
    }
}
