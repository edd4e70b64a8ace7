using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Files.Tests.Output;

/// <summary>
/// A roster report built without a solver: a UTC site with hourly intervals and two live channels,
/// two agents (one with markup characters in its id), and a hand-picked solution. Phone asks for two
/// agents 09:00–17:00 on Monday and gets only one at 09:00 (the other is on chat) and at 12:00 (lunch):
/// two separate shortfall intervals. Chat is covered.
/// </summary>
internal static class HandMadeRoster
{
    public const string Phone = "phone";
    public const string Chat = "chat";
    public const string AwkwardId = "A<&>1";
    public const string PlainId = "B2";
    public const int ShortHour = 12;

    public static readonly int[] ShortfallHours = [9, ShortHour];

    public static readonly LocalDate Monday = new(2026, 3, 2);

    public static Site Site { get; } = new()
    {
        Name = "Hand & made",
        TimeZone = DateTimeZone.Utc,
        IntervalLength = Duration.FromHours(1),
        WeekStart = Monday,
        WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
        PublicHolidays = [],
        Currency = "EUR",
        Shrinkage = Shrinkage.None,
        Channels =
        [
            new Channel(Phone, "Phone", new VoiceModel(new QueueTarget { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20 }, null)),
            new Channel(Chat, "Chat", new ChatModel(new QueueTarget { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 60 }, 2, 0.1)),
        ],
    };

    public static ZonedDateTime At(int day, int hour) => Monday.PlusDays(day).At(new LocalTime(hour, 0)).InUtc();

    public static List<IntervalRequirement> Requirements()
    {
        var requirements = new List<IntervalRequirement>();
        for (var hour = 9; hour < 17; hour++)
        {
            requirements.Add(new IntervalRequirement(At(0, hour), Phone, 0, 0, 2, 2, 0, 0, 0));
        }

        requirements.Add(new IntervalRequirement(At(0, 9), Chat, 0, 0, 1, 1, 0, 0, 0));
        return requirements;
    }

    public static RosterReport Build()
    {
        var lunch = new BreakRule(BreakRule.LunchActivity, Duration.FromHours(1), false, Duration.FromHours(6), Duration.FromHours(3), Duration.FromHours(5));
        var contract = new Contract(
            "day", Duration.Zero, Duration.FromHours(40), 5, Duration.FromHours(11), 5, 0, 1, 1,
            [Duration.FromHours(8)], new LocalTime(9, 0), new LocalTime(9, 0), [lunch], 0m, 0m);
        var agents = new List<Agent>
        {
            new(AwkwardId, "Ann <Admin>", [new AgentSkill(Phone, 1), new AgentSkill(Chat, 1)], "day", 12m, AgentStatus.Production, 1),
            new(PlainId, "Bo", [new AgentSkill(Phone, 1), new AgentSkill(Chat, 1)], "day", 12m, AgentStatus.Production, 1),
        };
        var timeOff = new List<TimeOff> { new(PlainId, Monday.PlusDays(3).AtMidnight(), Monday.PlusDays(4).AtMidnight(), "holiday") };
        var data = RosterModelBuilder.Build(Site, Requirements(), [], new RosterInputs(agents, [contract], timeOff, []), RosterWeights.Default);

        // Both agents work Monday 09:00–17:00 with lunch at 12:00 for the first only; the first also works Tuesday.
        var shifts = new List<ScheduledShift>
        {
            Shift(data, 0, 0, lunchAtHour: ShortHour),
            Shift(data, 0, 1, lunchAtHour: null),
            Shift(data, 1, 0, lunchAtHour: null),
        };
        var group = data.Groups.Single(g => g.AgentIndexes.Contains(0)).Index;
        var phone = new int[data.Horizon.WeekIntervals];
        var chat = new int[data.Horizon.WeekIntervals];
        for (var hour = 9; hour < 17; hour++)
        {
            phone[hour] = hour == ShortHour ? 1 : 2;
        }

        phone[9] = 1;
        chat[9] = 1;
        var allocation = new Dictionary<(int Group, int Demand), int[]>
        {
            [(group, data.Demands.Single(d => d.ChannelId == Phone).ChannelIndex)] = phone,
            [(group, data.Demands.Single(d => d.ChannelId == Chat).ChannelIndex)] = chat,
        };

        var solution = new RosterSolution(RosterStatus.Feasible, 123_456, 100_000, 1.5, shifts, allocation);
        return RosterReportBuilder.Build(data, solution, timeOff);

        static ScheduledShift Shift(RosterModelData data, int agent, int day, int? lunchAtHour)
        {
            var candidate = data.Agents[agent].Candidates.First(c => c.Day == day);
            var rule = data.Agents[agent].Contract.Breaks[0];
            IReadOnlyList<PlacedBreak> breaks = lunchAtHour is { } hour
                ? [new PlacedBreak(rule, data.Horizon.IndexOf(At(day, hour).ToInstant()), 1)]
                : [];
            return new ScheduledShift(agent, candidate, breaks);
        }
    }
}
