using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// The roster objective computed in code, term for term as the CP-SAT model states it, with every
/// variable the decisions leave free at its cheapest (shortfall split into its steps, deferred work done
/// as early as the agents allow). A roster's objective is thus known without a solver, so a search can
/// compare rosters of any size in milliseconds, and a test checks it against CP-SAT's value.
/// </summary>
public static class RosterEvaluator
{
    /// <summary>
    /// The objective of the roster whose weeks are <paramref name="choice"/> (per agent, per day, a
    /// candidate or <see cref="WeekSchedule.Off"/>) and whose on-phone agents are shared out as
    /// <paramref name="allocation"/> (per group and demand, head-count per week interval), in cents.
    /// </summary>
    public static long Objective(RosterModelData data, IReadOnlyList<AgentCosts> costs, IReadOnlyList<int[]> choice, IReadOnlyDictionary<(int Group, int Demand), int[]> allocation)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(allocation);
        long total = 0;
        for (var a = 0; a < data.Agents.Count; a++)
        {
            total += costs[a].Of(data, data.Agents[a], choice[a]);
        }

        return total + CoverCost(data, allocation);
    }

    /// <summary>Routing, shortfall, surplus and late deferred work of an allocation, in cents.</summary>
    public static long CoverCost(RosterModelData data, IReadOnlyDictionary<(int Group, int Demand), int[]> allocation)
    {
        var parts = CoverParts(data, allocation);
        return parts.Routing + parts.Live + parts.Late;
    }

    /// <summary>The objective's cover terms apart, in cents: routing to skills, live shortfall and surplus, late deferred work.</summary>
    public static (long Routing, long Live, long Late) CoverParts(RosterModelData data, IReadOnlyDictionary<(int Group, int Demand), int[]> allocation)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(allocation);
        long total = 0;
        var covered = data.Demands.ToDictionary(d => d.ChannelIndex, _ => new long[data.Horizon.WeekIntervals]);
        foreach (var ((group, demand), counts) in allocation)
        {
            var skill = data.Groups[group].Skills[data.Demands.First(d => d.ChannelIndex == demand).ChannelId];
            var routing = RoutingCents(data, skill);
            var channel = covered[demand];
            for (var t = 0; t < counts.Length; t++)
            {
                total += counts[t] * routing;
                channel[t] += counts[t] * (long)data.Groups[group].ProductivityPercent;
            }
        }

        long live = 0, late = 0;
        foreach (var demand in data.Demands)
        {
            live += demand is LiveDemand l ? LiveCost(data, l, covered[l.ChannelIndex]) : 0;
            late += demand is DeferredDemand d ? LateCost(data, d, covered[d.ChannelIndex]) : 0;
        }

        return (total, live, late);
    }

    /// <summary>Cost of one agent-interval routed to a skill held at <paramref name="proficiency"/>, as the model rounds it.</summary>
    public static long RoutingCents(RosterModelData data, double proficiency)
    {
        ArgumentNullException.ThrowIfNull(data);
        return (long)Math.Round((1 - proficiency) * data.Weights.LowProficiencyCentsPerHour * data.IntervalHours);
    }

    /// <summary>
    /// A live channel's convex shortfall and its surplus for one interval, in cents, for a shortfall of
    /// <paramref name="shortHundredths"/> (negative: surplus) against a requirement of <paramref name="requiredHundredths"/>.
    /// </summary>
    public static long LiveGapCents(RosterModelData data, long requiredHundredths, long shortHundredths)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (requiredHundredths == 0)
        {
            return 0;
        }

        var w = data.Weights;
        if (shortHundredths <= 0)
        {
            return -shortHundredths * data.PerHundredthInterval(w.OverCoverageCentsPerHour);
        }

        return (Math.Min(shortHundredths, 100) * data.PerHundredthInterval(w.ShortfallFirstAgentCentsPerHour))
            + (Math.Clamp(shortHundredths - 100, 0, 100) * data.PerHundredthInterval(w.ShortfallSecondAgentCentsPerHour))
            + (Math.Max(shortHundredths - 200, 0) * data.PerHundredthInterval(w.ShortfallDeepCentsPerHour));
    }

    private static long LiveCost(RosterModelData data, LiveDemand demand, long[] covered)
    {
        long total = 0;
        for (var t = 0; t < demand.RequiredHundredths.Count; t++)
        {
            total += LiveGapCents(data, demand.RequiredHundredths[t], demand.RequiredHundredths[t] - covered[t]);
        }

        return total;
    }

    /// <summary>
    /// Work done as early as the agents allow (the most by every interval at once), and each interval's
    /// work still late priced as a first missing agent, in hundredths of an agent-interval rounded up.
    /// </summary>
    private static long LateCost(RosterModelData data, DeferredDemand demand, long[] covered)
    {
        var late = DeferredProgress(demand, covered).LateHundredths;
        return late.Sum() * data.PerHundredthInterval(data.Weights.ShortfallFirstAgentCentsPerHour);
    }

    /// <summary>
    /// A deferred channel's work done by the end of each interval and the late work, in hundredths of an
    /// agent-interval, when <paramref name="coveredHundredths"/> effective agents work it (the model's
    /// cheapest completion: each interval does as much as the agents can and the backlog allows).
    /// </summary>
    public static (long[] DoneSoFar, long[] LateHundredths) DeferredProgress(DeferredDemand demand, IReadOnlyList<long> coveredHundredths)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(coveredHundredths);
        var capacity = demand.SecondsPerAgentInterval;
        var count = demand.ArrivedSeconds.Count;
        var doneSoFar = new long[count];
        var late = new long[count];
        long soFar = 0;
        for (var t = 0; t < count; t++)
        {
            if (demand.ArrivedSeconds[t] > 0)
            {
                soFar += Math.Clamp(capacity * coveredHundredths[t] / 100, 0, demand.ArrivedSeconds[t] - soFar);
                if (demand.DueSeconds[t] > 0)
                {
                    var behind = (100 * demand.DueSeconds[t]) - (100 * soFar);
                    late[t] = behind <= 0 ? 0 : (behind + capacity - 1) / capacity;
                }
            }

            doneSoFar[t] = soFar;
        }

        return (doneSoFar, late);
    }
}
