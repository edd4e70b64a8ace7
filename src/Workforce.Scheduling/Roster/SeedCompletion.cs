using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// Settles, in plain code, every decision of the full model that the starting roster leaves open:
/// each break where its group has most to spare, each training session at its first start inside a shift the
/// agent works, and each group's on-phone agents given greedily to the channels still most short.
/// With those fixed, CP-SAT has nothing left to search (the rest follows by propagation), so a whole
/// rule-abiding roster exists seconds after the seed, whatever the time limit, and the slower
/// completion search starts from it instead of from nothing.
/// </summary>
internal static class SeedCompletion
{
    /// <summary>
    /// Variable index → value for the shift, break, training and allocation decisions, and for the
    /// shortfall, surplus and deferred-work variables they imply; null when the
    /// seed's activities would leave a group with fewer than no agents on the phones (a break and a
    /// training session at once), which the caller leaves to the search.
    /// </summary>
    public static Settled? Decide(RosterCpModel model, RosterModelData data, IReadOnlyList<bool[]> chosen)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(chosen);
        var values = new Dictionary<int, long>();
        var intervals = data.Horizon.Intervals;
        var onPhone = data.Groups.ToDictionary(g => g.Index, _ => new int[intervals]);

        foreach (var agent in model.Agents)
        {
            for (var k = 0; k < agent.Shift.Length; k++)
            {
                var works = chosen[agent.Plan.Index][k];
                values[agent.Shift[k].GetIndex()] = works ? 1 : 0;
                if (works && agent.Plan.GroupIndex is { } group)
                {
                    var candidate = agent.Plan.Candidates[k];
                    Add(onPhone[group], candidate.StartIndex, candidate.EndIndex, 1);
                }
            }

            if (!PlaceTraining(agent, chosen[agent.Plan.Index], values, onPhone))
            {
                return null;
            }
        }

        PlaceBreaks(model, data, chosen, values, onPhone);
        if (!Allocate(model, data, onPhone, values))
        {
            return null;
        }

