using System.Globalization;
using Workforce.Core.Benchmarks.Nrp;
using Workforce.Core.Common;

namespace Workforce.Files.Benchmarks;

/// <summary>
/// Reads an instance file of the Curtois–Qu shift scheduling benchmark: <c>SECTION_…</c> headers, one
/// comma-separated record a line, <c>#</c> comments, a blank line ending a section. CRLF and LF line
/// endings both read. The format is described in <c>docs/benchmarks.md</c>. Every reference (an employee,
/// a shift type, a day) is checked, so a bad line is named by file, line and field.
/// </summary>
public static class NrpInstanceReader
{
    internal const string Horizon = "SECTION_HORIZON";
    internal const string Shifts = "SECTION_SHIFTS";
    internal const string Staff = "SECTION_STAFF";
    internal const string DaysOff = "SECTION_DAYS_OFF";
    internal const string OnRequests = "SECTION_SHIFT_ON_REQUESTS";
    internal const string OffRequests = "SECTION_SHIFT_OFF_REQUESTS";
    internal const string Cover = "SECTION_COVER";

    /// <summary>Each section's column names, as the instance files' comment lines name them.</summary>
    private static readonly Dictionary<string, string[]> Columns = new(StringComparer.Ordinal)
    {
        [Horizon] = ["Days"],
        [Shifts] = ["ShiftID", "LengthMins", "CannotFollow"],
        [Staff] = ["ID", "MaxShifts", "MaxTotalMinutes", "MinTotalMinutes", "MaxConsecutiveShifts", "MinConsecutiveShifts", "MinConsecutiveDaysOff", "MaxWeekends"],
        [DaysOff] = ["EmployeeID", "DayIndexes"],
        [OnRequests] = ["EmployeeID", "Day", "ShiftID", "Weight"],
        [OffRequests] = ["EmployeeID", "Day", "ShiftID", "Weight"],
        [Cover] = ["Day", "ShiftID", "Requirement", "WeightUnder", "WeightOver"],
    };

