using Google.OrTools.Sat;
using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Sites;
using Workforce.Scheduling.Roster;

namespace Workforce.Scheduling.Tests;

/// <summary>
/// A tiny rota planned by named shift type: a UTC site whose horizon starts on Monday 2 March 2026,
/// early (06:00–14:00) and late (14:00–22:00) shifts, cover per day and shift type, no channels.
/// Every price but the cover and the requests is zero, so each test reads one rule.
/// </summary>
internal sealed class TinyRota
{
    public static readonly ShiftType Early = new("E", new LocalTime(6, 0), Duration.FromHours(8));

    public static readonly ShiftType Late = new("L", new LocalTime(14, 0), Duration.FromHours(8));

    public int Weeks { get; init; } = 1;

    public RunBoundary Boundary { get; init; } = RunBoundary.CarryIn;

    public List<Contract> Contracts { get; } = [];

    public List<Agent> Agents { get; } = [];

    public List<TimeOff> TimeOff { get; } = [];

    public List<AgentCarryIn> CarryIn { get; } = [];

    public List<AgentPreference> Preferences { get; } = [];

    public List<ShiftTypeDemand> Cover { get; } = [];

    /// <summary>A contract that allows everything (no rest rule, seven days a week), so each test tightens one rule.</summary>
    public static Contract MakeContract(
        string id = "c",
        int maxConsecutive = 7,
        int minConsecutive = 0,
        int minDaysOff = 0,
        int maxWeekends = 1,
        int weekendReferenceWeeks = 1,
        double maxWeeklyHours = 56,
        ShiftType[]? types = null) => new(
            id,
            Duration.Zero,
            Duration.FromHours(maxWeeklyHours),
            7,
            Duration.Zero,
            maxConsecutive,
            minDaysOff,
            maxWeekends,
            weekendReferenceWeeks,
            [Duration.FromHours(8)],
            Early.Start,
            Late.Start,
            [],
            0m,
            0m)
        {
            ShiftTypes = types ?? [Early, Late],
            MinConsecutiveWorkingDays = minConsecutive,
        };

    public TinyRota WithContract(Contract contract)
    {
        Contracts.Add(contract);
        return this;
    }

    public TinyRota WithAgent(string id, string contractId = "c")
    {
        Agents.Add(new Agent(id, id, [new AgentSkill("ward", 1)], contractId, 0m, AgentStatus.Production, 1));
        return this;
    }

    /// <summary>Asks for <paramref name="required"/> agents on the shift type on the day; each short costs <paramref name="under"/>, each above <paramref name="over"/>.</summary>
    public TinyRota WithCover(int day, string shiftType, int required, long under = 100, long over = 1)
    {
        Cover.Add(new ShiftTypeDemand(day, shiftType, required, under, over));
        return this;
    }

    /// <summary>The same cover on every day of the horizon.</summary>
    public TinyRota WithCoverEveryDay(string shiftType, int required, long under = 100, long over = 1)
    {
        for (var day = 0; day < 7 * Weeks; day++)
        {
            WithCover(day, shiftType, required, under, over);
        }

        return this;
    }

    public TinyRota WithRequest(string agentId, bool on, int day, string shiftType, long weight)
    {
        Preferences.Add(AgentPreference.ShiftRequest(agentId, on, TinyRoster.Monday.PlusDays(day), shiftType, weight));
        return this;
    }

    public TinyRota WithDayOff(string agentId, int day)
    {
        TimeOff.Add(new TimeOff(agentId, TinyRoster.Monday.PlusDays(day).AtMidnight(), TinyRoster.Monday.PlusDays(day + 1).AtMidnight(), "day off"));
        return this;
    }

    public TinyRota WithCarryIn(string agentId, int daysWorked = 0, int daysOff = 0)
    {
        CarryIn.Add(new AgentCarryIn(agentId, null, daysWorked, 0) { ConsecutiveDaysOff = daysOff });
        return this;
    }

    public static RosterWeights Weights { get; } = new() { IncludeLabourCost = false, StartTimeSpreadCentsPerHour = 0, WeekendWorkedCents = 0, LateShiftCents = 0 };

    public RosterModelData Build()
    {
        if (Contracts.Count == 0)
        {
            Contracts.Add(MakeContract());
        }

        var site = new Site
        {
            Name = "Rota",
            TimeZone = DateTimeZone.Utc,
            IntervalLength = Duration.FromMinutes(60),
            WeekStart = TinyRoster.Monday,
            WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
            PublicHolidays = [],
            Currency = "EUR",
            Shrinkage = Shrinkage.None,
            Channels = [],
        };
        var inputs = new RosterInputs(Agents, Contracts, TimeOff, CarryIn) { Preferences = Preferences };
        return RosterModelBuilder.Build(site, [], [], inputs, Weights, new RosterScope { Days = 7 * Weeks, ShiftCover = Cover, Boundary = Boundary });
    }

    /// <summary>Solves the engine's whole model to optimality with one worker: the rule methods alone decide.</summary>
    public SolvedRota Solve()
    {
        var data = Build();
        var model = new RosterCpModel(data).BuildAll();
        var solver = new CpSolver { StringParameters = "num_workers:1 random_seed:1 max_time_in_seconds:30" };
        var status = solver.Solve(model.Model);
        Assert.Equal(CpSolverStatus.Optimal, status);
        var shifts = new Dictionary<string, string?[]>();
        foreach (var agent in model.Agents)
        {
            var days = new string?[data.Horizon.DayCount];
            for (var k = 0; k < agent.Shift.Length; k++)
            {
                if (solver.BooleanValue(agent.Shift[k]))
                {
                    days[agent.Plan.Candidates[k].Day] = agent.Plan.Candidates[k].ShiftTypeId;
                }
            }

            shifts[agent.Plan.Agent.Id] = days;
        }

        return new SolvedRota(data, (long)Math.Round(solver.ObjectiveValue), shifts);
    }
}

/// <summary>A solved rota: per agent and day, the shift type worked or null.</summary>
internal sealed record SolvedRota(RosterModelData Data, long Objective, IReadOnlyDictionary<string, string?[]> Shifts)
{
    public string?[] Of(string agentId) => Shifts[agentId];

    public bool[] Worked(string agentId) => [.. Shifts[agentId].Select(s => s is not null)];

    public int DaysWorked(string agentId) => Shifts[agentId].Count(s => s is not null);
}
