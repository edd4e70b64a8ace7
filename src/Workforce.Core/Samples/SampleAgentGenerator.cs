using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;

namespace Workforce.Core.Samples;

/// <summary>
/// Builds the people of a sample site, reproducibly from a seed: three contracts (full-time day,
/// part-time, full-time night), agents whose contracted hours are a tight
/// <see cref="CapacityMargin"/> over the need, time off in proportion to head-count and every agent's carry-in.
/// <para>
/// The need is the on-phone requirement (scheduled agent-hours, already grossed up for unplanned
/// shrinkage) plus the planned activities placed around it (breaks, lunch, training, coaching), estimated
/// from the site's planned shrinkage: need = on-phone ÷ (1 − planned). Contracted hours are each agent's
/// maximum paid hours per week times their productivity factor, so nesting agents count part and agents in
/// training nothing: see <see cref="ProductiveContractedHours"/>.
/// </para>
/// <para>
/// Drawn history and time off can make an agent's own rules contradict each other (five days worked up to
/// the week and a weekday of holiday leave a full-timer no lawful week). <see cref="Generate(Scenario, int)"/>
/// screens every agent with their exact schedule programme and redraws the history of any who fail.
/// </para>
/// </summary>
public static class SampleAgentGenerator
{
    /// <summary>Contracted hours over the need: 5 %, tight, as a real BPO runs.</summary>
    public const double CapacityMargin = 1.05;

    public const string FullTimeContractId = "ft-day";

    public const string PartTimeContractId = "pt-day";

    public const string NightContractId = "ft-night";

    /// <summary>Agents per round of four time-off rows (two single-day holidays, a three-day holiday, an appointment).</summary>
    public const int AgentsPerTimeOffRound = 128;

    /// <summary>Redraws of an agent's history before they are given a rested one with no last shift.</summary>
    public const int HistoryRedraws = 5;

    private static readonly string[] FirstNames =
    [
        "Noa", "Yossi", "Maya", "Omer", "Tamar", "Eitan", "Shira", "Daniel", "Lior", "Yael", "Amir", "Rina", "David", "Michal", "Ariel",
        "Dana", "Ido", "Hila", "Nadav", "Sara", "Karim", "Lina", "Oren", "Talia", "Ben", "Anna", "Igor", "Olga", "Yonatan", "Mor",
    ];

    private static readonly string[] LastNames =
    [
        "Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Dahan", "Avraham", "Friedman", "Azoulay", "Katz", "Haddad", "Shapiro",
        "Ben-David", "Malka", "Ivanov", "Nasser", "Golan", "Sabag", "Klein", "Amar",
    ];

    /// <summary>Extra hourly wage for channels that need scarcer skills; others get none.</summary>
    private static readonly Dictionary<string, decimal> SkillPremium = new(StringComparer.Ordinal) { ["tech"] = 3.0m, ["aftersales"] = 1.0m, ["social"] = 0.5m };

    /// <summary>
    /// Generates the agents for a scenario, sized to the on-phone agent-hours its forecast needs (staffed by
    /// <see cref="StaffingPlanner"/>), every one of whom has a lawful week: agents that
    /// <see cref="AgentScreening"/> rejects lose their time off and have their history redrawn from the same
    /// seeded stream (up to <see cref="HistoryRedraws"/> times), then, as a last resort, a rested history with
    /// no last shift. Same scenario and seed, same agents.
    /// </summary>
    /// <exception cref="InvalidOperationException">An agent has no lawful week even with no history and no time off.</exception>
    public static RosterInputs Generate(Scenario scenario, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var requirements = StaffingPlanner.Staff(scenario.Site, scenario.Forecast);
        var random = new Random(seed);
        var inputs = Generate(scenario.Site, ScheduledAgentHoursByChannel(scenario.Site, requirements), random);
        return WithLawfulHistory(scenario, requirements, inputs, random);
    }

    /// <summary>
    /// Generates the agents for a site whose forecast needs <paramref name="scheduledAgentHoursByChannel"/>
    /// on-phone agent-hours per channel in the planning week. Their rules are not screened: see
    /// <see cref="Generate(Scenario, int)"/>.
    /// </summary>
    public static RosterInputs Generate(Site site, IReadOnlyDictionary<string, double> scheduledAgentHoursByChannel, int seed) =>
        Generate(site, scheduledAgentHoursByChannel, new Random(seed));

