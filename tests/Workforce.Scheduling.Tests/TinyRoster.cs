using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;
using Workforce.Core.Staffing.Queueing;
using Workforce.Scheduling.Roster;

namespace Workforce.Scheduling.Tests;

/// <summary>
/// A tiny roster problem built in code: a UTC site with 60-minute intervals and a week starting on
/// Monday 2 March 2026 (Saturday–Sunday weekend), a few agents and hourly requirements. Small enough
/// that CP-SAT proves the optimum in well under a second with one worker.
/// </summary>
internal sealed class TinyRoster
{
    public const string Phone = "phone";

    public const string Chat = "chat";

    public const string Email = "email";

    /// <summary>Monday, the first day of the planning week.</summary>
    public static readonly LocalDate Monday = new(2026, 3, 2);

    public static readonly RosterSolverSettings Settings = new(TimeSpan.FromSeconds(20), 1, 1, null);

    public static readonly QueueTarget Target = new() { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20 };

    public List<Channel> Channels { get; } = [new Channel(Phone, "Phone", new VoiceModel(Target, null))];

    public List<Contract> Contracts { get; } = [];

    public List<Agent> Agents { get; } = [];

    public List<TimeOff> TimeOff { get; } = [];

    public List<AgentCarryIn> CarryIn { get; } = [];

    public List<IntervalRequirement> Requirements { get; } = [];

    public List<ForecastInterval> Forecast { get; } = [];

    public RosterWeights Weights { get; set; } = RosterWeights.Default;

    public BaselineRoster? Baseline { get; set; }

    public List<AgentPreference> Preferences { get; } = [];

    public List<TrainingSession> Training { get; } = [];

    /// <summary>A lunch of one hour starting 3 h to 5 h into any shift of 6 h or more.</summary>
    public static BreakRule Lunch(bool paid = false) =>
        new(BreakRule.LunchActivity, Duration.FromHours(1), paid, Duration.FromHours(6), Duration.FromHours(3), Duration.FromHours(5));

    /// <summary>A contract with permissive defaults, so each test tightens only the rule it is about.</summary>
    public static Contract MakeContract(
        string id = "c",
        double minHours = 0,
        double maxHours = 56,
        int maxDays = 7,
        double restHours = 11,
        int maxConsecutive = 7,
        int minDaysOff = 0,
        int maxWeekends = 1,
        int weekendReferenceWeeks = 1,
        double[]? shiftHours = null,
        LocalTime? earliest = null,
        LocalTime? latest = null,
        BreakRule[]? breaks = null) => new(
            id,
            Duration.FromHours(minHours),
            Duration.FromHours(maxHours),
            maxDays,
            Duration.FromHours(restHours),
            maxConsecutive,
            minDaysOff,
            maxWeekends,
            weekendReferenceWeeks,
            [.. (shiftHours ?? [8]).Select(Duration.FromHours)],
            earliest ?? new LocalTime(8, 0),
            latest ?? new LocalTime(10, 0),
            breaks ?? [],
            0m,
            0m);

    public TinyRoster WithContract(Contract contract)
    {
        Contracts.Add(contract);
        return this;
    }

    public TinyRoster WithChannel(string id, ChannelModel model)
    {
        Channels.Add(new Channel(id, id, model));
        return this;
    }

    /// <summary>A production agent on contract "c" unless told otherwise, fully proficient on each channel named.</summary>
    public TinyRoster WithAgent(string id, params string[] channels) =>
        WithAgent(id, AgentStatus.Production, 1, "c", channels);

    public TinyRoster WithAgent(string id, AgentStatus status, double productivity, string contractId, params string[] channels)
    {
        var skills = (channels.Length == 0 ? [Phone] : channels).Select(c => new AgentSkill(c, 1)).ToList();
        Agents.Add(new Agent(id, id, skills, contractId, 10m, status, productivity));
        return this;
    }

    public TinyRoster WithTimeOff(string agentId, LocalDateTime start, LocalDateTime end)
    {
        TimeOff.Add(new TimeOff(agentId, start, end, "holiday"));
        return this;
    }

    public TinyRoster WithCarryIn(string agentId, LocalDateTime? lastShiftEnd = null, int consecutiveDays = 0, int weekends = 0, int lateShifts = 0, int daysOff = 0, LocalDateTime? lastShiftStart = null)
    {
        CarryIn.Add(new AgentCarryIn(agentId, lastShiftEnd, consecutiveDays, weekends) { LateShiftsWorkedInReferencePeriod = lateShifts, ConsecutiveDaysOff = daysOff, LastShiftStart = lastShiftStart });
        return this;
    }

    /// <summary>A session of <paramref name="hours"/> for the agents, anywhere in [fromHour, toHour) on the day (fixed when the window is its length).</summary>
    public TinyRoster WithTraining(string id, int day, int fromHour, int toHour, int hours, params string[] agentIds)
    {
        Training.Add(new TrainingSession(id, agentIds, Local(day, fromHour), Local(day, toHour), Duration.FromHours(hours)));
        return this;
    }

