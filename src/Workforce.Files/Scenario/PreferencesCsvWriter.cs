using NodaTime.Text;
using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>preferences.csv</c> in the form <see cref="PreferencesCsvReader"/> reads.</summary>
public static class PreferencesCsvWriter
{
    public static void Write(string path, IEnumerable<AgentPreference> preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        CsvFile.Write(
            path,
            PreferencesCsvReader.Columns,
            preferences,
            row =>
            [
                row.AgentId,
                row.Date is { } date ? LocalDatePattern.Iso.Format(date) : row.Weekday?.ToString() ?? "*",
                row.Kind == PreferenceKind.DayOff ? PreferencesCsvReader.DayOff : PreferencesCsvReader.Start,
                row.Start is { } time ? PreferencesCsvReader.TimePattern.Format(time) : string.Empty,
            ]);
    }
}
