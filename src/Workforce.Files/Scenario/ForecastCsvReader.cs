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

    internal const string VolumeColumn = "volume";

    /// <summary>Reads and validates the file; rows come back sorted by interval, then by the site's channel order.</summary>
    public static InputResult<IReadOnlyList<ForecastInterval>> Read(string path, Site site) => Read(path, site, StaffingQuantile.P50);

    /// <summary>
    /// As <see cref="Read(string, Site)"/>, taking the volume from the quantile column that staffing is run at
    /// (<c>volume</c> for P50, <c>volume_p80</c> or <c>volume_p90</c>, as <c>workforce forecast</c> writes them).
    /// </summary>
    public static InputResult<IReadOnlyList<ForecastInterval>> Read(string path, Site site, StaffingQuantile quantile)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        return InputErrorException.Capture<IReadOnlyList<ForecastInterval>>(() => ReadRows(path, site, QuantileForecastCsvWriter.VolumeColumn(quantile)));
    }

    /// <summary>
    /// The file's <c>volume_p10</c>, <c>volume_p80</c> and <c>volume_p90</c> columns, aligned with what
    /// <see cref="Read(string, Site)"/> returns; a column the header lacks is null. Each column is checked as
    /// <see cref="Read(string, Site, StaffingQuantile)"/> checks it when staffing at it (a volume in range, an AHT
    /// where the volume is not 0), so a file stored with a column can be staffed at it. The columns need not be
    /// ordered (P80 below the median is read as given), as that reader does not ask it either.
    /// </summary>
    public static InputResult<ForecastQuantiles> ReadQuantiles(string path, Site site)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        return InputErrorException.Capture(() =>
        {
            var firstRow = CsvFile.Read(path, Columns).FirstOrDefault();
            IReadOnlyList<double>? Column(string name) =>
                firstRow is not null && firstRow.Has(name) ? [.. ReadRows(path, site, name).Select(r => r.Volume)] : null;
            return new ForecastQuantiles(
                Column(QuantileForecastCsvWriter.P10Column),
                Column(QuantileForecastCsvWriter.VolumeColumn(StaffingQuantile.P80)),
                Column(QuantileForecastCsvWriter.VolumeColumn(StaffingQuantile.P90)));
        });
    }

    private static List<ForecastInterval> ReadRows(string path, Site site, string volumeColumn)
    {
        var rows = new List<ForecastInterval>();
        var seen = new Dictionary<(Instant, string), int>();
        foreach (var row in CsvFile.Read(path, volumeColumn == VolumeColumn ? Columns : [.. Columns, volumeColumn]))
        {
            var start = ReadStart(row, site.TimeZone, site.IntervalLength, "the site's");
            var channel = ReadChannel(row, site);
            var volume = PhysicalRanges.Volume(row, volumeColumn);
            var aht = ReadAht(row, volume, unknownAllowed: false);
            PhysicalRanges.Workload(row, volumeColumn, volume, aht, site.IntervalLength);
            CheckUnique(seen, row, start, channel.Id);
            rows.Add(new ForecastInterval(start, channel.Id, volume, aht));
        }

        if (rows.Count == 0)
        {
            throw new InputErrorException(new InputError(path, null, null, "has no rows; a forecast needs at least one interval of one channel"));
        }

        var channelOrder = site.Channels.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return [.. rows.OrderBy(r => r.Start.ToInstant()).ThenBy(r => channelOrder[r.ChannelId])];
    }

    /// <summary>Refuses a second row for the same interval and channel, naming the line of the first.</summary>
    internal static void CheckUnique(Dictionary<(Instant, string), int> seen, CsvRow row, ZonedDateTime start, string channelId)
    {
        if (seen.TryGetValue((start.ToInstant(), channelId), out var firstLine))
        {
            throw row.Fail("interval_start", $"duplicate interval: {IntervalTimeParser.Format(start)} for channel '{channelId}' already appears on line {firstLine}");
        }

        seen.Add((start.ToInstant(), channelId), row.Line);
    }

    /// <summary>An interval start in <paramref name="zone"/>, on a grid of <paramref name="grid"/> from local midnight.</summary>
    internal static ZonedDateTime ReadStart(CsvRow row, DateTimeZone zone, Duration grid, string gridOwner)
    {
        var text = row.Text("interval_start");
        if (!IntervalTimeParser.TryParse(text, zone, out var start, out var error))
        {
            throw row.Fail("interval_start", error);
        }

        var local = start.LocalDateTime;
        var minuteOfDay = (local.Hour * 60) + local.Minute;
        var intervalMinutes = (int)grid.TotalMinutes;
        if (local.Second != 0 || minuteOfDay % intervalMinutes != 0)
        {
            throw row.Fail("interval_start", $"{text} is not on {gridOwner} {intervalMinutes}-minute interval grid");
        }

        return start;
    }

    private static Channel ReadChannel(CsvRow row, Site site)
    {
        var id = row.Id("channel");
        return site.FindChannel(id)
            ?? throw row.Fail("channel", $"unknown channel '{id}'; site.json defines {string.Join(", ", site.Channels.Select(c => c.Id))}");
    }

    /// <summary>
    /// AHT may be empty or 0 only for a closed interval (volume 0): there is nothing to handle. In a
    /// history (<paramref name="unknownAllowed"/>) it may also be empty when nobody was served (every
    /// caller abandoned): the interval then counts for volume but not for AHT.
    /// </summary>
    internal static double ReadAht(CsvRow row, double volume, bool unknownAllowed)
    {
        if (row.IsEmpty("aht_seconds"))
        {
            return volume == 0 || unknownAllowed ? 0 : throw row.Fail("aht_seconds", "is empty but the volume is not 0");
        }

        var aht = row.Number("aht_seconds");
        if (aht < 0 || (aht == 0 && volume > 0 && !unknownAllowed))
        {
            throw row.Fail("aht_seconds", $"must be greater than 0 when the volume is not 0, got {row.Text("aht_seconds")}");
        }

        return PhysicalRanges.AhtSeconds(row, "aht_seconds", aht);
    }
}
