using System.Globalization;
using NodaTime;
using Workforce.Files.Csv;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario;

/// <summary>
/// The physical ranges of scenario values (docs/scenario-format.md, "Ranges"). A value outside one is
/// a typo or a unit mistake, not a site: it is refused as bad input naming file, line and field,
/// instead of reaching the staffing model or a sum, where it would overflow or staff an absurd site.
/// </summary>
internal static class PhysicalRanges
{
    /// <summary>Contacts in one interval of one channel: far above the busiest queue of any site.</summary>
    public const double MaxVolumePerInterval = 1_000_000;

    /// <summary>A handle time, a patience or an answer time: at most a day.</summary>
    public const double MaxSeconds = 86_400;

    /// <summary>Workload of one interval and channel (volume × AHT ÷ interval length): agents busy at once.</summary>
    public const double MaxWorkloadErlangs = 100_000;

    /// <summary>Base pay per paid hour in the site's currency (room for currencies with small units, such as VND).</summary>
    public const decimal MaxHourlyWage = 1_000_000m;

    public static double Volume(CsvRow row, string column)
    {
        var volume = row.NonNegative(column);
        return volume <= MaxVolumePerInterval
            ? volume
            : throw row.Fail(column, $"{row.Text(column)} contacts in one interval is outside the range [0, {MaxVolumePerInterval.ToString("#,0", CultureInfo.InvariantCulture)}]");
    }

    public static double AhtSeconds(CsvRow row, string column, double seconds) =>
        seconds <= MaxSeconds
            ? seconds
            : throw row.Fail(column, $"{row.Text(column)} s is longer than a day ({MaxSeconds.ToString(CultureInfo.InvariantCulture)} s); give the handle time in seconds");

    /// <summary>Refuses a row whose contacts would keep more than <see cref="MaxWorkloadErlangs"/> agents busy at once.</summary>
    public static void Workload(CsvRow row, string column, double volume, double ahtSeconds, Duration interval)
    {
        var erlangs = volume * ahtSeconds / interval.TotalSeconds;
        if (erlangs > MaxWorkloadErlangs)
        {
            throw row.Fail(column, string.Create(CultureInfo.InvariantCulture, $"{volume:0.##} contacts of {ahtSeconds:0.##} s in {interval.TotalMinutes:0} minutes keep {erlangs:#,0} agents busy at once, above the {MaxWorkloadErlangs:#,0} a channel can hold"));
        }
    }

    public static decimal HourlyWage(CsvRow row, string column)
    {
        var text = row.Text(column);
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var wage))
        {
            throw double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? row.Fail(column, $"{text} is outside the range [0, {MaxHourlyWage.ToString("#,0", CultureInfo.InvariantCulture)}] per hour")
                : row.Fail(column, $"expected a number, got '{text}'");
        }

        return wage is >= 0 and <= MaxHourlyWage
            ? wage
            : throw row.Fail(column, wage < 0 ? $"must not be negative, got {text}" : $"{text} is outside the range [0, {MaxHourlyWage.ToString("#,0", CultureInfo.InvariantCulture)}] per hour");
    }

    /// <summary>A time in seconds in site.json (a patience, an answer time): at most a day.</summary>
    public static double Seconds(JsonNode node, double seconds) =>
        seconds <= MaxSeconds
            ? seconds
            : throw node.Fail($"{JsonNode.Format(seconds)} s is longer than a day ({MaxSeconds.ToString(CultureInfo.InvariantCulture)} s)");
}
