using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// One agent's cheapest schedule against the cover a roster leaves (a shift still needed is worth its
/// shortfall price, one already met costs its surplus price), by the agent's schedule programme:
/// a greedy step. When the agent's caps are too many to count, the programme leaves the loosest out
/// and the schedule can break them: it is then priced again with penalties on those caps' shifts, and
/// if it still breaks one it is only a hint, for CP-SAT to repair.
/// </summary>
internal sealed class GreedySchedule
{
    /// <summary>
    /// States per day kept. A narrow beam: a greedy step needs a good schedule soon, not the proven
    /// cheapest, and over a year a wide one takes tens of seconds and gigabytes for one agent.
    /// </summary>
    private const int Beam = 4000;

    /// <summary>Most pricings of one step while a relaxed programme's schedule still breaks a cap left out.</summary>
    private const int Repairs = 8;

    private readonly RosterModelData _data;
    private readonly int _agent;
    private readonly AgentScheduleDp _programme;
    private readonly int[] _coverOf;

    /// <summary>Prices that make the cheapest schedule the one with the most paid time: where the minimum hours leave little slack, the likeliest to be lawful.</summary>
    private readonly long[] _mostHours;

    private GreedySchedule(RosterModelData data, int agent, AgentScheduleDp programme, int[] coverOf)
    {
        _data = data;
        _agent = agent;
        _programme = programme;
        _coverOf = coverOf;
        _mostHours = [.. data.Agents[agent].Candidates.Select(c => -(long)c.PaidMinutes)];
    }

    /// <summary>Whether the schedules may break a cap of the agent's.</summary>
    public bool Relaxed => _programme.Relaxed;

    /// <summary>
    /// The greedy step for <paramref name="agent"/>, whose candidates work towards the cover demands
    /// <paramref name="coverOf"/> (<see cref="ShiftRoster.CoverOfCandidates"/>); null when their rules
    /// are beyond the programme even with caps relaxed.
    /// </summary>
    public static GreedySchedule? Create(RosterModelData data, int agent, int[] coverOf) =>
        AgentScheduleDp.Create(data, data.Agents[agent], out _, relaxCaps: true) is { } programme ? new GreedySchedule(data, agent, programme, coverOf) : null;

    /// <summary>
    /// The schedule against the cover of every other agent in <paramref name="roster"/>, or null when
    /// the beam lost every lawful one; <paramref name="lawful"/> tells whether it keeps every rule of
    /// the agent's. A relaxed programme's schedule that breaks a cap left out is priced again with a
    /// penalty on each use of that cap's shift type, raised until the cap holds or the tries run out
    /// (a Lagrangian repair): then the schedule needs no CP-SAT at all, or a hint that breaks less.
    /// </summary>
    public int[]? Against(ShiftRoster roster, Func<bool> stopped, out bool lawful)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var covered = roster.CoverCounts(a => a != _agent);
        var prices = new long[_coverOf.Length];
        for (var k = 0; k < prices.Length; k++)
        {
            var i = _coverOf[k];
            var worth = i < 0 ? 0
                : covered[i] + _data.ShiftCover[i].AlreadyCovered < _data.ShiftCover[i].Required ? _data.ShiftCover[i].UnderCentsEach
                : -_data.ShiftCover[i].OverCentsEach;
            prices[k] = ShiftRoster.CandidateCents(_data, _agent, k) - worth;
        }

        var leftOut = _programme.LeftOut;
        var penalty = new long[leftOut.Count];
        var firstPenalty = 1 + (prices.Length == 0 ? 0 : prices.Max(Math.Abs) / 4);
        for (var attempt = 0; ; attempt++)
        {
            // A narrow beam can keep only labels that end up unlawful. One four times as wide, and then
            // one that looks for a lawful schedule only (each shift priced at minus its paid minutes:
            // the beam keeps the labels that work most, within the weekend pace), cost seconds, where
            // CP-SAT from no hint can take minutes for one agent over a year.
            var schedule = (_programme.Cheapest(prices, long.MaxValue, Beam, 0, stopped, out _)
                ?? _programme.Cheapest(prices, long.MaxValue, 4 * Beam, 0, stopped, out _)
                ?? _programme.Cheapest(_mostHours, long.MaxValue, 4 * Beam, 0, stopped, out _))?.Choice;
            lawful = schedule is not null;
            if (schedule is null)
            {
                return null;
            }

            for (var c = 0; c < leftOut.Count; c++)
            {
                var (candidates, cap) = leftOut[c];
                if (candidates.Count(k => schedule.Contains(k)) <= cap)
                {
                    continue;
                }

                lawful = false;
                var raise = penalty[c] == 0 ? firstPenalty : penalty[c];
                penalty[c] += raise;
                foreach (var k in candidates)
                {
                    prices[k] += raise;
                }
            }

            if (lawful || attempt + 1 >= Repairs || stopped())
            {
                return schedule;
            }
        }
    }
}
