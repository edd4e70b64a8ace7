using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>A live channel's shortfall steps and surplus in one interval, in hundredths of an agent.</summary>
internal sealed record LiveGap(IntVar First, IntVar Second, IntVar Deep, IntVar Over);

/// <summary>A deferred channel's work done, cumulative work and late work (if any is due) in one interval.</summary>
internal sealed record DeferredWork(IntVar Done, IntVar Cumulative, IntVar? Late);

internal sealed partial class RosterCpModel
{
    /// <summary>Per (channel, interval) with a requirement: the shortfall and surplus variables.</summary>
    public Dictionary<(int Channel, int Interval), LiveGap> LiveGaps { get; } = [];

    /// <summary>Per (channel, interval) with work arrived: the work variables.</summary>
    public Dictionary<(int Channel, int Interval), DeferredWork> DeferredWork { get; } = [];

    /// <summary>
    /// Each group's on-phone head-count is shared out over the group's skills, interval by interval:
    /// an agent on the phones counts once, on one channel. Allocation variables exist only where a
    /// channel needs someone.
    /// </summary>
    internal void AddGroupAllocation()
    {
        var horizon = _data.Horizon;
        foreach (var group in _data.Groups)
        {
            var members = group.AgentIndexes;
            var demands = _data.Demands.Where(d => group.Skills.ContainsKey(d.ChannelId)).ToList();
            foreach (var demand in demands)
            {
                Allocation[(group.Index, demand.ChannelIndex)] = new IntVar?[horizon.WeekIntervals];
            }

            for (var t = 0; t < horizon.WeekIntervals; t++)
            {
                var needed = demands.Where(d => Needs(d, t)).ToList();
                if (needed.Count == 0)
                {
                    continue;
                }

                var onPhone = OnPhone(group, t);
                var allocated = new List<IntVar>();
                foreach (var demand in needed)
                {
                    var y = Model.NewIntVar(0, members.Count, $"alloc[{group.Index},{demand.ChannelId},{t}]");
                    Allocation[(group.Index, demand.ChannelIndex)][t] = y;
                    allocated.Add(y);
                    var proficiencyCost = (long)Math.Round((1 - group.Skills[demand.ChannelId]) * _data.Weights.LowProficiencyCentsPerHour * _data.IntervalHours);
                    Penalise(y, proficiencyCost);
                }

                Model.Add(LinearExpr.Sum(allocated) <= onPhone);
            }
        }
    }

    private static bool Needs(ChannelDemand demand, int interval) => demand switch
    {
        LiveDemand live => live.RequiredHundredths[interval] > 0,
        DeferredDemand deferred => deferred.ArrivedSeconds[interval] > 0,
        _ => false,
    };

    /// <summary>Effective agents on a channel in an interval, in hundredths (nesting agents count at their productivity).</summary>
    private LinearExprBuilder Covered(ChannelDemand demand, int interval)
    {
        var covered = LinearExpr.NewBuilder();
        foreach (var group in _data.Groups)
        {
            if (Allocation.TryGetValue((group.Index, demand.ChannelIndex), out var y) && y[interval] is { } count)
            {
                covered.AddTerm(count, group.ProductivityPercent);
            }
        }

        return covered;
    }

    /// <summary>
    /// Live channels: staffing's scheduled agents, soft. The shortfall is split into the first agent,
    /// the second, and the rest, priced increasingly, so the penalty is convex; surplus costs a little.
    /// </summary>
    internal void AddLiveCoverage(LiveDemand demand)
    {
        var weights = _data.Weights;
        for (var t = 0; t < demand.RequiredHundredths.Count; t++)
        {
            var required = demand.RequiredHundredths[t];
            if (required == 0)
            {
                continue;
            }

            var covered = Covered(demand, t);
            var first = Model.NewIntVar(0, 100, $"short1[{demand.ChannelId},{t}]");
            var second = Model.NewIntVar(0, 100, $"short2[{demand.ChannelId},{t}]");
            var deep = Model.NewIntVar(0, Math.Max(required - 200, 0), $"short3[{demand.ChannelId},{t}]");
            var over = Model.NewIntVar(0, 100L * _data.Agents.Count, $"over[{demand.ChannelId},{t}]");
            Model.Add(covered + first + second + deep - over == required);
            LiveGaps[(demand.ChannelIndex, t)] = new LiveGap(first, second, deep, over);
            Penalise(first, _data.PerHundredthInterval(weights.ShortfallFirstAgentCentsPerHour));
            Penalise(second, _data.PerHundredthInterval(weights.ShortfallSecondAgentCentsPerHour));
            Penalise(deep, _data.PerHundredthInterval(weights.ShortfallDeepCentsPerHour));
            Penalise(over, _data.PerHundredthInterval(weights.OverCoverageCentsPerHour));
        }
    }

    /// <summary>
    /// Deferred channels: cumulative work. Work done in an interval is at most what the agents on the
    /// channel can do; work done so far never exceeds what has arrived; and it should reach what is due,
    /// any lag being priced as a shortfall of agents for as long as the work stays late.
    /// </summary>
    internal void AddDeferredCoverage(DeferredDemand demand)
    {
        var capacity = demand.SecondsPerAgentInterval;
        var totalWork = demand.ArrivedSeconds.Count == 0 ? 0 : demand.ArrivedSeconds[^1];
        LinearExpr? doneSoFar = null;
        for (var t = 0; t < demand.ArrivedSeconds.Count; t++)
        {
            if (demand.ArrivedSeconds[t] == 0)
            {
                continue;
            }

            var done = Model.NewIntVar(0, totalWork, $"done[{demand.ChannelId},{t}]");
            Model.Add(100 * done <= capacity * Covered(demand, t));
            var cumulative = Model.NewIntVar(0, totalWork, $"cumulative[{demand.ChannelId},{t}]");
            IntVar? late = null;
            Model.Add(cumulative == (doneSoFar is null ? done : doneSoFar + done));
            doneSoFar = cumulative;
            Model.Add(cumulative <= demand.ArrivedSeconds[t]);

            if (demand.DueSeconds[t] > 0)
            {
                // Late work measured in hundredths of an agent-interval, the unit of live shortfall.
                var lateHundredths = Model.NewIntVar(0, (demand.DueSeconds[t] * 100 / Math.Max(capacity, 1)) + 1, $"late[{demand.ChannelId},{t}]");
                late = lateHundredths;
                Model.Add((100 * cumulative) + (capacity * lateHundredths) >= 100 * demand.DueSeconds[t]);
                Penalise(lateHundredths, _data.PerHundredthInterval(_data.Weights.ShortfallFirstAgentCentsPerHour));
            }

            DeferredWork[(demand.ChannelIndex, t)] = new DeferredWork(done, cumulative, late);
        }
    }
}
