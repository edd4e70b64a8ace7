using Workforce.Core.Rostering;
using Workforce.Files.Output;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>time_off.csv</c> in the layout <see cref="TimeOffCsvReader"/> reads.</summary>
public static class TimeOffCsvWriter
{
    public static void Write(string path, IEnumerable<TimeOff> timeOff)
    {
        ArgumentNullException.ThrowIfNull(timeOff);
        AtomicFile.Write(path, writer =>
        {
            writer.WriteLine(string.Join(',', TimeOffCsvReader.Columns));
            foreach (var row in timeOff)
            {
                writer.WriteLine(string.Join(
                    ',',
                    row.AgentId,
                    RosterCsv.LocalPattern.Format(row.Start),
                    RosterCsv.LocalPattern.Format(row.End),
                    AgentsCsvWriter.Quoted(row.Reason)));
            }
        });
    }
}
