using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Pricing;

/// <summary>
/// Small hand-made rosters for pricing tests: a UTC site with hourly intervals, the week of Monday
/// 2 March 2026, a Saturday–Sunday weekend and 10 % unplanned shrinkage. No solver is involved: the
/// shifts and the coverage are written down, so each test controls exactly what pricing sees.
/// </summary>
internal sealed class PricingFixture
{
    public static readonly LocalDate Monday = new(2026, 3, 2);

    private readonly List<Agent> _agents = [];
    private readonly List<RosterRow> _shifts = [];
    private readonly List<ForecastInterval> _forecast = [];
    private readonly Dictionary<(string Channel, Instant Start), double> _coverage = [];

    public PricingFixture(params Channel[] channels)
    {
        Site = new Site
        {
            Name = "Fixture",
            TimeZone = DateTimeZone.Utc,
            IntervalLength = Duration.FromHours(1),
            WeekStart = Monday,
            WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
            PublicHolidays = [],
            Currency = "EUR",
            Shrinkage = new Shrinkage(new Dictionary<string, double> { ["absence"] = 0.1 }, new Dictionary<string, double>()),
            Channels = channels,
        };
    }

    public Site Site { get; }

    public static Channel Voice(string id) =>
        new(id, id, new VoiceModel(new QueueTarget { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20 }, null));

    /// <summary>A contract with the given weekly hours and premiums; working-time rules do not matter to pricing.</summary>
    public static Contract Contract(string id, double minHours, decimal nightPremium = 0.25m, decimal weekendPremium = 0.5m) => new(
        id,
        Duration.FromMinutes(minHours * 60),
        Duration.FromHours(60),
        7,
        Core.Rostering.Contract.DefaultMinRest,
        7,
        0,
        1,
        1,
        [Duration.FromHours(4), Duration.FromHours(8), Duration.FromHours(12)],
        new LocalTime(0, 0),
        new LocalTime(23, 0),
        [],
        nightPremium,
        weekendPremium);

    public List<Contract> Contracts { get; } = [Contract("day", 37.5), Contract("weekend", 16)];

    public static ZonedDateTime At(int day, int hour) =>
        Monday.PlusDays(day).AtMidnight().PlusHours(hour).InUtc();

    public PricingFixture Agent(string id, decimal wage, string contract = "day", params string[] skills)
    {
        _agents.Add(new Agent(id, id, [.. (skills.Length == 0 ? Site.Channels.Select(c => c.Id) : skills).Select(s => new AgentSkill(s, 1))], contract, wage, AgentStatus.Production, 1));
        return this;
    }

    /// <summary>A shift of <paramref name="hours"/> from <paramref name="startHour"/> on day <paramref name="day"/> (0 = Monday), all paid unless said.</summary>
    public PricingFixture Shift(string agentId, int day, int startHour, int hours, double? paidHours = null)
    {
        var start = At(day, startHour);
        _shifts.Add(new RosterRow(agentId, Monday.PlusDays(day), start, start.PlusHours(hours), paidHours ?? hours));
        return this;
    }

    public PricingFixture Forecast(string channel, int day, int hour, double volume, double ahtSeconds)
    {
        _forecast.Add(new ForecastInterval(At(day, hour), channel, volume, ahtSeconds));
        return this;
    }

    public PricingFixture Coverage(string channel, int day, int hour, double agents)
    {
        _coverage[(channel, At(day, hour).ToInstant())] = agents;
        return this;
    }

    /// <summary>Puts on every forecast interval the agents staffing schedules for it: a roster that meets the requirement exactly.</summary>
    public PricingFixture CoverageFromStaffing()
    {
        foreach (var requirement in StaffingPlanner.Staff(Site, _forecast))
        {
            _coverage[(requirement.ChannelId, requirement.Start.ToInstant())] = requirement.ScheduledAgents;
        }

        return this;
    }

    public PricingRoster Build()
    {
        var coverage = _coverage.Select(c => new CoverageRow(c.Key.Start.InUtc(), c.Key.Channel, c.Value, c.Value, 0, 1, 0)).ToList();
        return new PricingRoster(Site, _agents, Contracts, _forecast, _shifts, coverage);
    }

    /// <summary>
    /// A busy two-channel week: every day 08:00–20:00, 240 contacts an hour on each channel, phone at
    /// 300 s and tech at 600 s (twice the AHT), covered as staffing asks, worked in 12-hour shifts by as
    /// many agents as the busiest hour needs.
    /// </summary>
    public static PricingFixture TwoChannelWeek(double phoneAht = 300, double techAht = 600, Func<int, int, double>? volumeShape = null)
    {
        var fixture = new PricingFixture(Voice("phone"), Voice("tech"));
        for (var day = 0; day < 7; day++)
        {
            for (var hour = 8; hour < 20; hour++)
            {
                var shape = volumeShape?.Invoke(day, hour) ?? 1;
                fixture.Forecast("phone", day, hour, 240 * shape, phoneAht).Forecast("tech", day, hour, 240 * shape, techAht);
            }
        }

        fixture.CoverageFromStaffing();
        var roster = fixture.Build();
        for (var day = 0; day < 7; day++)
        {
            var peak = roster.Coverage.Where(c => c.IntervalStart.Date == Monday.PlusDays(day)).GroupBy(c => c.IntervalStart).Max(g => g.Sum(c => c.Scheduled));
            for (var n = 0; n < peak; n++)
            {
                var id = $"D{day}N{n:00}";
                fixture.Agent(id, 15 + (n % 5), day >= 5 ? "weekend" : "day").Shift(id, day, 8, 12);
            }
        }

        return fixture;
    }

    /// <summary>
    /// A per-point schedule as contracts write it: 2 % of the fee off per point below 80 %, 1 % on per
    /// point above 85 % (up to 90 %), and a floor of −50 % below 55 %.
    /// </summary>
    public static IReadOnlyList<PerformanceBand> Schedule { get; } =
    [
        new(0, -0.5m),
        .. Enumerable.Range(55, 36).Select(point => new PerformanceBand(
            point / 100.0,
            point < 80 ? -0.02m * (80 - point) : point > 85 ? 0.01m * (point - 85) : 0m)),
    ];

    /// <summary>Rates for the busy week: on-costs, overtime, holidays, attrition, support, seats and overhead all present.</summary>
    public static PricingTerms Terms(ProfitTarget? target = null, int trials = 400) => new(
        new CostRates(
            0.2m,
            0.5m,
            new Dictionary<string, decimal>(),
            new PublicHolidayTerms(6, 1m, false),
            new AttritionCost(2m, 1000m, 1500m),
            [new SupportRole("Team leader", 15, 3600m)],
            150m,
            0.1m,
            new Dictionary<string, decimal> { ["phone"] = 0.85m, ["tech"] = 0.85m }),
        target ?? new Margin(0.2m),
        PricePrecision.Default,
        new PerformanceTerms(
            Schedule,
            ["phone", "tech"],
            0.05,
            0.5,
            trials,
            7),
        24);
}
