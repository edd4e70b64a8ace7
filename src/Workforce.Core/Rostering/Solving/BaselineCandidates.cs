namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// Applies a published roster to one agent's candidate shifts: frozen days keep only the baseline's
/// shift (or none), and later days learn which candidate would keep the baseline unchanged, so the
/// model can price a change. The frozen days are hard by construction, not by constraint: a shift that
/// is not listed cannot be chosen.
/// </summary>
public static class BaselineCandidates
{
    /// <summary>In <see cref="Result.KeepByDay"/>: the baseline has the agent off that day, so any shift is a change.</summary>
    public const int DayOff = -1;

    /// <param name="Candidates">The agent's candidates with frozen days reduced to the baseline.</param>
    /// <param name="KeepByDay">
    /// Per day: null when no choice can keep or change the baseline (no baseline for the agent, a
    /// frozen day, or a baseline shift the contract no longer allows); <see cref="DayOff"/>; or the
    /// index in <paramref name="Candidates"/> of the baseline's own shift.
    /// </param>
    public sealed record Result(IReadOnlyList<ShiftCandidate> Candidates, IReadOnlyList<int?> KeepByDay);

    public static Result Apply(RosterHorizon horizon, Agent agent, Contract contract, IReadOnlyList<ShiftCandidate> candidates, BaselineRoster? baseline)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(candidates);
        var keep = new int?[horizon.DayCount];
        if (baseline is null)
        {
            return new Result(candidates, keep);
        }

        var listed = baseline.Lists(agent.Id);
        var kept = new List<ShiftCandidate>();
        for (var day = 0; day < horizon.DayCount; day++)
        {
            var date = horizon.DateOf(day);
            var published = baseline.ShiftOn(agent.Id, date);
            var sameDay = candidates.Where(c => c.Day == day).ToList();
            var match = published is null ? null : sameDay.FirstOrDefault(c => Matches(horizon, c, published));
            if (baseline.IsFrozen(date))
            {
                if (published is not null)
                {
                    kept.Add(match ?? Published(horizon, agent, contract, day, published));
                }

                continue;
            }

            if (listed)
            {
                keep[day] = published is null ? DayOff : match is null ? null : kept.Count + sameDay.IndexOf(match);
            }

            kept.AddRange(sameDay);
        }

        return new Result(kept, keep);
    }

    private static bool Matches(RosterHorizon horizon, ShiftCandidate candidate, BaselineShift shift) =>
        candidate.StartIndex == horizon.IndexOf(horizon.ToInstant(shift.Start))
        && candidate.EndIndex == horizon.IndexOf(horizon.ToInstant(shift.End));

    /// <summary>A published shift the contract's grid no longer offers; frozen means it is worked as published.</summary>
    private static ShiftCandidate Published(RosterHorizon horizon, Agent agent, Contract contract, int day, BaselineShift shift) =>
        ShiftCandidateBuilder.Make(horizon, agent, contract, day, horizon.IndexOf(horizon.ToInstant(shift.Start)), shift.Start.TimeOfDay, horizon.ToInstant(shift.End) - horizon.ToInstant(shift.Start));
}
