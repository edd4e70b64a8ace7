using NodaTime.Text;
using Workforce.Core.Rostering;
using Workforce.Files.Output;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>preferences.csv</c> in the form <see cref="PreferencesCsvReader"/> reads.</summary>
public static class PreferencesCsvWriter
{
    public static void Write(string path, IEnumerable<AgentPreference> preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        AtomicFile.Write(path, writer =>
        {
            writer.WriteLine(string.Join(',', PreferencesCsvReader.Columns));
            foreach (var row in preferences)
            {
                var day = row.Date is { } date ? LocalDatePattern.Iso.Format(date) : row.Weekday?.ToString() ?? "*";
                var kind = row.Kind == PreferenceKind.DayOff ? PreferencesCsvReader.DayOff : PreferencesCsvReader.Start;
                var start = row.Start is { } time ? PreferencesCsvReader.TimePattern.Format(time) : string.Empty;
                writer.WriteLine(string.Join(',', row.AgentId, day, kind, start));
            }
        });
    }
}
