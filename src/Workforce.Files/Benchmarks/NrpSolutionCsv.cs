using System.Globalization;
using Workforce.Core.Benchmarks.Nrp;
using Workforce.Core.Common;
using Workforce.Files.Csv;
using Workforce.Files.Output;

namespace Workforce.Files.Benchmarks;

/// <summary>
/// A benchmark solution as <c>employee,day,shift</c>, one row per assignment, with the instance's own
/// employee and shift-type ids and day indexes (0 = the horizon's first day).
/// </summary>
public static class NrpSolutionCsv
{
    internal static readonly string[] Columns = ["employee", "day", "shift"];

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, IReadOnlyList<NrpAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        CsvFile.Write(
            path,
            Columns,
            assignments.OrderBy(a => a.EmployeeId, StringComparer.Ordinal).ThenBy(a => a.Day),
            a => [a.EmployeeId, a.Day.ToString(CultureInfo.InvariantCulture), a.ShiftTypeId]);
    }

    /// <summary>
    /// Reads the rows as written; whether they keep the instance's rules is the evaluator's business,
    /// so only the form is checked here (three fields, a whole day index).
    /// </summary>
    public static InputResult<IReadOnlyList<NrpAssignment>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return InputErrorException.Capture<IReadOnlyList<NrpAssignment>>(() =>
        [
            .. CsvFile.Read(path, Columns).Select(row =>
            {
                var day = row.Text("day");
                return int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    ? new NrpAssignment(row.Text("employee"), index, row.Text("shift"))
                    : throw row.Fail("day", $"expected a day index (0, 1, ...), got '{day}'");
            }),
        ]);
    }
}
