using Workforce.Core.Rostering.Solving;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Deferred;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Rostering.Reporting;

/// <summary>Turns a solved roster into the rows and figures planners read.</summary>
public static class RosterReportBuilder
{
    /// <summary>The rows and figures of a solved roster, with the agents left out of it (<paramref name="unrostered"/>) named in the summary.</summary>
    public static RosterReport Build(RosterModelData data, RosterSolution solution, IReadOnlyList<TimeOff> timeOff, IReadOnlyList<UnrosteredAgent>? unrostered = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(timeOff);
        unrostered ??= [];
        var horizon = data.Horizon;
        var roster = new List<RosterRow>();
        var activities = new List<ActivityRow>();
        decimal labourCents = 0;

        foreach (var shift in solution.Shifts.OrderBy(s => data.Agents[s.AgentIndex].Agent.Id, StringComparer.Ordinal).ThenBy(s => s.Shift.StartIndex))
        {
            var plan = data.Agents[shift.AgentIndex];
            var start = horizon.LocalAt(shift.Shift.StartIndex);
            var end = horizon.LocalAt(shift.Shift.EndIndex);
            roster.Add(new RosterRow(plan.Agent.Id, horizon.DateOf(shift.Shift.Day), start, end, shift.Shift.PaidMinutes / 60.0));
            activities.Add(new ActivityRow(plan.Agent.Id, "shift", start, end));
            if (plan.Agent.Status == AgentStatus.InTraining)
            {
                activities.Add(new ActivityRow(plan.Agent.Id, "training", start, end));
            }

            activities.AddRange(shift.Training.Select(t =>
                new ActivityRow(plan.Agent.Id, "training", horizon.LocalAt(t.StartIndex), horizon.LocalAt(t.StartIndex + t.Length))));
            activities.AddRange(shift.Breaks.Select(b =>
                new ActivityRow(plan.Agent.Id, b.Rule.Activity, horizon.LocalAt(b.StartIndex), horizon.LocalAt(b.StartIndex + b.Length))));
            labourCents += shift.Shift.CostCents;
        }

        // Last week's shifts that run into this one: on the board and in the cover, not in roster.csv.
        foreach (var carried in data.CarriedShifts)
        {
            activities.Add(new ActivityRow(carried.AgentId, "shift", horizon.LocalAt(carried.StartIndex), horizon.LocalAt(carried.EndIndex)));
            activities.AddRange(carried.Breaks.Select(b =>
                new ActivityRow(carried.AgentId, b.Rule.Activity, horizon.LocalAt(b.StartIndex), horizon.LocalAt(b.StartIndex + b.Length))));
        }

        foreach (var absence in timeOff.Where(t => horizon.ToInstant(t.End) > horizon.Start && horizon.ToInstant(t.Start) < horizon.WeekEnd))
        {
            activities.Add(new ActivityRow(
                absence.AgentId,
                "time_off",
                horizon.ToInstant(absence.Start).InZone(horizon.Site.TimeZone),
                horizon.ToInstant(absence.End).InZone(horizon.Site.TimeZone)));
        }

        var coverage = BuildCoverage(data, solution);
        var channels = data.Demands.Select(d => ChannelWeek.Of(data, d, coverage)).ToList();
        var shortfallHours = channels.Sum(c => c.UnderCoverageAgentHours);
        var requiredHours = data.RequiredAgentHours;
        var underCoverageWeight = (double)data.Weights.ShortfallFirstAgentCentsPerHour;
        var gap = solution.HasRoster
            ? (solution.Objective - solution.Bound) / Math.Max(solution.Objective, underCoverageWeight * requiredHours)
            : double.NaN;

        var summary = new RosterSummary(
            StatusName(solution.Status),
            solution.Objective,
            solution.Bound,
            gap,
            solution.Seconds,
            channels.Sum(c => c.RequiredNetAgentHours),
            requiredHours,
            underCoverageWeight,
            shortfallHours,
            requiredHours > 0 ? shortfallHours / requiredHours : 0,
            roster.Sum(r => r.PaidHours),
            Math.Round(labourCents / ShiftCandidateBuilder.CentsPerUnit, 2, MidpointRounding.ToEven),
            horizon.Site.Currency,
            data.Agents.Count + unrostered.Count,
            roster.Count)
        {
            BoundSource = solution.BoundSource,
            BoundRound = solution.BoundRound,
            GenerationConverged = solution.GenerationConverged,
            RelaxationUnderCoverageShare = solution.RelaxationUnderCoverageShare,
            Unrostered = unrostered,
            Channels = channels,
        };

        return new RosterReport(summary, roster, activities.OrderBy(a => a.AgentId, StringComparer.Ordinal).ThenBy(a => a.Start.ToInstant()).ToList(), coverage, data, solution);
    }

