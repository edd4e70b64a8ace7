using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>A channel history as read: its rows (sorted by time, then channel) and the interval length they are on.</summary>
public sealed record History(IReadOnlyList<ForecastInterval> Rows, Duration IntervalLength);

/// <summary>
/// Reads <c>history.csv</c>: the columns and time rules of <c>forecast.csv</c> (it is what the ACD
/// says happened, in the same shape as what the forecast says will). Differences: without a site, any
/// channel id is accepted and the interval length is the longest of 60, 30, 20, 15, 10, 5 or 1 minutes
/// that every start lies on; and an
/// empty <c>aht_seconds</c> with contacts means the handle time is unknown (nobody was served), not an error.
/// Rows may come in any order; a repeated interval and channel is refused.
/// </summary>
public static class HistoryCsvReader
{
    public const string FileName = "history.csv";

    private static readonly int[] InferableMinutes = [60, 30, 20, 15, 10, 5, 1];

    /// <summary>Reads a history against a site: its zone, its interval grid, its channels.</summary>
    public static InputResult<History> Read(string path, Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Read(path, site.TimeZone, site.IntervalLength, site.Channels.Select(c => c.Id).ToHashSet());
    }

    /// <summary>Reads a history on its own, in <paramref name="zone"/>, inferring the interval length.</summary>
    public static InputResult<History> Read(string path, DateTimeZone zone) => Read(path, zone, null, null);

    private static InputResult<History> Read(string path, DateTimeZone zone, Duration? grid, IReadOnlySet<string>? channels)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(zone);
        return InputErrorException.Capture(() => ReadRows(path, zone, grid, channels));
    }

    private static History ReadRows(string path, DateTimeZone zone, Duration? grid, IReadOnlySet<string>? channels)
    {
        var rows = new List<ForecastInterval>();
        var seen = new Dictionary<(Instant, string), int>();
        var startMinutes = new HashSet<int>();
        (CsvRow Row, double Volume, double Aht)? heaviest = null;
        foreach (var row in CsvFile.Read(path, ForecastCsvReader.Columns))
        {
            var start = ForecastCsvReader.ReadStart(row, zone, grid ?? Duration.FromMinutes(1), grid is null ? "a" : "the site's");
            var channel = row.Id("channel");
            if (channels is not null && !channels.Contains(channel))
            {
                throw row.Fail("channel", $"unknown channel '{channel}'; site.json defines {string.Join(", ", channels)}");
            }

            var volume = PhysicalRanges.Volume(row, "volume");
            var aht = ForecastCsvReader.ReadAht(row, volume, unknownAllowed: true);
            if (heaviest is null || volume * aht > heaviest.Value.Volume * heaviest.Value.Aht)
            {
                heaviest = (row, volume, aht);
            }

            ForecastCsvReader.CheckUnique(seen, row, start, channel);
            startMinutes.Add((start.TimeOfDay.Hour * 60) + start.TimeOfDay.Minute);
            rows.Add(new ForecastInterval(start, channel, volume, aht));
        }

        if (rows.Count == 0)
        {
            throw new InputErrorException(new InputError(path, null, null, "has no rows; a forecast needs at least two weeks of history"));
        }

        var length = grid ?? InferredLength(startMinutes);
        PhysicalRanges.Workload(heaviest!.Value.Row, "volume", heaviest.Value.Volume, heaviest.Value.Aht, length);
        return new History([.. rows.OrderBy(r => r.Start.ToInstant()).ThenBy(r => r.ChannelId, StringComparer.Ordinal)], length);
    }

    /// <summary>The longest of the usual interval lengths that every start lies on (a history with only whole hours is hourly).</summary>
    private static Duration InferredLength(HashSet<int> startMinutes) =>
        Duration.FromMinutes(InferableMinutes.First(length => startMinutes.All(m => m % length == 0)));
}
