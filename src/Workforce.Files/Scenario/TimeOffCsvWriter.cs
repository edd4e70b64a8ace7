using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>time_off.csv</c> in the layout <see cref="TimeOffCsvReader"/> reads.</summary>
public static class TimeOffCsvWriter
{
    public static void Write(string path, IEnumerable<TimeOff> timeOff)
    {
        ArgumentNullException.ThrowIfNull(timeOff);
        CsvFile.Write(
            path,
            TimeOffCsvReader.Columns,
            timeOff,
            row => [row.AgentId, RosterCsv.LocalPattern.Format(row.Start), RosterCsv.LocalPattern.Format(row.End), row.Reason]);
    }
}