        return new Settled(values, ImpliedCoverage(model, data, values));
    }

    /// <summary>The decisions to fix, and the coverage variables they imply (to hint: CP-SAT checks them).</summary>
    internal sealed record Settled(Dictionary<int, long> Decisions, Dictionary<int, long> Implied);

    private static void Add(int[] counts, int from, int to, int delta)
    {
        for (var t = Math.Max(from, 0); t < Math.Min(to, counts.Length); t++)
        {
            counts[t] += delta;
        }
    }

    /// <summary>Each session at its first start option that lies inside a shift the agent works.</summary>
    private static bool PlaceTraining(RosterCpModel.AgentVariables agent, bool[] chosen, Dictionary<int, long> values, Dictionary<int, int[]> onPhone)
    {
        var shifts = agent.Plan.Candidates.Where((_, k) => chosen[k]).ToList();
        for (var n = 0; n < agent.Plan.Training.Count; n++)
        {
            var need = agent.Plan.Training[n];
            var option = Enumerable.Range(0, need.StartOptions.Count)
                .FirstOrDefault(i => shifts.Any(s => s.StartIndex <= need.StartOptions[i] && need.StartOptions[i] + need.Length <= s.EndIndex), -1);
            if (option < 0)
            {
                return false;
            }

            for (var i = 0; i < need.StartOptions.Count; i++)
            {
                values[agent.TrainingStarts[n][i].GetIndex()] = i == option ? 1 : 0;
            }

            if (agent.Plan.GroupIndex is { } group)
            {
                Add(onPhone[group], need.StartOptions[option], need.StartOptions[option] + need.Length, -1);
            }
        }

        return true;
    }

    /// <summary>
    /// Breaks one by one, in order of their windows, each where its group's channels have most to
    /// spare: the start in its window whose intervals have the largest surplus of agents on the phones
    /// over staffing's requirement (on the group's tightest channel). Any start inside the break's own
    /// window keeps the pool's counting constraints, so every placement here is legal; spreading them
    /// keeps a whole team from lunching at once.
    /// </summary>
    private static void PlaceBreaks(RosterCpModel model, RosterModelData data, IReadOnlyList<bool[]> chosen, Dictionary<int, long> values, Dictionary<int, int[]> onPhone)
    {
        var surplus = Surplus(data, onPhone);
        var channelsOf = data.Groups.ToDictionary(g => g.Index, g => data.Demands.Where(d => g.Skills.ContainsKey(d.ChannelId)).Select(d => d.ChannelIndex).ToList());
        var breaks = model.GroupBreaks
            .SelectMany(e => e.Value.Select(pool => (Group: e.Key, Pool: pool, Counts: new long[pool.Starts.Length])))
            .SelectMany(p => p.Pool.Shifts
                .Where(s => chosen[s.Agent][s.Candidate])
                .Select(s => (p.Group, p.Pool, p.Counts, Opens: model.Agents[s.Agent].Plan.Candidates[s.Candidate].StartIndex + p.Pool.Earliest)))
            .OrderBy(b => b.Opens)
            .ToList();
        foreach (var (group, pool, counts, opens) in breaks)
        {
            var channels = channelsOf[group];
            var best = opens;
            var bestScore = double.NegativeInfinity;
            for (var start = opens; start <= opens + pool.Latest - pool.Earliest && start - pool.First < counts.Length; start++)
            {
                var score = 0.0;
                for (var t = start; t < start + pool.Length; t++)
                {
                    score += channels.Count == 0 || t >= data.Horizon.WeekIntervals ? 0 : channels.Min(c => surplus[c][t]);
                }

                if (score > bestScore)
                {
                    (best, bestScore) = (start, score);
                }
            }

            counts[best - pool.First]++;
            Add(onPhone[group], best, best + pool.Length, -1);
            foreach (var c in channels)
            {
                for (var t = best; t < Math.Min(best + pool.Length, data.Horizon.WeekIntervals); t++)
                {
                    surplus[c][t] -= data.Groups[group].ProductivityPercent;
                }
            }
        }

        foreach (var (_, pool, counts, _) in breaks)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                values[pool.Starts[i].GetIndex()] = counts[i];
            }
        }

        // Pools with no shift worked still need their (zero) counts.
        foreach (var pool in model.GroupBreaks.Values.SelectMany(p => p))
        {
            foreach (var start in pool.Starts)
            {
                values.TryAdd(start.GetIndex(), 0);
            }
        }
    }

    /// <summary>Per channel and week interval: agents on the phones who hold it, less staffing's requirement, in hundredths.</summary>
    private static Dictionary<int, double[]> Surplus(RosterModelData data, Dictionary<int, int[]> onPhone)
    {
        var surplus = data.Demands.ToDictionary(d => d.ChannelIndex, d => d switch
        {
            LiveDemand live => live.RequiredHundredths.Select(r => -(double)r).ToArray(),
            DeferredDemand deferred => deferred.RequiredHundredths.Select(r => -(double)r).ToArray(),
            _ => new double[data.Horizon.WeekIntervals],
        });
        foreach (var group in data.Groups)
        {
            foreach (var demand in data.Demands.Where(d => group.Skills.ContainsKey(d.ChannelId)))
            {
                for (var t = 0; t < data.Horizon.WeekIntervals; t++)
                {
                    surplus[demand.ChannelIndex][t] += onPhone[group.Index][t] * (double)group.ProductivityPercent;
                }
            }
        }

        return surplus;
    }

    /// <summary>
    /// Interval by interval, specialists first, each on-phone agent goes to the channel of theirs that
    /// is furthest behind, in hundredths of an agent: a live channel by staffing's requirement not yet
    /// met, a deferred one by the work already due and not done (or staffing's smooth plan, if more),
    /// so backlogs are worked off as soon as agents are free. With nothing behind, they stay unallocated.
    /// </summary>
    private static bool Allocate(RosterCpModel model, RosterModelData data, Dictionary<int, int[]> onPhone, Dictionary<int, long> values)
    {
        var groups = data.Groups.OrderBy(g => g.Skills.Count).ThenBy(g => g.Index)
            .Select(g => (Group: g, Channels: model.Allocation.Where(e => e.Key.Group == g.Index).ToList()))
            .ToList();
        var doneSoFar = data.Demands.OfType<DeferredDemand>().ToDictionary(d => d.ChannelIndex, _ => 0L);
        for (var t = 0; t < data.Horizon.WeekIntervals; t++)
        {
            var behind = data.Demands.ToDictionary(d => d.ChannelIndex, d => Behind(d, t, doneSoFar));
            var covered = data.Demands.ToDictionary(d => d.ChannelIndex, _ => 0L);
            foreach (var (group, channels) in groups)
            {
                var open = channels.Where(e => e.Value[t] is not null).ToList();
                if (open.Count == 0)
                {
                    continue;
                }

                if (onPhone[group.Index][t] < 0)
                {
                    return false;
                }

                var given = open.ToDictionary(e => e.Key.Demand, _ => 0L);
                for (var n = 0; n < onPhone[group.Index][t]; n++)
                {
                    var neediest = open.MaxBy(e => behind[e.Key.Demand]).Key.Demand;
                    if (behind[neediest] <= 0)
                    {
                        break;
                    }

                    given[neediest]++;
                    behind[neediest] -= group.ProductivityPercent;
                    covered[neediest] += group.ProductivityPercent;
                }

                foreach (var (key, counts) in open)
                {
                    values[counts[t]!.GetIndex()] = given[key.Demand];
                }
            }

            foreach (var deferred in data.Demands.OfType<DeferredDemand>())
            {
                var capacity = deferred.SecondsPerAgentInterval * covered[deferred.ChannelIndex] / 100;
                doneSoFar[deferred.ChannelIndex] = Math.Min(deferred.ArrivedSeconds[t], doneSoFar[deferred.ChannelIndex] + capacity);
            }
        }

        return true;
    }

    /// <summary>How far a channel is behind in interval <paramref name="t"/>, in hundredths of an agent.</summary>
    private static long Behind(ChannelDemand demand, int t, Dictionary<int, long> doneSoFar) => demand switch
    {
        LiveDemand live => live.RequiredHundredths[t],
        DeferredDemand deferred => Math.Max(
            deferred.RequiredHundredths[t],
            100 * (deferred.DueSeconds[t] - doneSoFar[deferred.ChannelIndex]) / Math.Max(deferred.SecondsPerAgentInterval, 1)),
        _ => 0,
    };

    /// <summary>
    /// The coverage variables the allocation implies at their cheapest: shortfall split into its steps,
    /// surplus, and deferred work done as early as the agents allow (which leaves the least late).
    /// </summary>
    private static Dictionary<int, long> ImpliedCoverage(RosterCpModel model, RosterModelData data, Dictionary<int, long> decisions)
    {
        var implied = new Dictionary<int, long>();
        var covered = new Dictionary<(int Channel, int Interval), long>();
        foreach (var ((group, channel), counts) in model.Allocation)
        {
            for (var t = 0; t < counts.Length; t++)
            {
                if (counts[t] is { } y)
                {
                    covered[(channel, t)] = covered.GetValueOrDefault((channel, t)) + (decisions[y.GetIndex()] * data.Groups[group].ProductivityPercent);
                }
            }
        }

        foreach (var demand in data.Demands)
        {
            switch (demand)
            {
                case LiveDemand live:
                    HintLive(model, live, covered, implied);
                    break;
                case DeferredDemand deferred:
                    HintDeferred(model, deferred, covered, implied);
                    break;
            }
        }

        return implied;
    }

    private static void HintLive(RosterCpModel model, LiveDemand demand, Dictionary<(int Channel, int Interval), long> covered, Dictionary<int, long> values)
    {
        for (var t = 0; t < demand.RequiredHundredths.Count; t++)
        {
            if (!model.LiveGaps.TryGetValue((demand.ChannelIndex, t), out var gap))
            {
                continue;
            }

            var shortfall = demand.RequiredHundredths[t] - covered.GetValueOrDefault((demand.ChannelIndex, t));
            values[gap.First.GetIndex()] = Math.Clamp(shortfall, 0, 100);
            values[gap.Second.GetIndex()] = Math.Clamp(shortfall - 100, 0, 100);
            values[gap.Deep.GetIndex()] = Math.Max(shortfall - 200, 0);
            values[gap.Over.GetIndex()] = Math.Max(-shortfall, 0);
        }
    }

    private static void HintDeferred(RosterCpModel model, DeferredDemand demand, Dictionary<(int Channel, int Interval), long> covered, Dictionary<int, long> values)
    {
        var capacity = demand.SecondsPerAgentInterval;
        long soFar = 0;
        for (var t = 0; t < demand.ArrivedSeconds.Count; t++)
        {
            if (!model.DeferredWork.TryGetValue((demand.ChannelIndex, t), out var work))
            {
                continue;
            }

            var done = Math.Clamp(capacity * covered.GetValueOrDefault((demand.ChannelIndex, t)) / 100, 0, demand.ArrivedSeconds[t] - soFar);
            soFar += done;
            values[work.Done.GetIndex()] = done;
            values[work.Cumulative.GetIndex()] = soFar;
            if (work.Late is { } late)
            {
                var behind = (100 * demand.DueSeconds[t]) - (100 * soFar);
                values[late.GetIndex()] = behind <= 0 ? 0 : (behind + capacity - 1) / capacity;
            }
        }
    }
}
