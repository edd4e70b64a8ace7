using NodaTime;
using NodaTime.Text;
using Workforce.Core.Capacity;
using Workforce.Core.Common;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario.Capacity;

/// <summary>
/// Reads <c>weekly_forecast.csv</c> (<c>week_start,channel,volume,aht_seconds</c>): the volume of the
/// far weeks that have no interval forecast. Each week starts on a week of the horizon; each (week,
/// channel) appears once.
/// </summary>
public static class WeeklyForecastCsvReader
{
    public const string FileName = "weekly_forecast.csv";

    private static readonly string[] Columns = ["week_start", "channel", "volume", "aht_seconds"];

    public static InputResult<IReadOnlyList<WeeklyVolume>> Read(string path, Site site, LocalDate startWeek)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        return InputErrorException.Capture<IReadOnlyList<WeeklyVolume>>(() => ReadRows(path, site, startWeek));
    }

    private static List<WeeklyVolume> ReadRows(string path, Site site, LocalDate startWeek)
    {
        var rows = new List<WeeklyVolume>();
        var seen = new Dictionary<(LocalDate, string), int>();
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var text = row.Text("week_start");
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                throw row.Fail("week_start", $"expected a date as YYYY-MM-DD, got '{text}'");
            }

            var days = Period.Between(startWeek, parsed.Value, PeriodUnits.Days).Days;
            if (days < 0 || days % 7 != 0)
            {
                throw row.Fail("week_start", $"must be a week of the horizon: a {startWeek.DayOfWeek} on or after {LocalDatePattern.Iso.Format(startWeek)}, got {text}");
            }

            var channel = row.Id("channel");
            if (site.FindChannel(channel) is null)
            {
                throw row.Fail("channel", $"unknown channel '{channel}'; site.json defines {string.Join(", ", site.Channels.Select(c => c.Id))}");
            }

            if (seen.TryGetValue((parsed.Value, channel), out var first))
            {
                throw row.Fail("channel", $"week {text} of channel '{channel}' already appears on line {first}");
            }

            seen.Add((parsed.Value, channel), row.Line);
            var volume = row.NonNegative("volume");
            var aht = row.IsEmpty("aht_seconds") ? 0 : row.NonNegative("aht_seconds");
            if (volume > 0 && aht <= 0)
            {
                throw row.Fail("aht_seconds", "must be greater than 0 when the volume is not 0");
            }

            rows.Add(new WeeklyVolume(parsed.Value, channel, volume, aht));
        }

        return rows;
    }
}
