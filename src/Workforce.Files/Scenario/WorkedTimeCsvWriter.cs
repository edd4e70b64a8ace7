using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>worked_time.csv</c> in the layout <see cref="WorkedTimeCsvReader"/> reads, in site-local time.</summary>
public static class WorkedTimeCsvWriter
{
    public static void Write(string path, IEnumerable<BaselineShift> stretches)
    {
        ArgumentNullException.ThrowIfNull(stretches);
        CsvFile.Write(
            path,
            WorkedTimeCsvReader.Columns,
            stretches,
            stretch => [stretch.AgentId, RosterCsv.LocalPattern.Format(stretch.Start), RosterCsv.LocalPattern.Format(stretch.End)]);
    }
}
