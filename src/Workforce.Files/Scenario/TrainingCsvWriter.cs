using System.Globalization;
using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>training.csv</c> with attendees by name (a skill selection is written out as the agents it chose).</summary>
public static class TrainingCsvWriter
{
    public static void Write(string path, IEnumerable<TrainingSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        CsvFile.Write(
            path,
            TrainingCsvReader.Columns,
            sessions,
            session =>
            [
                session.Id,
                string.Join('|', session.AgentIds),
                RosterCsv.LocalPattern.Format(session.WindowStart),
                RosterCsv.LocalPattern.Format(session.WindowEnd),
                session.IsFixed ? string.Empty : session.Length.TotalMinutes.ToString(CultureInfo.InvariantCulture),
            ]);
    }
}
