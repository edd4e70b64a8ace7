using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;

namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// Reduces a site, its staffing and its agents to a <see cref="RosterModelData"/>: the interval grid,
/// each agent's candidate shifts, interchangeable-agent groups and each channel's demand.
/// </summary>
public static class RosterModelBuilder
{
    /// <summary>A week of the site's per-interval demand.</summary>
    public static RosterModelData Build(
        Site site,
        IReadOnlyList<IntervalRequirement> requirements,
        IReadOnlyList<ForecastInterval> forecast,
        RosterInputs inputs,
        RosterWeights weights) => Build(site, requirements, forecast, inputs, weights, RosterScope.Week);

    /// <summary>A horizon of <see cref="RosterScope.Days"/> days, with the scope's cover per day and shift type too.</summary>
    public static RosterModelData Build(
        Site site,
        IReadOnlyList<IntervalRequirement> requirements,
        IReadOnlyList<ForecastInterval> forecast,
        RosterInputs inputs,
        RosterWeights weights,
        RosterScope scope)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(scope);

        var longest = inputs.Contracts.SelectMany(c => c.ShiftLengths.Concat(c.ShiftTypes.Select(t => t.Length))).DefaultIfEmpty(Duration.Zero).Max();
        var horizon = new RosterHorizon(site, longest, scope.Days);
        var groups = BuildGroups(inputs.Agents);
        var groupOf = groups.SelectMany(g => g.AgentIndexes.Select(a => (a, g.Index))).ToDictionary(x => x.a, x => x.Index);

        // Agents on one contract at one wage with no time off have the same candidates: listed once.
        var shared = new Dictionary<(Contract, decimal), IReadOnlyList<ShiftCandidate>>();
        var absent = inputs.TimeOff.Select(t => t.AgentId).ToHashSet(StringComparer.Ordinal);
        var carryIn = inputs.CarryIn.GroupBy(c => c.AgentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        IReadOnlyList<ShiftCandidate> CandidatesOf(Agent agent, Contract contract)
        {
            if (absent.Contains(agent.Id))
            {
                return ShiftCandidateBuilder.Build(horizon, agent, contract, inputs.TimeOff);
            }

            if (!shared.TryGetValue((contract, agent.HourlyWage), out var list))
            {
                shared[(contract, agent.HourlyWage)] = list = ShiftCandidateBuilder.Build(horizon, agent, contract, []);
            }

            return list;
        }

        var agents = inputs.Agents.Select((agent, index) =>
        {
            var contract = inputs.FindContract(agent.ContractId)
                ?? throw new ArgumentException($"Agent '{agent.Id}' names contract '{agent.ContractId}', which does not exist.", nameof(inputs));
            var baseline = BaselineCandidates.Apply(horizon, agent, contract, CandidatesOf(agent, contract), inputs.Baseline);
            var candidates = baseline.Candidates;
            return new AgentPlan(
                index,
                agent,
                contract,
                carryIn.GetValueOrDefault(agent.Id) ?? AgentCarryIn.None(agent.Id),
                candidates,
                groupOf.TryGetValue(index, out var group) ? group : null,
                LeaveCreditMinutes(horizon, agent, contract, candidates, inputs.TimeOff))
            {
                BaselineKeepByDay = baseline.KeepByDay,
                PreferenceCentsByCandidate = PreferenceCosts.For(horizon, agent, candidates, inputs.Preferences, weights),
                PreferenceConstantCents = PreferenceCosts.ConstantCents(horizon, agent, inputs.Preferences, weights),
                Training = TrainingNeeds.For(horizon, agent, candidates, inputs.Training),
            };
        }).ToList();

        var demands = site.Channels.Select((channel, index) => (channel.Model is DeferredModel deferred
            ? (ChannelDemand)BuildDeferred(horizon, channel, index, deferred, requirements, forecast)
            : new LiveDemand(channel.Id, index, RequiredHundredths(horizon, channel.Id, requirements, r => r.ScheduledAgents)))
            with { RequiredNetHundredths = RequiredHundredths(horizon, channel.Id, requirements, r => r.RequiredAgents) }).ToList();

        var carried = CarriedShifts(horizon, agents, inputs.Baseline);
        return new RosterModelData(horizon, agents, groups, demands, WeekendDays(horizon), Volumes(horizon, site, forecast), weights)
        {
            CarriedShifts = [.. carried.Select(c => c.Shift)],
            CarriedOnPhone = CarriedOnPhone(horizon, carried, inputs.TimeOff),
            ShiftCover = scope.ShiftCover,
            Boundary = scope.Boundary,
        };
    }

