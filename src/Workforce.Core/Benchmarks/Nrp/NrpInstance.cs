namespace Workforce.Core.Benchmarks.Nrp;

/// <summary>
/// One instance of the Curtois–Qu shift scheduling benchmark (schedulingbenchmarks.org/nrp), as its
/// file states it: a horizon of whole weeks starting on a Monday (day 0), shift types, employees with
/// their hard limits, days off, soft shift-on and shift-off requests and soft cover per day and shift type.
/// </summary>
/// <param name="Name">The instance's name (its file name without the extension).</param>
/// <param name="Days">Days in the horizon; a positive multiple of 7.</param>
public sealed record NrpInstance(
    string Name,
    int Days,
    IReadOnlyList<NrpShiftType> ShiftTypes,
    IReadOnlyList<NrpEmployee> Employees,
    IReadOnlyList<NrpDayOff> DaysOff,
    IReadOnlyList<NrpRequest> ShiftOnRequests,
    IReadOnlyList<NrpRequest> ShiftOffRequests,
    IReadOnlyList<NrpCover> Cover)
{
    public int Days { get; } = Days > 0 && Days % 7 == 0 ? Days : throw new ArgumentOutOfRangeException(nameof(Days), Days, "The horizon is a positive number of whole weeks.");

    /// <summary>Weekends in the horizon; weekend w is Saturday 7w + 5 and Sunday 7w + 6.</summary>
    public int Weekends => Days / 7;

    /// <summary>Whether a day is a Saturday or a Sunday (day 0 is a Monday).</summary>
    public static bool IsWeekend(int day) => day % 7 >= 5;

    public NrpShiftType? FindShiftType(string id) => ShiftTypes.FirstOrDefault(s => s.Id == id);
}

/// <summary>A shift type: its length and the types that may not be worked on the day after it.</summary>
/// <param name="CannotFollow">Shift types an employee may not work on day d + 1 after working this one on day d.</param>
public sealed record NrpShiftType(string Id, int LengthMinutes, IReadOnlyList<string> CannotFollow);

/// <summary>An employee and their hard limits over the horizon.</summary>
/// <param name="MaxShifts">Most assignments of each shift type over the horizon (0: never); a type not listed has no limit.</param>
/// <param name="MaxConsecutiveShifts">Most days worked in a row (any shift types).</param>
/// <param name="MinConsecutiveShifts">Fewest days worked in a row, unless the run touches the horizon's first or last day.</param>
/// <param name="MinConsecutiveDaysOff">Fewest days off in a row, unless the run touches the horizon's first or last day.</param>
/// <param name="MaxWeekends">Most weekends with a shift on Saturday or Sunday.</param>
public sealed record NrpEmployee(
    string Id,
    IReadOnlyDictionary<string, int> MaxShifts,
    int MaxTotalMinutes,
    int MinTotalMinutes,
    int MaxConsecutiveShifts,
    int MinConsecutiveShifts,
    int MinConsecutiveDaysOff,
    int MaxWeekends)
{
    /// <summary>The cap on a shift type, or null when the employee has none.</summary>
    public int? MaxShiftsOf(string shiftTypeId) => MaxShifts.TryGetValue(shiftTypeId, out var cap) ? cap : null;
}

/// <summary>A day the employee must not work (hard).</summary>
public sealed record NrpDayOff(string EmployeeId, int Day);

/// <summary>
/// A soft request: a shift-on request costs <see cref="Weight"/> when the employee does not work that
/// shift that day, a shift-off request when they do.
/// </summary>
public sealed record NrpRequest(string EmployeeId, int Day, string ShiftTypeId, int Weight);

/// <summary>
/// Soft cover: x employees on the shift that day cost <c>WeightUnder × max(0, Requirement − x) +
/// WeightOver × max(0, x − Requirement)</c>.
/// </summary>
public sealed record NrpCover(int Day, string ShiftTypeId, int Requirement, int WeightUnder, int WeightOver);

/// <summary>One line of a solution: the employee works the shift type on the day.</summary>
public sealed record NrpAssignment(string EmployeeId, int Day, string ShiftTypeId);
