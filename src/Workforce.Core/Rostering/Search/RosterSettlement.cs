using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>A whole roster settled in code: the weeks, their shifts with breaks and training, the channel allocation and the objective.</summary>
/// <param name="Choice">Per agent, per day: a candidate or <see cref="WeekSchedule.Off"/>.</param>
/// <param name="Allocation">Per (group, demand): that group's on-phone head-count on the channel per week interval.</param>
/// <param name="Objective">The objective, in cents, as the CP-SAT model would price this roster.</param>
public sealed record SettledRoster(
    IReadOnlyList<int[]> Choice,
    IReadOnlyList<ScheduledShift> Shifts,
    IReadOnlyDictionary<(int Group, int Demand), int[]> Allocation,
    long Objective);

/// <summary>
/// Settles, in plain code, everything a choice of weeks leaves open: each training session at the
/// option inside a worked shift where the agent's channels have most to spare, each break where its
/// group's channels have most to spare, and each group's on-phone agents given, interval by interval
/// and specialists first, to the channel of theirs furthest behind (live: requirement not yet met;
/// deferred: work already due and not done, or staffing's smooth plan if more), then any still free to
/// deferred work that has arrived and waits, which costs nothing now and leaves less to be late later.
/// Every decision keeps the model's rules (a break anywhere in its own window keeps the group's
/// counting constraints), so the result is a lawful roster at any size, in well under a second.
/// </summary>
public static class RosterSettlement
{
    /// <param name="intent">
    /// Optionally, how the search meant each group's on-phone agents to be shared out (per group and
    /// demand, agents per week interval; <see cref="CoverLedger.Intent"/>): followed first, as far as the
    /// agents actually on the phones allow, before the rules above share out the rest.
    /// </param>
    public static SettledRoster Settle(RosterModelData data, IReadOnlyList<AgentCosts> costs, IReadOnlyList<int[]> choice, IReadOnlyDictionary<(int Group, int Demand), double[]>? intent = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(choice);
        var horizon = data.Horizon;
        var onPhone = data.Groups.Select(g => new int[horizon.Intervals]).ToArray();
        foreach (var (group, counts) in data.CarriedOnPhone)
        {
            for (var t = 0; t < Math.Min(counts.Count, horizon.Intervals); t++)
            {
                onPhone[group][t] += counts[t];
            }
        }

        var busy = new List<(int From, int To)>[data.Agents.Count][];
        for (var a = 0; a < data.Agents.Count; a++)
        {
            var plan = data.Agents[a];
            busy[a] = new List<(int, int)>[choice[a].Length];
            foreach (var k in choice[a].Where(k => k != WeekSchedule.Off))
            {
                var c = plan.Candidates[k];
                busy[a][c.Day] = [];
                if (plan.GroupIndex is { } group)
                {
                    Add(onPhone[group], c.StartIndex, c.EndIndex, 1);
                }
            }
        }

        var surplus = Surplus(data, onPhone);
        var training = PlaceTraining(data, choice, onPhone, surplus, busy);
        var breaks = PlaceBreaks(data, choice, onPhone, surplus, busy);
        var allocation = Allocate(data, onPhone, intent);

        var shifts = new List<ScheduledShift>();
        for (var a = 0; a < data.Agents.Count; a++)
        {
            var plan = data.Agents[a];
            foreach (var k in choice[a].Where(k => k != WeekSchedule.Off))
            {
                var candidate = plan.Candidates[k];
                shifts.Add(new ScheduledShift(a, candidate, [.. breaks.GetValueOrDefault((a, candidate.Day), []).OrderBy(b => b.StartIndex)])
                {
                    Training = [.. training[a].Where(t => candidate.StartIndex <= t.StartIndex && t.StartIndex + t.Length <= candidate.EndIndex)],
                });
            }
        }

        return new SettledRoster(choice, shifts, allocation, RosterEvaluator.Objective(data, costs, choice, allocation));
    }

    private static void Add(int[] counts, int from, int to, int delta)
    {
        for (var t = Math.Max(from, 0); t < Math.Min(to, counts.Length); t++)
        {
            counts[t] += delta;
        }
    }