    /// <summary>
    /// Each agent's shift of the previous week that runs into this one: from the published roster when it
    /// has one starting before the week, else from the carry-in's last shift (when its start is given).
    /// </summary>
    private static List<(CarriedShift Shift, int? Group)> CarriedShifts(RosterHorizon horizon, List<AgentPlan> agents, BaselineRoster? baseline)
    {
        var weekStart = horizon.Site.WeekStart.AtMidnight();
        var carried = new List<(CarriedShift, int?)>();
        foreach (var plan in agents)
        {
            var published = baseline?.Shifts.FirstOrDefault(s => s.AgentId == plan.Agent.Id && s.Start < weekStart && s.End > weekStart);
            var (start, end) = published is not null
                ? (published.Start, published.End)
                : (plan.CarryIn.LastShiftStart, plan.CarryIn.LastShiftEnd) is ({ } s, { } e) && e > weekStart ? (s, e) : (default, default);
            if (end == default)
            {
                continue;
            }

            var startIndex = horizon.IndexOf(horizon.ToInstant(start));
            var endIndex = Math.Min(horizon.IndexOf(horizon.ToInstant(end)), horizon.Intervals);
            if (endIndex <= 0)
            {
                continue;
            }

            var breaks = plan.Contract.BreaksFor(horizon.ToInstant(end) - horizon.ToInstant(start))
                .Select(rule => (Rule: rule, Window: Search.BreakWindow.Of(horizon, rule)))
                .Select(b => new PlacedBreak(b.Rule, startIndex + ((b.Window.Earliest + b.Window.Latest) / 2), b.Window.Length))
                .ToList();
            carried.Add((new CarriedShift(plan.Agent.Id, startIndex, endIndex, breaks), plan.GroupIndex));
        }

        return carried;
    }

    /// <summary>
    /// Per group, agents on the phones in each interval from the carried shifts, net of their breaks and
    /// of any time off the agent has then (time off is the planner's word that they are away).
    /// </summary>
    private static Dictionary<int, IReadOnlyList<int>> CarriedOnPhone(RosterHorizon horizon, List<(CarriedShift Shift, int? Group)> carried, IReadOnlyList<TimeOff> timeOff)
    {
        var counts = new Dictionary<int, IReadOnlyList<int>>();
        foreach (var (shift, group) in carried)
        {
            if (group is not { } g)
            {
                continue;
            }

            if (!counts.TryGetValue(g, out var list))
            {
                counts[g] = list = new int[horizon.Intervals];
            }

            var onPhone = (int[])list;
            var away = timeOff.Where(a => a.AgentId == shift.AgentId)
                .Select(a => (From: horizon.IndexOf(horizon.ToInstant(a.Start)), To: horizon.IntervalsIn(horizon.ToInstant(a.End) - horizon.Start)))
                .ToList();
            for (var t = Math.Max(0, shift.StartIndex); t < shift.EndIndex; t++)
            {
                if (!shift.Breaks.Any(b => b.StartIndex <= t && t < b.StartIndex + b.Length) && !away.Any(a => a.From <= t && t < a.To))
                {
                    onPhone[t]++;
                }
            }
        }

        return counts;
    }

    private static int[] LeaveCreditMinutes(RosterHorizon horizon, Agent agent, Contract contract, IReadOnlyList<ShiftCandidate> candidates, IReadOnlyList<TimeOff> timeOff)
    {
        var mine = timeOff.Where(t => t.AgentId == agent.Id).ToList();
        var workable = candidates.Select(c => c.Day).ToHashSet();
        var credit = new int[horizon.WeekCount];
        for (var week = 0; week < credit.Length; week++)
        {
            var leaveDays = Enumerable.Range(week * RosterHorizon.Days, RosterHorizon.Days).Count(day =>
            {
                var date = horizon.DateOf(day);
                return !workable.Contains(day) && mine.Any(t => t.Start <= date.AtMidnight() && t.End >= date.PlusDays(1).AtMidnight());
            });
            credit[week] = (int)(leaveDays * contract.MinPaidPerWeek.TotalMinutes / contract.MaxWorkingDays);
        }

        return credit;
    }