    public TinyRoster WithPreference(string agentId, PreferenceKind kind, int day, LocalTime? start = null)
    {
        Preferences.Add(new AgentPreference(agentId, kind, Monday.PlusDays(day), null, start));
        return this;
    }

    /// <summary>A published shift of <paramref name="hours"/> from <paramref name="startHour"/> on the given day, in the baseline roster.</summary>
    public TinyRoster WithBaselineShift(string agentId, int day, int startHour, int hours, LocalDate? frozenThrough = null)
    {
        var shifts = (Baseline?.Shifts ?? []).Append(new BaselineShift(agentId, Local(day, startHour), Local(day, startHour).PlusHours(hours))).ToList();
        Baseline = new BaselineRoster(shifts, frozenThrough ?? Baseline?.FrozenThrough);
        return this;
    }

    /// <summary>Staffing asks for <paramref name="agents"/> on the channel each hour of [from, to) on the given day (0 = Monday).</summary>
    public TinyRoster WithDemand(int day, int fromHour, int toHour, int agents, string channel = Phone)
    {
        for (var hour = fromHour; hour < toHour; hour++)
        {
            Requirements.Add(new IntervalRequirement(At(day, hour), channel, 0, 0, agents, agents, 0, 0, 0));
        }

        return this;
    }

    /// <summary>The same hours every day of the week.</summary>
    public TinyRoster WithDemandEveryDay(int fromHour, int toHour, int agents, string channel = Phone)
    {
        for (var day = 0; day < RosterHorizon.Days; day++)
        {
            WithDemand(day, fromHour, toHour, agents, channel);
        }

        return this;
    }

    /// <summary>Items arriving in one hour (for a deferred channel, the work the roster must finish).</summary>
    public TinyRoster WithForecast(int day, int hour, double volume, double ahtSeconds, string channel)
    {
        Forecast.Add(new ForecastInterval(At(day, hour), channel, volume, ahtSeconds));
        return this;
    }

    public static LocalDateTime Local(int day, int hour) => Monday.PlusDays(day).At(new LocalTime(hour, 0));

    public static ZonedDateTime At(int day, int hour) => Local(day, hour).InUtc();

    public Site Site => new()
    {
        Name = "Tiny",
        TimeZone = DateTimeZone.Utc,
        IntervalLength = Duration.FromMinutes(60),
        WeekStart = Monday,
        WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
        PublicHolidays = [],
        Currency = "EUR",
        Shrinkage = Shrinkage.None,
        Channels = Channels,
    };

    public RosterModelData Build()
    {
        if (Contracts.Count == 0)
        {
            Contracts.Add(MakeContract());
        }

        return RosterModelBuilder.Build(Site, Requirements, Forecast, new RosterInputs(Agents, Contracts, TimeOff, CarryIn) { Baseline = Baseline, Preferences = Preferences, Training = Training }, Weights);
    }

    public Solved Solve(RosterSolverSettings? settings = null)
    {
        var data = Build();
        var solution = new WeekRosterSolver().Solve(data, settings ?? Settings, null, CancellationToken.None);
        Assert.True(solution.HasRoster, "expected a roster, got " + solution.Status);
        return new Solved(data, solution, RosterReportBuilder.Build(data, solution, TimeOff));
    }
}

/// <summary>A solved tiny roster with helpers that read it back in days and local times.</summary>
internal sealed record Solved(RosterModelData Data, RosterSolution Solution, RosterReport Report)
{
    public IReadOnlyList<ScheduledShift> ShiftsOf(string agentId)
    {
        var index = Data.Agents.Single(a => a.Agent.Id == agentId).Index;
        return [.. Solution.Shifts.Where(s => s.AgentIndex == index).OrderBy(s => s.Shift.StartIndex)];
    }

    /// <summary>Whether the agent has a shift starting on each day of the week.</summary>
    public bool[] WorkedDays(string agentId)
    {
        var worked = new bool[RosterHorizon.Days];
        foreach (var shift in ShiftsOf(agentId))
        {
            worked[shift.Shift.Day] = true;
        }

        return worked;
    }

    public LocalDateTime LocalStart(ScheduledShift shift) => Data.Horizon.LocalAt(shift.Shift.StartIndex).LocalDateTime;

    public LocalDateTime LocalEnd(ScheduledShift shift) => Data.Horizon.LocalAt(shift.Shift.EndIndex).LocalDateTime;

    public int Interval(int day, int hour) => Data.Horizon.IndexOf(TinyRoster.At(day, hour).ToInstant());

    public CoverageRow Coverage(string channel, int day, int hour) =>
        Report.Coverage.Single(c => c.ChannelId == channel && c.IntervalStart == TinyRoster.At(day, hour));
}
