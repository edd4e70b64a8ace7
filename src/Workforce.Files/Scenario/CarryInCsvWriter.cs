using System.Globalization;
using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Writes <c>carry_in.csv</c> in the layout <see cref="CarryInCsvReader"/> reads. The optional columns
/// (last shift start, late shifts, days off) are written only when some agent has a value in them (empty
/// or 0 for the others), so a file without them reads and writes back unchanged.
/// </summary>
public static class CarryInCsvWriter
{
    public static void Write(string path, IEnumerable<AgentCarryIn> carryIn)
    {
        ArgumentNullException.ThrowIfNull(carryIn);
        var rows = carryIn.ToList();
        var lastStart = rows.Any(r => r.LastShiftStart is not null);
        var lateShifts = rows.Any(r => r.LateShiftsWorkedInReferencePeriod > 0);
        var daysOff = rows.Any(r => r.ConsecutiveDaysOff > 0);
        CsvFile.Write(
            path,
            [
                .. CarryInCsvReader.Columns,
                .. lastStart ? [CarryInCsvReader.LastStartColumn] : Array.Empty<string>(),
                .. lateShifts ? [CarryInCsvReader.LateShiftsColumn] : Array.Empty<string>(),
                .. daysOff ? [CarryInCsvReader.DaysOffColumn] : Array.Empty<string>(),
            ],
            rows,
            row =>
            [
                row.AgentId,
                row.LastShiftEnd is { } end ? RosterCsv.LocalPattern.Format(end) : string.Empty,
                row.ConsecutiveDaysWorked.ToString(CultureInfo.InvariantCulture),
                row.WeekendsWorkedInReferencePeriod.ToString(CultureInfo.InvariantCulture),
                .. lastStart ? [row.LastShiftStart is { } start ? RosterCsv.LocalPattern.Format(start) : string.Empty] : Array.Empty<string>(),
                .. lateShifts ? [row.LateShiftsWorkedInReferencePeriod.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
                .. daysOff ? [row.ConsecutiveDaysOff.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
            ]);
    }
}