    /// <summary>Per channel and week interval: agents on the phones who hold it, less staffing's requirement, in hundredths.</summary>
    private static double[][] Surplus(RosterModelData data, int[][] onPhone)
    {
        var surplus = new double[data.Demands.Max(d => d.ChannelIndex) + 1][];
        foreach (var demand in data.Demands)
        {
            surplus[demand.ChannelIndex] = [.. Required(demand).Select(r => -(double)r)];
        }

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

    private static IReadOnlyList<int> Required(ChannelDemand demand) => demand switch
    {
        LiveDemand live => live.RequiredHundredths,
        DeferredDemand deferred => deferred.RequiredHundredths,
        _ => [],
    };

    private static int[] ChannelsOf(RosterModelData data, int group) =>
        [.. data.Demands.Where(d => data.Groups[group].Skills.ContainsKey(d.ChannelId)).Select(d => d.ChannelIndex)];

    /// <summary>How much the group's channels have to spare over [from, from + length): on its tightest channel, summed.</summary>
    private static double Spare(RosterModelData data, double[][] surplus, int[] channels, int from, int length)
    {
        var score = 0.0;
        for (var t = from; t < from + length; t++)
        {
            if (channels.Length > 0 && t >= 0 && t < data.Horizon.WeekIntervals)
            {
                var tightest = double.PositiveInfinity;
                foreach (var c in channels)
                {
                    tightest = Math.Min(tightest, surplus[c][t]);
                }

                score += tightest;
            }
        }

        return score;
    }

    /// <summary>Takes one agent of the group off the phones over [from, to).</summary>
    private static void TakeOff(RosterModelData data, int[][] onPhone, double[][] surplus, int group, int[] channels, int from, int to)
    {
        Add(onPhone[group], from, to, -1);
        foreach (var c in channels)
        {
            for (var t = Math.Max(from, 0); t < Math.Min(to, data.Horizon.WeekIntervals); t++)
            {
                surplus[c][t] -= data.Groups[group].ProductivityPercent;
            }
        }
    }

    private static bool Overlaps(List<(int From, int To)>? busy, int from, int to) => busy is not null && busy.Any(b => b.From < to && from < b.To);

    /// <summary>Each session at the option inside a worked shift where the agent's channels have most to spare.</summary>
    private static List<PlacedTraining>[] PlaceTraining(RosterModelData data, IReadOnlyList<int[]> choice, int[][] onPhone, double[][] surplus, List<(int From, int To)>[][] busy)
    {
        var placed = new List<PlacedTraining>[data.Agents.Count];
        for (var a = 0; a < data.Agents.Count; a++)
        {
            placed[a] = [];
            var plan = data.Agents[a];
            var shifts = choice[a].Where(k => k != WeekSchedule.Off).Select(k => plan.Candidates[k]).ToList();
            var channels = plan.GroupIndex is { } g ? ChannelsOf(data, g) : [];
            foreach (var need in plan.Training)
            {
                var best = -1;
                var bestScore = double.NegativeInfinity;
                ShiftCandidate? holder = null;
                foreach (var start in need.StartOptions)
                {
                    var shift = shifts.FirstOrDefault(s => s.StartIndex <= start && start + need.Length <= s.EndIndex);
                    if (shift is null)
                    {
                        continue;
                    }

                    var score = Spare(data, surplus, channels, start, need.Length);
                    if (score > bestScore)
                    {
                        (best, bestScore, holder) = (start, score, shift);
                    }
                }

                if (holder is null)
                {
                    throw new InvalidOperationException($"Agent {plan.Agent.Id} works no shift that holds training {need.SessionId}.");
                }

                placed[a].Add(new PlacedTraining(need.SessionId, best, need.Length));
                busy[a][holder.Day].Add((best, best + need.Length));
                if (plan.GroupIndex is { } group)
                {
                    TakeOff(data, onPhone, surplus, group, channels, best, best + need.Length);
                }
            }
        }

        return placed;
    }

    /// <summary>
    /// Breaks one by one, in order of their windows' opening, each at the start in its window where its
    /// group's channels have most to spare, clear of the shift's other breaks and training where the
    /// window allows. Agents off the phones all shift (in training) take each at its earliest offset.
    /// </summary>
    private static Dictionary<(int Agent, int Day), List<PlacedBreak>> PlaceBreaks(RosterModelData data, IReadOnlyList<int[]> choice, int[][] onPhone, double[][] surplus, List<(int From, int To)>[][] busy)
    {
        var horizon = data.Horizon;
        var pending = new List<(int Agent, ShiftCandidate Shift, BreakRule Rule, BreakWindow Window)>();
        for (var a = 0; a < data.Agents.Count; a++)
        {
            var plan = data.Agents[a];
            foreach (var k in choice[a].Where(k => k != WeekSchedule.Off))
            {
                var shift = plan.Candidates[k];
                foreach (var rule in plan.Contract.BreaksFor(horizon.IntervalLength * shift.Length))
                {
                    pending.Add((a, shift, rule, BreakWindow.Of(horizon, rule)));
                }
            }
        }

        var placed = new Dictionary<(int Agent, int Day), List<PlacedBreak>>();
        var channelsOf = data.Groups.Select(g => ChannelsOf(data, g.Index)).ToArray();
        foreach (var (agent, shift, rule, window) in pending.OrderBy(p => p.Shift.StartIndex + p.Window.Earliest).ThenBy(p => p.Agent))
        {
            var opens = shift.StartIndex + window.Earliest;
            var best = opens;
            if (data.Agents[agent].GroupIndex is { } group)
            {
                var bestScore = double.NegativeInfinity;
                var bestClear = false;
                for (var start = opens; start <= shift.StartIndex + window.Latest; start++)
                {
                    var clear = !Overlaps(busy[agent][shift.Day], start, start + window.Length);
                    var score = Spare(data, surplus, channelsOf[group], start, window.Length);
                    if ((clear && !bestClear) || (clear == bestClear && score > bestScore))
                    {
                        (best, bestScore, bestClear) = (start, score, clear);
                    }
                }

                TakeOff(data, onPhone, surplus, group, channelsOf[group], best, best + window.Length);
            }

            busy[agent][shift.Day].Add((best, best + window.Length));
            if (!placed.TryGetValue((agent, shift.Day), out var list))
            {
                placed[(agent, shift.Day)] = list = [];
            }

            list.Add(new PlacedBreak(rule, best, window.Length));
        }

        return placed;
    }

    /// <summary>
    /// Interval by interval, specialists first, each on-phone agent goes to the channel of theirs that
    /// is furthest behind, in hundredths of an agent; then agents still free go to deferred channels
    /// with work waiting. Allocation exists only where the model has a variable for it: a live channel
    /// with a requirement, or a deferred channel once work has arrived.
    /// </summary>
    private static Dictionary<(int Group, int Demand), int[]> Allocate(RosterModelData data, int[][] onPhone, IReadOnlyDictionary<(int Group, int Demand), double[]>? intent)
    {
        var weekIntervals = data.Horizon.WeekIntervals;
        var allocation = new Dictionary<(int Group, int Demand), int[]>();
        var groups = data.Groups.OrderBy(g => g.Skills.Count).ThenBy(g => g.Index)
            .Select(g => (Group: g, Demands: data.Demands.Where(d => g.Skills.ContainsKey(d.ChannelId)).ToArray()))
            .ToList();
        foreach (var (group, demands) in groups)
        {
            foreach (var demand in demands)
            {
                allocation[(group.Index, demand.ChannelIndex)] = new int[weekIntervals];
            }
        }

        var doneSoFar = data.Demands.OfType<DeferredDemand>().ToDictionary(d => d.ChannelIndex, _ => 0L);
        var behind = new Dictionary<int, long>();
        var covered = new Dictionary<int, long>();
        var free = new int[data.Groups.Count];
        for (var t = 0; t < weekIntervals; t++)
        {
            foreach (var demand in data.Demands)
            {
                behind[demand.ChannelIndex] = Behind(demand, t, doneSoFar);
                covered[demand.ChannelIndex] = 0;
            }

            foreach (var (group, demands) in groups)
            {
                free[group.Index] = Math.Max(0, onPhone[group.Index][t]);
                foreach (var (channel, agents) in Intended(group, demands, t, free[group.Index], intent))
                {
                    allocation[(group.Index, channel)][t] += agents;
                    free[group.Index] -= agents;
                    behind[channel] -= agents * group.ProductivityPercent;
                    covered[channel] += agents * group.ProductivityPercent;
                }

                while (free[group.Index] > 0)
                {
                    var neediest = -1;
                    foreach (var demand in demands)
                    {
                        if (Needs(demand, t) && (neediest < 0 || behind[demand.ChannelIndex] > behind[neediest]))
                        {
                            neediest = demand.ChannelIndex;
                        }
                    }

                    if (neediest < 0 || behind[neediest] <= 0)
                    {
                        break;
                    }

                    allocation[(group.Index, neediest)][t]++;
                    free[group.Index]--;
                    behind[neediest] -= group.ProductivityPercent;
                    covered[neediest] += group.ProductivityPercent;
                }
            }

            // Agents still free work ahead on deferred channels whose arrived work is not yet done.
            foreach (var (group, demands) in groups)
            {
                foreach (var deferred in demands.OfType<DeferredDemand>())
                {
                    var waiting = deferred.ArrivedSeconds[t] - doneSoFar[deferred.ChannelIndex] - (deferred.SecondsPerAgentInterval * covered[deferred.ChannelIndex] / 100);
                    while (free[group.Index] > 0 && waiting > 0 && Needs(deferred, t))
                    {
                        allocation[(group.Index, deferred.ChannelIndex)][t]++;
                        free[group.Index]--;
                        covered[deferred.ChannelIndex] += group.ProductivityPercent;
                        waiting -= deferred.SecondsPerAgentInterval * group.ProductivityPercent / 100;
                    }
                }
            }

            foreach (var deferred in data.Demands.OfType<DeferredDemand>())
            {
                var capacity = deferred.SecondsPerAgentInterval * covered[deferred.ChannelIndex] / 100;
                doneSoFar[deferred.ChannelIndex] = Math.Min(deferred.ArrivedSeconds[t], doneSoFar[deferred.ChannelIndex] + capacity);
            }
        }

        return allocation;
    }

    /// <summary>
    /// The search's intended share-out of a group's <paramref name="onPhone"/> agents in interval
    /// <paramref name="t"/>, in whole agents (largest remainders), never more than are on the phones.
    /// </summary>
    private static List<(int Channel, int Agents)> Intended(SkillGroup group, ChannelDemand[] demands, int t, int onPhone, IReadOnlyDictionary<(int Group, int Demand), double[]>? intent)
    {
        var shares = new List<(int Channel, double Share)>();
        foreach (var demand in demands)
        {
            if (intent is not null && Needs(demand, t) && intent.TryGetValue((group.Index, demand.ChannelIndex), out var agents) && agents[t] > 0)
            {
                shares.Add((demand.ChannelIndex, agents[t]));
            }
        }

        var total = Math.Min(onPhone, (int)Math.Round(shares.Sum(s => s.Share)));
        var whole = shares.Select(s => (s.Channel, Agents: (int)Math.Floor(s.Share), Remainder: s.Share - Math.Floor(s.Share))).ToList();
        while (whole.Sum(w => w.Agents) > total)
        {
            var most = whole.IndexOf(whole.MaxBy(w => w.Agents));
            whole[most] = whole[most] with { Agents = whole[most].Agents - 1 };
        }

        foreach (var i in Enumerable.Range(0, whole.Count).OrderByDescending(i => whole[i].Remainder).ToList())
        {
            if (whole.Sum(w => w.Agents) < total)
            {
                whole[i] = whole[i] with { Agents = whole[i].Agents + 1 };
            }
        }

        return [.. whole.Where(w => w.Agents > 0).Select(w => (w.Channel, w.Agents))];
    }

    /// <summary>Whether the model has an allocation variable for the channel in this interval.</summary>
    public static bool Needs(ChannelDemand demand, int interval)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return demand switch
        {
            LiveDemand live => live.RequiredHundredths[interval] > 0,
            DeferredDemand deferred => deferred.ArrivedSeconds[interval] > 0,
            _ => false,
        };
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
}
