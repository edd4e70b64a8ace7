using System.Globalization;
using Workforce.Core.Rostering;
using Workforce.Files.Output;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>carry_in.csv</c> in the layout <see cref="CarryInCsvReader"/> reads.</summary>
public static class CarryInCsvWriter
{
    public static void Write(string path, IEnumerable<AgentCarryIn> carryIn)
    {
        ArgumentNullException.ThrowIfNull(carryIn);
        AtomicFile.Write(path, writer =>
        {
            writer.WriteLine(string.Join(',', CarryInCsvReader.Columns.Append(CarryInCsvReader.LateShiftsColumn).Append(CarryInCsvReader.DaysOffColumn)));
            foreach (var row in carryIn)
            {
                writer.WriteLine(string.Join(
                    ',',
                    row.AgentId,
                    row.LastShiftEnd is { } end ? RosterCsv.LocalPattern.Format(end) : string.Empty,
                    row.ConsecutiveDaysWorked.ToString(CultureInfo.InvariantCulture),
                    row.WeekendsWorkedInReferencePeriod.ToString(CultureInfo.InvariantCulture),
                    row.LateShiftsWorkedInReferencePeriod.ToString(CultureInfo.InvariantCulture),
                    row.ConsecutiveDaysOff.ToString(CultureInfo.InvariantCulture)));
            }
        });
    }
}