    /// <summary>The status as <c>summary.json</c> writes it.</summary>
    public static string StatusName(RosterStatus status) => status switch
    {
        RosterStatus.Optimal => "optimal",
        RosterStatus.Feasible => "feasible",
        RosterStatus.Interrupted => "interrupted",
        RosterStatus.Infeasible => "infeasible",
        _ => "no roster",
    };

    /// <summary>Effective agents per (demand, interval): allocated head-counts weighted by productivity.</summary>
    public static double[][] ScheduledAgents(RosterModelData data, RosterSolution solution)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(solution);
        var scheduled = data.Demands.Select(_ => new double[data.Horizon.WeekIntervals]).ToArray();
        foreach (var ((group, demand), counts) in solution.Allocation)
        {
            var productivity = data.Groups[group].ProductivityPercent / 100.0;
            for (var t = 0; t < counts.Length; t++)
            {
                scheduled[demand][t] += counts[t] * productivity;
            }
        }

        return scheduled;
    }

    private static List<CoverageRow> BuildCoverage(RosterModelData data, RosterSolution solution)
    {
        var horizon = data.Horizon;
        var site = horizon.Site;
        var scheduled = ScheduledAgents(data, solution);
        var unplanned = site.Shrinkage.UnplannedFraction;
        var rows = new List<CoverageRow>();

        foreach (var demand in data.Demands)
        {
            var channel = site.Channels[demand.ChannelIndex];
            var deferredProjection = demand is DeferredDemand ? ProjectDeferred(data, demand, scheduled[demand.ChannelIndex]) : null;
            var required = demand switch
            {
                LiveDemand live => live.RequiredHundredths,
                DeferredDemand deferred => deferred.RequiredHundredths,
                _ => [],
            };

            for (var t = 0; t < horizon.WeekIntervals; t++)
            {
                var onChannel = scheduled[demand.ChannelIndex][t];
                var requiredAgents = required[t] / 100.0;
                var (serviceLevel, asa) = deferredProjection is { } projection
                    ? (projection.FractionWithinWindow[t], projection.MeanCompletionSeconds[t])
                    : ProjectLive(channel, data, demand.ChannelIndex, t, onChannel * (1 - unplanned));
                var shortfall = demand is DeferredDemand backlog
                    ? LateAgentIntervals(data.Volumes[demand.ChannelIndex][t], serviceLevel, backlog.SecondsPerAgentInterval)
                    : Math.Max(0, requiredAgents - onChannel);
                rows.Add(new CoverageRow(horizon.LocalAt(t), demand.ChannelId, requiredAgents, onChannel, shortfall, serviceLevel, asa));
            }
        }

        return [.. rows.OrderBy(r => r.IntervalStart.ToInstant()).ThenBy(r => data.Demands.First(d => d.ChannelId == r.ChannelId).ChannelIndex)];
    }

    /// <summary>
    /// Deferred work has no per-interval head-count to fall short of: its shortfall is the work that
    /// arrived in the interval and missed its window, in agent-intervals of work.
    /// </summary>
    private static double LateAgentIntervals(IntervalVolume volume, double fractionWithinWindow, int secondsPerAgentInterval) =>
        secondsPerAgentInterval <= 0 ? 0 : volume.Volume * volume.AhtSeconds * (1 - fractionWithinWindow) / secondsPerAgentInterval;

    /// <summary>Live channels: the queueing model at the roster's effective agents after unplanned shrinkage.</summary>
    private static (double ServiceLevel, double AsaSeconds) ProjectLive(Channel channel, RosterModelData data, int demand, int interval, double agents)
    {
        var volume = data.Volumes[demand][interval];
        return LiveServiceProjection.Project(channel.Model, volume.Volume, volume.AhtSeconds, data.Horizon.IntervalLength.TotalSeconds, agents);
    }

    /// <summary>
    /// Deferred channels: the backlog simulation with the roster's whole agents (rounded down) and
    /// occupancy reduced by unplanned shrinkage, the same capacity the roster model planned with.
    /// </summary>
    private static DeferredOutcome ProjectDeferred(RosterModelData data, ChannelDemand demand, double[] scheduled)
    {
        var channel = data.Horizon.Site.Channels[demand.ChannelIndex];
        var model = (DeferredModel)channel.Model;
        var volumes = data.Volumes[demand.ChannelIndex];
        var workload = new DeferredWorkload(
            [.. volumes.Select(v => v.Volume)],
            [.. volumes.Select(v => v.AhtSeconds)],
            data.Horizon.IntervalLength.ToTimeSpan(),
            model.ResponseWindow,
            model.MaxOccupancy * (1 - data.Horizon.Site.Shrinkage.UnplannedFraction));
        return DeferredBacklog.Simulate(workload, [.. scheduled.Select(s => (int)Math.Floor(s + 1e-9))]);
    }

}