    /// <summary>
    /// Agents who are on the phones at all (productivity above zero), grouped by the channels they can
    /// take and their productivity. Proficiency does not split groups: it only steers which channel an
    /// agent is routed to, so the group carries its members' mean proficiency per channel.
    /// </summary>
    private static List<SkillGroup> BuildGroups(IReadOnlyList<Agent> agents)
    {
        return agents
            .Select((agent, index) => (agent, index))
            .Where(x => x.agent.ProductivityFactor > 0)
            .GroupBy(x => GroupKey(x.agent))
            .Select((g, i) => new SkillGroup(
                i,
                g.SelectMany(x => x.agent.Skills).GroupBy(s => s.ChannelId).ToDictionary(s => s.Key, s => s.Average(x => x.Proficiency)),
                (int)Math.Round(g.First().agent.ProductivityFactor * 100),
                [.. g.Select(x => x.index)]))
            .ToList();
    }

    private static string GroupKey(Agent agent) =>
        string.Join('|', agent.Skills.Select(s => s.ChannelId).Order(StringComparer.Ordinal))
        + FormattableString.Invariant($"@{Math.Round(agent.ProductivityFactor * 100)}");

    /// <summary>Per week interval, a requirement of staffing's (<paramref name="agents"/>: gross or net) in hundredths of an agent.</summary>
    private static int[] RequiredHundredths(RosterHorizon horizon, string channelId, IReadOnlyList<IntervalRequirement> requirements, Func<IntervalRequirement, int> agents)
    {
        var required = new int[horizon.WeekIntervals];
        foreach (var row in requirements.Where(r => r.ChannelId == channelId))
        {
            var t = horizon.IndexOf(row.Start.ToInstant());
            if (t >= 0 && t < required.Length)
            {
                required[t] = agents(row) * 100;
            }
        }

        return required;
    }

    /// <summary>
    /// Items arriving in interval i are due by the end of interval i + w − 1, w = ⌊window ÷ interval⌋
    /// (the staffing planner's convention), and at the latest by the end of the week.
    /// </summary>
    private static DeferredDemand BuildDeferred(
        RosterHorizon horizon,
        Channel channel,
        int index,
        DeferredModel model,
        IReadOnlyList<IntervalRequirement> requirements,
        IReadOnlyList<ForecastInterval> forecast)
    {
        var work = new double[horizon.WeekIntervals];
        foreach (var row in forecast.Where(r => r.ChannelId == channel.Id))
        {
            var t = horizon.IndexOf(row.Start.ToInstant());
            if (t >= 0 && t < work.Length)
            {
                work[t] = row.Volume * row.AhtSeconds;
            }
        }

        var windowIntervals = Math.Max(1, (int)(model.ResponseWindow.Ticks / horizon.IntervalLength.BclCompatibleTicks));
        var arrived = new long[work.Length];
        var dueEach = new double[work.Length];
        double running = 0;
        for (var t = 0; t < work.Length; t++)
        {
            running += work[t];
            arrived[t] = (long)Math.Ceiling(running - 1e-9);
            dueEach[Math.Min(t + windowIntervals - 1, work.Length - 1)] += work[t];
        }

        var due = new long[work.Length];
        running = 0;
        for (var t = 0; t < work.Length; t++)
        {
            running += dueEach[t];
            due[t] = Math.Min(arrived[t], (long)Math.Ceiling(running - 1e-9));
        }

        var perAgent = horizon.IntervalLength.TotalSeconds * model.MaxOccupancy * (1 - horizon.Site.Shrinkage.UnplannedFraction);
        return new DeferredDemand(channel.Id, index, arrived, due, (int)Math.Floor(perAgent), RequiredHundredths(horizon, channel.Id, requirements, r => r.ScheduledAgents));
    }

    private static List<IntervalVolume[]> Volumes(RosterHorizon horizon, Site site, IReadOnlyList<ForecastInterval> forecast)
    {
        var volumes = site.Channels.Select(_ => new IntervalVolume[horizon.WeekIntervals]).ToList();
        var channelIndex = site.Channels.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var row in forecast)
        {
            var t = horizon.IndexOf(row.Start.ToInstant());
            if (t >= 0 && t < horizon.WeekIntervals && channelIndex.TryGetValue(row.ChannelId, out var c))
            {
                volumes[c][t] = new IntervalVolume(row.Volume, row.AhtSeconds);
            }
        }

        return volumes;
    }

    /// <summary>Runs of consecutive weekend days inside the horizon; each run is one weekend.</summary>
    private static List<IReadOnlyList<int>> WeekendDays(RosterHorizon horizon)
    {
        var weekends = new List<IReadOnlyList<int>>();
        List<int>? current = null;
        for (var day = 0; day < horizon.DayCount; day++)
        {
            if (horizon.Site.WeekendDays.Contains(horizon.DateOf(day).DayOfWeek))
            {
                current ??= [];
                current.Add(day);
            }
            else if (current is not null)
            {
                weekends.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            weekends.Add(current);
        }

        return weekends;
    }
}
