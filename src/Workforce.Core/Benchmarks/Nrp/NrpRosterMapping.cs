using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Sites;

namespace Workforce.Core.Benchmarks.Nrp;

/// <summary>
/// Puts a Curtois–Qu instance into the roster engine's own terms, so the engine's rules and search
/// solve it, not a model written for the benchmark:
/// <list type="bullet">
/// <item>each employee is an agent on a contract of their own: the instance's shift types as named
/// shift types, per-type caps, forbidden successions, horizon minimum and maximum minutes, minimum and
/// maximum runs of working days, minimum runs of days off and maximum weekends over the horizon;</item>
/// <item>days off are whole days of time off; shift-on and shift-off requests are preferences with the
/// request's weight; cover per day and shift type is a <see cref="ShiftTypeDemand"/>;</item>
/// <item>the benchmark's edge convention is <see cref="RunBoundary.ExemptAtEdges"/>, and every other
/// price of the engine (wages, fairness, stability) is zero, so the engine's objective is the
/// benchmark's, one cent per penalty point.</item>
/// </list>
/// The benchmark gives no start times: its successions replace the rest rule, so every shift type
/// starts at midnight of its day, rest is zero, and the site is a UTC one with an hourly grid whose
/// first day (day 0, a Monday) is <see cref="FirstMonday"/>.
/// </summary>
public static class NrpRosterMapping
{
    /// <summary>The one skill every employee has; the benchmark has no channels.</summary>
    public const string Skill = "shifts";

    /// <summary>Day 0 of every instance (any Monday would do).</summary>
    public static readonly LocalDate FirstMonday = new(2024, 1, 1);

    /// <summary>Everything but the requests and the cover is free.</summary>
    public static readonly RosterWeights Weights = new()
    {
        IncludeLabourCost = false,
        StartTimeSpreadCentsPerHour = 0,
        WeekendWorkedCents = 0,
        LateShiftCents = 0,
    };

    public static RosterModelData ToModel(NrpInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var site = new Site
        {
            Name = instance.Name,
            TimeZone = DateTimeZone.Utc,
            IntervalLength = Duration.FromHours(1),
            WeekStart = FirstMonday,
            WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
            PublicHolidays = [],
            Currency = "XXX",
            Shrinkage = Shrinkage.None,
            Channels = [],
        };
        var types = instance.ShiftTypes.Select(t => new ShiftType(t.Id, LocalTime.Midnight, Duration.FromMinutes(t.LengthMinutes))).ToList();
        var successions = instance.ShiftTypes.SelectMany(t => t.CannotFollow.Select(next => new ShiftSuccession(t.Id, next))).ToList();
        var contracts = instance.Employees.Select(e => Contract(instance, e, types, successions)).ToList();
        var agents = instance.Employees.Select(e => new Agent(e.Id, e.Id, [new AgentSkill(Skill, 1)], e.Id, 0m, AgentStatus.Production, 1)).ToList();
        var timeOff = instance.DaysOff
            .Select(d => new TimeOff(d.EmployeeId, FirstMonday.PlusDays(d.Day).AtMidnight(), FirstMonday.PlusDays(d.Day + 1).AtMidnight(), "day off"))
            .ToList();
        var requests = instance.ShiftOnRequests.Select(r => Request(r, on: true))
            .Concat(instance.ShiftOffRequests.Select(r => Request(r, on: false)))
            .ToList();
        var inputs = new RosterInputs(agents, contracts, timeOff, []) { Preferences = requests };
        var scope = new RosterScope
        {
            Days = instance.Days,
            ShiftCover = [.. instance.Cover.Select(c => new ShiftTypeDemand(c.Day, c.ShiftTypeId, c.Requirement, c.WeightUnder, c.WeightOver))],
            Boundary = RunBoundary.ExemptAtEdges,
        };
        return RosterModelBuilder.Build(site, [], [], inputs, Weights, scope);
    }

    /// <summary>The solution's shifts as the benchmark's assignments (employee, day, shift type).</summary>
    public static List<NrpAssignment> ToAssignments(RosterModelData data, RosterSolution solution)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(solution);
        return [.. solution.Shifts
            .Select(s => new NrpAssignment(data.Agents[s.AgentIndex].Agent.Id, s.Shift.Day, s.Shift.ShiftTypeId!))
            .OrderBy(a => a.EmployeeId, StringComparer.Ordinal)
            .ThenBy(a => a.Day)];
    }

    private static Contract Contract(NrpInstance instance, NrpEmployee employee, List<ShiftType> types, List<ShiftSuccession> successions) =>
        new(
            employee.Id,
            Duration.Zero,
            Duration.FromDays(7),
            7,
            Duration.Zero,
            employee.MaxConsecutiveShifts,
            employee.MinConsecutiveDaysOff,
            Math.Min(employee.MaxWeekends, instance.Weekends),
            instance.Weekends,
            [.. types.Select(t => t.Length).Distinct()],
            LocalTime.Midnight,
            LocalTime.Midnight,
            [],
            0m,
            0m)
        {
            ShiftTypes = types,
            MaxShiftsPerType = new Dictionary<string, int>(employee.MaxShifts, StringComparer.Ordinal),
            ForbiddenSuccessions = successions,
            MinConsecutiveWorkingDays = employee.MinConsecutiveShifts,
            MinPaidOverHorizon = Duration.FromMinutes(employee.MinTotalMinutes),
            MaxPaidOverHorizon = Duration.FromMinutes(employee.MaxTotalMinutes),
        };

    private static AgentPreference Request(NrpRequest request, bool on) =>
        AgentPreference.ShiftRequest(request.EmployeeId, on, FirstMonday.PlusDays(request.Day), request.ShiftTypeId, request.Weight);
}