    /// <summary>The agent-hours the roster must put on each channel: scheduled agents × interval length, summed over the week.</summary>
    public static Dictionary<string, double> ScheduledAgentHoursByChannel(Site site, IReadOnlyList<IntervalRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(requirements);
        var intervalHours = site.IntervalLength.TotalHours;
        return requirements
            .GroupBy(r => r.ChannelId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.ScheduledAgents * intervalHours), StringComparer.Ordinal);
    }

    private static RosterInputs Generate(Site site, IReadOnlyDictionary<string, double> scheduledAgentHoursByChannel, Random random)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(scheduledAgentHoursByChannel);
        var weights = site.Channels.Select(c => (c.Id, Hours: scheduledAgentHoursByChannel.GetValueOrDefault(c.Id))).Where(w => w.Hours > 0).ToList();
        if (weights.Count == 0 || weights.Any(w => !double.IsFinite(w.Hours)))
        {
            throw new ArgumentOutOfRangeException(nameof(scheduledAgentHoursByChannel), "Some channel needs a finite, positive number of agent-hours.");
        }

        if (Duration.FromMinutes(15).TotalTicks % site.IntervalLength.TotalTicks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(site), site.IntervalLength, "The sample contracts need an interval grid that divides 15 minutes.");
        }

        var contracts = Contracts();
        var target = TargetContractedHours(site, scheduledAgentHoursByChannel);
        var agents = new List<Agent>();
        var capacity = 0.0;
        for (var i = 0; capacity < target; i++)
        {
            var agent = NewAgent(i, random, weights);
            agents.Add(agent);
            capacity += contracts.Single(c => c.Id == agent.ContractId).MaxPaidPerWeek.TotalHours * agent.ProductivityFactor;
        }

        return new RosterInputs(agents, contracts, TimeOff(site, agents, random), [.. agents.Select(a => CarryIn(site, a, contracts, random))]);
    }

    /// <summary>
    /// <paramref name="inputs"/> with every agent that <see cref="AgentScreening"/> rejects given a history
    /// under which their rules can hold: their time off dropped and their carry-in redrawn from
    /// <paramref name="random"/>, in agent order, until they pass; a rested history with no last shift for any
    /// still rejected after <see cref="HistoryRedraws"/> redraws. Only the rejected agents are screened again.
    /// </summary>
    private static RosterInputs WithLawfulHistory(Scenario scenario, IReadOnlyList<IntervalRequirement> requirements, RosterInputs inputs, Random random)
    {
        var rejected = Rejected(scenario, requirements, inputs);
        if (rejected.Count == 0)
        {
            return inputs;
        }

        var carryIn = inputs.CarryIn.ToDictionary(c => c.AgentId, StringComparer.Ordinal);
        var timeOff = inputs.TimeOff.Where(t => !rejected.Contains(t.AgentId)).ToList();
        var contracts = inputs.Contracts.ToList();
        RosterInputs Current() => new(inputs.Agents, inputs.Contracts, timeOff, [.. inputs.Agents.Select(a => carryIn[a.Id])]);
        for (var redraw = 0; redraw < HistoryRedraws && rejected.Count > 0; redraw++)
        {
            foreach (var agent in inputs.Agents.Where(a => rejected.Contains(a.Id)))
            {
                carryIn[agent.Id] = CarryIn(scenario.Site, agent, contracts, random);
            }

            rejected = Rejected(scenario, requirements, Only(Current(), rejected));
        }

        if (rejected.Count > 0)
        {
            foreach (var id in rejected)
            {
                carryIn[id] = AgentCarryIn.None(id);
            }

            var left = Screen(scenario, requirements, Only(Current(), rejected));
            if (left.Count > 0)
            {
                throw new InvalidOperationException($"The sample's contracts leave an agent no lawful week even with no history: {left[0].Reason}");
            }
        }

        return Current();
    }

    /// <summary>The agents of <paramref name="inputs"/> with no lawful week.</summary>
    private static HashSet<string> Rejected(Scenario scenario, IReadOnlyList<IntervalRequirement> requirements, RosterInputs inputs) =>
        Screen(scenario, requirements, inputs).Select(u => u.AgentId).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<UnrosteredAgent> Screen(Scenario scenario, IReadOnlyList<IntervalRequirement> requirements, RosterInputs inputs) =>
        AgentScreening.Screen(RosterModelBuilder.Build(scenario.Site, requirements, scenario.Forecast, inputs, RosterWeights.Default));

    /// <summary><paramref name="inputs"/> cut down to the agents in <paramref name="ids"/>, with their time off and history.</summary>
    private static RosterInputs Only(RosterInputs inputs, HashSet<string> ids) => new(
        [.. inputs.Agents.Where(a => ids.Contains(a.Id))],
        inputs.Contracts,
        [.. inputs.TimeOff.Where(t => ids.Contains(t.AgentId))],
        [.. inputs.CarryIn.Where(c => ids.Contains(c.AgentId))]);

    /// <summary>The need (on-phone hours plus planned activities) times <see cref="CapacityMargin"/>.</summary>
    public static double TargetContractedHours(Site site, IReadOnlyDictionary<string, double> scheduledAgentHoursByChannel)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(scheduledAgentHoursByChannel);
        return scheduledAgentHoursByChannel.Values.Sum() / (1 - site.Shrinkage.PlannedFraction) * CapacityMargin;
    }

    /// <summary>Σ over agents of their contract's maximum paid hours per week × their productivity factor.</summary>
    public static double ProductiveContractedHours(RosterInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Agents.Sum(a => inputs.FindContract(a.ContractId)!.MaxPaidPerWeek.TotalHours * a.ProductivityFactor);
    }

    private static Agent NewAgent(int index, Random random, List<(string Id, double Hours)> weights)
    {
        var contract = (index % 12, index % 10) switch
        {
            (11, _) => NightContractId,
            (_, 1 or 4 or 7) => PartTimeContractId,
            _ => FullTimeContractId,
        };
        var status = (index % 48, index % 24) switch
        {
            (30, _) => AgentStatus.InTraining,
            (_, 13) => AgentStatus.Nesting,
            _ => AgentStatus.Production,
        };
        var productivity = status switch
        {
            AgentStatus.Production => 1,
            AgentStatus.Nesting => Math.Round(0.5 + (random.Next(0, 7) * 0.05), 2),
            _ => 0,
        };

        var primary = Draw(random, weights);
        var skills = new List<AgentSkill> { new(primary, 1.0) };
        if (index % 5 < 2)
        {
            var extra = random.NextDouble() < 0.25 ? 2 : 1;
            for (var k = 0; k < extra && skills.Count < weights.Count; k++)
            {
                var channel = Draw(random, [.. weights.Where(w => skills.All(s => s.ChannelId != w.Id))]);
                skills.Add(new AgentSkill(channel, Math.Round(0.6 + (random.Next(0, 7) * 0.05), 2)));
            }
        }

        var wage = status == AgentStatus.Production
            ? 15m + SkillPremium.GetValueOrDefault(primary) + (0.75m * (skills.Count - 1)) + (0.25m * random.Next(0, 7))
            : 14m + (0.25m * random.Next(0, 3));
        var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        return new Agent($"A{index + 1:000}", name, skills, contract, Math.Clamp(wage, 14m, 22m), status, productivity);
    }

    private static string Draw(Random random, List<(string Id, double Hours)> weights)
    {
        var point = random.NextDouble() * weights.Sum(w => w.Hours);
        foreach (var (id, hours) in weights)
        {
            point -= hours;
            if (point < 0)
            {
                return id;
            }
        }

        return weights[^1].Id;
    }

    /// <summary>The sample's contracts; their times are whole quarter-hours, so the site's grid must divide 15 minutes.</summary>
    private static List<Contract> Contracts()
    {
        static BreakRule Break(double earliestHours, double latestHours, double minShiftHours) =>
            new(BreakRule.BreakActivity, Duration.FromMinutes(15), true, Duration.FromHours(minShiftHours), Duration.FromHours(earliestHours), Duration.FromHours(latestHours));
        static BreakRule Lunch(double latestHours) =>
            new(BreakRule.LunchActivity, Duration.FromMinutes(30), false, Duration.FromHours(6), Duration.FromHours(3), Duration.FromHours(latestHours));
        BreakRule[] fullTimeBreaks = [Break(1.5, 3, 4), Lunch(5), Break(5.5, 7, 8)];
        BreakRule[] partTimeBreaks = [Break(1.5, 2.5, 4), Lunch(4.5)];
        return
        [
            new(FullTimeContractId, Duration.FromHours(37.5), Duration.FromHours(40), 5, Contract.DefaultMinRest, 6, 2, 2, 4,
                [Duration.FromHours(8), Duration.FromHours(9)], new LocalTime(6, 0), new LocalTime(16, 0), fullTimeBreaks, 0.25m, 0.5m),
            new(PartTimeContractId, Duration.FromHours(20), Duration.FromHours(30), 5, Contract.DefaultMinRest, 6, 1, 3, 4,
                [Duration.FromHours(4), Duration.FromHours(5), Duration.FromHours(6)], new LocalTime(7, 0), new LocalTime(20, 0), partTimeBreaks, 0.25m, 0.5m),
            new(NightContractId, Duration.FromHours(37.5), Duration.FromHours(40), 5, Contract.DefaultMinRest, 6, 2, 2, 4,
                [Duration.FromHours(8)], new LocalTime(20, 0), new LocalTime(23, 0), fullTimeBreaks, 0.25m, 0.5m),
        ];
    }

    /// <summary>
    /// Time off for agents in production, four rows per <see cref="AgentsPerTimeOffRound"/> agents (at least
    /// four), each row for a different agent: in each round two single-day holidays, a three-day holiday and
    /// a doctor's appointment. The first round keeps the days it has always had (so data/sample does not
    /// change); later rounds draw theirs, after the agents are chosen.
    /// </summary>
    private static List<TimeOff> TimeOff(Site site, List<Agent> agents, Random random)
    {
        var production = agents.Where(a => a.Status == AgentStatus.Production).ToList();
        var rows = Math.Max(4, (int)Math.Round(4.0 * agents.Count / AgentsPerTimeOffRound, MidpointRounding.AwayFromZero));
        var chosen = production.OrderBy(_ => random.Next()).Take(rows).ToList();
        var week = site.WeekStart;
        var timeOff = new List<TimeOff>();
        for (var i = 0; i < chosen.Count; i++)
        {
            var first = i < 4;
            var id = chosen[i].Id;
            timeOff.Add((i % 4) switch
            {
                0 => Holiday(id, week.PlusDays(first ? 2 : random.Next(0, 7)), 1),
                1 => Holiday(id, week.PlusDays(first ? 4 : random.Next(0, 7)), 1),
                2 => Holiday(id, week.PlusDays(first ? 0 : random.Next(0, 5)), 3),
                _ => Appointment(id, week.PlusDays(first ? 3 : random.Next(0, 7)), first ? new LocalTime(10, 0) : new LocalTime(8, 0).PlusMinutes(15 * random.Next(0, 25))),
            });
        }

        return timeOff;
    }

    private static TimeOff Holiday(string agentId, LocalDate firstDay, int days) =>
        new(agentId, firstDay.AtMidnight(), firstDay.PlusDays(days).AtMidnight(), "holiday");

    /// <summary>Two and a half hours away from <paramref name="start"/>.</summary>
    private static TimeOff Appointment(string agentId, LocalDate day, LocalTime start) =>
        new(agentId, day.At(start), day.At(start).PlusMinutes(150), "doctor's appointment");

    /// <summary>
    /// Plausible history: agents in training have none; others worked 0–5 days in a row up to the day before
    /// the week (a run of 0 ended two or three days earlier), and fewer weekends than their contract allows.
    /// The last shift's start is known too, so a night or late shift that runs into the week counts as cover.
    /// </summary>
    private static AgentCarryIn CarryIn(Site site, Agent agent, List<Contract> contracts, Random random)
    {
        if (agent.Status == AgentStatus.InTraining)
        {
            return AgentCarryIn.None(agent.Id);
        }

        var contract = contracts.Single(c => c.Id == agent.ContractId);
        var run = agent.ContractId == PartTimeContractId ? random.Next(0, 4) : random.Next(0, 6);
        var lastDay = site.WeekStart.PlusDays(run > 0 ? -1 : -2 - random.Next(0, 2));
        var length = contract.ShiftLengths[random.Next(contract.ShiftLengths.Count)];
        var startSlots = (int)((contract.LatestStart - contract.EarliestStart).ToDuration() / site.IntervalLength);
        var start = lastDay.At(contract.EarliestStart).PlusMinutes((long)(random.Next(0, startSlots + 1) * site.IntervalLength.TotalMinutes));
        var weekends = random.Next(0, Math.Min(contract.MaxWeekendsWorked, contract.WeekendReferenceWeeks - 1));
        return new AgentCarryIn(agent.Id, start.PlusMinutes((long)length.TotalMinutes), run, weekends) { LastShiftStart = start };
    }
}
