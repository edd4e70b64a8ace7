using NodaTime.Text;
using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>baseline_roster.csv</c> in the columns <see cref="BaselineRosterCsvReader"/> reads, in site-local time.</summary>
public static class BaselineRosterCsvWriter
{
    public static void Write(string path, BaselineRoster baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        CsvFile.Write(
            path,
            BaselineRosterCsvReader.Columns,
            baseline.Shifts,
            shift => [shift.AgentId, LocalDatePattern.Iso.Format(shift.Start.Date), RosterCsv.LocalPattern.Format(shift.Start), RosterCsv.LocalPattern.Format(shift.End)]);
    }
}
