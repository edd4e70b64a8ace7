using System.Globalization;

namespace Workforce.Core.Benchmarks.Nrp;

/// <summary>What a solution scores and which hard rules it breaks.</summary>
/// <param name="Violations">Every broken hard rule, one readable line each; empty for a feasible solution.</param>
public sealed record NrpEvaluation(IReadOnlyList<string> Violations, long ShiftOnPenalty, long ShiftOffPenalty, long UnderCoverPenalty, long OverCoverPenalty)
{
    public bool Feasible => Violations.Count == 0;

    /// <summary>The benchmark's objective: request penalties plus cover penalties.</summary>
    public long Objective => ShiftOnPenalty + ShiftOffPenalty + UnderCoverPenalty + OverCoverPenalty;
}

/// <summary>
/// Scores a solution of a Curtois–Qu instance by the benchmark's own rules, written directly from its
/// definition and sharing nothing with the solvers, so it can referee them. Hard rules: one shift a
/// day, days off, forbidden successions, per-type maxima, total minutes, maximum and minimum runs of
/// working days, minimum runs of days off, maximum weekends. A run of working days or days off that
/// touches the first or last day of the horizon is exempt from the minimum-run rules (the benchmark's
/// convention: the run may go on outside the horizon).
/// </summary>
public static class NrpEvaluator
{
    public static NrpEvaluation Evaluate(NrpInstance instance, IReadOnlyList<NrpAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(assignments);
        var violations = new List<string>();
        var shifts = instance.ShiftTypes.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var roster = instance.Employees.ToDictionary(e => e.Id, _ => new string?[instance.Days], StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            if (!roster.TryGetValue(assignment.EmployeeId, out var days))
            {
                violations.Add($"unknown employee '{assignment.EmployeeId}'");
            }
            else if (!shifts.ContainsKey(assignment.ShiftTypeId))
            {
                violations.Add($"employee {assignment.EmployeeId}: unknown shift type '{assignment.ShiftTypeId}'");
            }
            else if (assignment.Day < 0 || assignment.Day >= instance.Days)
            {
                violations.Add(Text($"employee {assignment.EmployeeId}: day {assignment.Day} is outside the horizon"));
            }
            else if (days[assignment.Day] is not null)
            {
                violations.Add(Text($"employee {assignment.EmployeeId}: more than one shift on day {assignment.Day}"));
            }
            else
            {
                days[assignment.Day] = assignment.ShiftTypeId;
            }
        }

        foreach (var dayOff in instance.DaysOff.Where(d => roster[d.EmployeeId][d.Day] is not null))
        {
            violations.Add(Text($"employee {dayOff.EmployeeId}: works on day {dayOff.Day}, a day off"));
        }

        foreach (var employee in instance.Employees)
        {
            CheckEmployee(instance, shifts, employee, roster[employee.Id], violations);
        }

        var onPenalty = instance.ShiftOnRequests.Where(r => roster[r.EmployeeId][r.Day] != r.ShiftTypeId).Sum(r => (long)r.Weight);
        var offPenalty = instance.ShiftOffRequests.Where(r => roster[r.EmployeeId][r.Day] == r.ShiftTypeId).Sum(r => (long)r.Weight);
        long under = 0;
        long over = 0;
        foreach (var cover in instance.Cover)
        {
            var working = roster.Values.Count(days => days[cover.Day] == cover.ShiftTypeId);
            under += (long)cover.WeightUnder * Math.Max(0, cover.Requirement - working);
            over += (long)cover.WeightOver * Math.Max(0, working - cover.Requirement);
        }

        return new NrpEvaluation(violations, onPenalty, offPenalty, under, over);
    }

    private static void CheckEmployee(NrpInstance instance, Dictionary<string, NrpShiftType> shifts, NrpEmployee employee, string?[] days, List<string> violations)
    {
        var id = employee.Id;
        for (var day = 0; day + 1 < days.Length; day++)
        {
            if (days[day] is { } today && days[day + 1] is { } tomorrow && shifts[today].CannotFollow.Contains(tomorrow))
            {
                violations.Add(Text($"employee {id}: shift {tomorrow} on day {day + 1} follows {today}, which it may not"));
            }
        }

        foreach (var group in days.Where(s => s is not null).GroupBy(s => s!))
        {
            if (employee.MaxShiftsOf(group.Key) is { } cap && group.Count() > cap)
            {
                violations.Add(Text($"employee {id}: {group.Count()} shifts of type {group.Key}, above the maximum {cap}"));
            }
        }

        var minutes = days.Where(s => s is not null).Sum(s => shifts[s!].LengthMinutes);
        if (minutes > employee.MaxTotalMinutes || minutes < employee.MinTotalMinutes)
        {
            violations.Add(Text($"employee {id}: {minutes} minutes worked, outside [{employee.MinTotalMinutes}, {employee.MaxTotalMinutes}]"));
        }

        foreach (var (first, length, working) in Runs(days))
        {
            var touchesEdge = first == 0 || first + length == days.Length;
            if (working && length > employee.MaxConsecutiveShifts)
            {
                violations.Add(Text($"employee {id}: {length} days worked in a row from day {first}, above the maximum {employee.MaxConsecutiveShifts}"));
            }

            if (working && !touchesEdge && length < employee.MinConsecutiveShifts)
            {
                violations.Add(Text($"employee {id}: {length} days worked in a row from day {first}, below the minimum {employee.MinConsecutiveShifts}"));
            }

            if (!working && !touchesEdge && length < employee.MinConsecutiveDaysOff)
            {
                violations.Add(Text($"employee {id}: {length} days off in a row from day {first}, below the minimum {employee.MinConsecutiveDaysOff}"));
            }
        }

        var weekends = Enumerable.Range(0, instance.Weekends).Count(w => days[(7 * w) + 5] is not null || days[(7 * w) + 6] is not null);
        if (weekends > employee.MaxWeekends)
        {
            violations.Add(Text($"employee {id}: {weekends} weekends worked, above the maximum {employee.MaxWeekends}"));
        }
    }

    /// <summary>Maximal runs of working days and of days off, in order.</summary>
    private static IEnumerable<(int First, int Length, bool Working)> Runs(string?[] days)
    {
        var first = 0;
        for (var day = 1; day <= days.Length; day++)
        {
            if (day == days.Length || (days[day] is null) != (days[first] is null))
            {
                yield return (first, day - first, days[first] is not null);
                first = day;
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
