using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>forecast.csv</c> (<c>interval_start,channel,volume,aht_seconds</c>) against a site:
/// times in the site's zone on its interval grid, known channels, no duplicates, sensible numbers.
/// </summary>
public static class ForecastCsvReader
{
    public const string FileName = "forecast.csv";

    internal static readonly string[] Columns = ["interval_start", "channel", "volume", "aht_seconds"];

    /// <summary>Reads and validates the file; rows come back sorted by interval, then by the site's channel order.</summary>
    public static InputResult<IReadOnlyList<ForecastInterval>> Read(string path, Site site)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        return InputErrorException.Capture<IReadOnlyList<ForecastInterval>>(() => ReadRows(path, site));
    }

    private static List<ForecastInterval> ReadRows(string path, Site site)
    {
        var rows = new List<ForecastInterval>();
        var seen = new Dictionary<(Instant, string), int>();
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var start = ReadStart(row, site);
            var channel = ReadChannel(row, site);
            var volume = row.NonNegative("volume");
            var aht = ReadAht(row, volume);

            if (seen.TryGetValue((start.ToInstant(), channel.Id), out var firstLine))
            {
                throw row.Fail("interval_start", $"duplicate interval: {IntervalTimeParser.Format(start)} for channel '{channel.Id}' already appears on line {firstLine}");
            }

            seen.Add((start.ToInstant(), channel.Id), row.Line);
            rows.Add(new ForecastInterval(start, channel.Id, volume, aht));
        }

        var channelOrder = site.Channels.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return [.. rows.OrderBy(r => r.Start.ToInstant()).ThenBy(r => channelOrder[r.ChannelId])];
    }

    private static ZonedDateTime ReadStart(CsvRow row, Site site)
    {
        var text = row.Text("interval_start");
        if (!IntervalTimeParser.TryParse(text, site.TimeZone, out var start, out var error))
        {
            throw row.Fail("interval_start", error);
        }

        var local = start.LocalDateTime;
        var minuteOfDay = (local.Hour * 60) + local.Minute;
        var intervalMinutes = (int)site.IntervalLength.TotalMinutes;
        if (local.Second != 0 || minuteOfDay % intervalMinutes != 0)
        {
            throw row.Fail("interval_start", $"{text} is not on the site's {intervalMinutes}-minute interval grid");
        }

        return start;
    }

    private static Channel ReadChannel(CsvRow row, Site site)
    {
        var id = row.Text("channel");
        return site.FindChannel(id)
            ?? throw row.Fail("channel", $"unknown channel '{id}'; site.json defines {string.Join(", ", site.Channels.Select(c => c.Id))}");
    }

    /// <summary>AHT may be empty or 0 only for a closed interval (volume 0): there is nothing to handle.</summary>
    private static double ReadAht(CsvRow row, double volume)
    {
        if (row.IsEmpty("aht_seconds"))
        {
            return volume == 0 ? 0 : throw row.Fail("aht_seconds", "is empty but the volume is not 0");
        }

        var aht = row.Number("aht_seconds");
        if (aht < 0 || (aht == 0 && volume > 0))
        {
            throw row.Fail("aht_seconds", $"must be greater than 0 when the volume is not 0, got {row.Text("aht_seconds")}");
        }

        return aht;
    }
}