    public static InputResult<NrpInstance> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return InputErrorException.Capture(() =>
        {
            if (!File.Exists(path))
            {
                throw new InputErrorException(new InputError(path, null, null, "file not found"));
            }

            return Parse(path, File.ReadAllLines(path));
        });
    }

    private static NrpInstance Parse(string path, string[] text)
    {
        var sections = Split(path, text);
        var horizon = Single(path, sections, Horizon);
        var days = horizon.Int(0, minimum: 1);
        if (days % 7 != 0)
        {
            throw horizon.Fail(0, string.Create(CultureInfo.InvariantCulture, $"the horizon must be whole weeks (a multiple of 7 days), got {days}"));
        }

        var shiftLines = Lines(sections, Shifts);
        var shiftIds = Unique(shiftLines, 0);
        var shiftTypes = shiftLines.Select(line => new NrpShiftType(
            line.Text(0),
            line.Int(1, minimum: 1),
            [.. Names(line, 2, shiftIds)])).ToList();
        if (shiftTypes.Count == 0)
        {
            throw new InputErrorException(new InputError(path, null, null, $"{Shifts}: no shift types"));
        }

        var staffLines = Lines(sections, Staff);
        var employeeIds = Unique(staffLines, 0);
        var employees = staffLines.Select(line => Employee(line, shiftIds)).ToList();

        var daysOff = Lines(sections, DaysOff)
            .SelectMany(line => Enumerable.Range(1, line.Count - 1)
                .Select(i => new NrpDayOff(Known(line, 0, employeeIds, "employee"), line.Day(i, days))))
            .ToList();

        return new NrpInstance(
            Path.GetFileNameWithoutExtension(path),
            days,
            shiftTypes,
            employees,
            daysOff,
            Requests(sections, OnRequests, days, employeeIds, shiftIds),
            Requests(sections, OffRequests, days, employeeIds, shiftIds),
            CoverRows(sections, days, shiftIds));
    }

    /// <summary>Groups the data lines by section, refusing unknown, repeated and header-less content.</summary>
    private static Dictionary<string, List<NrpLine>> Split(string path, string[] text)
    {
        var sections = new Dictionary<string, List<NrpLine>>(StringComparer.Ordinal);
        string? current = null;
        for (var i = 0; i < text.Length; i++)
        {
            var line = text[i].Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                current = null;
                continue;
            }

            if (line.StartsWith("SECTION_", StringComparison.Ordinal))
            {
                if (!Columns.ContainsKey(line))
                {
                    throw new InputErrorException(new InputError(path, i + 1, null, $"unknown section '{line}'; expected one of {string.Join(", ", Columns.Keys)}"));
                }

                if (!sections.TryAdd(line, []))
                {
                    throw new InputErrorException(new InputError(path, i + 1, null, $"{line} appears twice"));
                }

                current = line;
                continue;
            }

            if (current is null)
            {
                throw new InputErrorException(new InputError(path, i + 1, null, $"data outside any section: '{Shorten(line)}'; a section starts with a SECTION_ line and ends at a blank line"));
            }

            sections[current].Add(new NrpLine(path, i + 1, current, line.Split(','), Columns[current]));
        }

        foreach (var required in new[] { Horizon, Shifts, Staff })
        {
            if (!sections.ContainsKey(required))
            {
                throw new InputErrorException(new InputError(path, null, null, $"missing {required}"));
            }
        }

        return sections;
    }

    private static NrpLine Single(string path, Dictionary<string, List<NrpLine>> sections, string name)
    {
        var lines = sections[name];
        return lines.Count switch
        {
            1 => lines[0].Expect(1),
            0 => throw new InputErrorException(new InputError(path, null, null, $"{name} is empty; expected the horizon in days")),
            _ => throw new InputErrorException(new InputError(path, lines[1].Line, null, $"{name}: expected one line, the horizon in days")),
        };
    }

    private static List<NrpLine> Lines(Dictionary<string, List<NrpLine>> sections, string name)
    {
        var lines = sections.TryGetValue(name, out var found) ? found : [];
        var columns = Columns[name].Length;
        foreach (var line in lines)
        {
            // A days-off line lists any number of days after the employee.
            if (name == DaysOff ? line.Count < 1 : line.Count != columns)
            {
                line.Expect(columns);
            }
        }

        return lines;
    }

    private static HashSet<string> Unique(List<NrpLine> lines, int index)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!ids.Add(line.Text(index)))
            {
                throw line.Fail(index, $"'{line.Text(index)}' is defined twice");
            }
        }

        return ids;
    }

    private static string Known(NrpLine line, int index, HashSet<string> ids, string what)
    {
        var id = line.Text(index);
        return ids.Contains(id) ? id : throw line.Fail(index, $"unknown {what} '{id}'");
    }

    /// <summary>A <c>|</c>-separated list of shift types, possibly empty.</summary>
    private static IEnumerable<string> Names(NrpLine line, int index, HashSet<string> shiftIds)
    {
        var text = line.Raw(index);
        if (text.Length == 0)
        {
            yield break;
        }

        foreach (var name in text.Split('|').Select(n => n.Trim()))
        {
            yield return shiftIds.Contains(name) ? name : throw line.Fail(index, $"unknown shift type '{name}'");
        }
    }

    private static NrpEmployee Employee(NrpLine line, HashSet<string> shiftIds)
    {
        var maxShifts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in line.Raw(1).Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=');
            if (pair.Length != 2)
            {
                throw line.Fail(1, $"expected ShiftID=count, got '{part}'");
            }

            var id = pair[0].Trim();
            if (!shiftIds.Contains(id))
            {
                throw line.Fail(1, $"unknown shift type '{id}'");
            }

            if (!maxShifts.TryAdd(id, line.ParseInt(1, pair[1].Trim(), 0)))
            {
                throw line.Fail(1, $"shift type '{id}' is limited twice");
            }
        }

        var maxMinutes = line.Int(2);
        var minMinutes = line.Int(3);
        if (minMinutes > maxMinutes)
        {
            throw line.Fail(3, string.Create(CultureInfo.InvariantCulture, $"minimum {minMinutes} is above the maximum {maxMinutes}"));
        }

        return new NrpEmployee(line.Text(0), maxShifts, maxMinutes, minMinutes, line.Int(4, minimum: 1), line.Int(5), line.Int(6), line.Int(7));
    }

    private static List<NrpRequest> Requests(Dictionary<string, List<NrpLine>> sections, string name, int days, HashSet<string> employeeIds, HashSet<string> shiftIds) =>
        [.. Lines(sections, name).Select(line => new NrpRequest(
            Known(line, 0, employeeIds, "employee"),
            line.Day(1, days),
            Known(line, 2, shiftIds, "shift type"),
            line.Int(3)))];

    private static List<NrpCover> CoverRows(Dictionary<string, List<NrpLine>> sections, int days, HashSet<string> shiftIds)
    {
        var seen = new HashSet<(int, string)>();
        var rows = new List<NrpCover>();
        foreach (var line in Lines(sections, Cover))
        {
            var row = new NrpCover(line.Day(0, days), Known(line, 1, shiftIds, "shift type"), line.Int(2), line.Int(3), line.Int(4));
            if (!seen.Add((row.Day, row.ShiftTypeId)))
            {
                throw line.Fail(1, string.Create(CultureInfo.InvariantCulture, $"day {row.Day} and shift type '{row.ShiftTypeId}' already have a cover line"));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
