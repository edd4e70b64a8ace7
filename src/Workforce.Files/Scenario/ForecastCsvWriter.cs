using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Forecasting;
using Workforce.Files.Csv;
using Workforce.Files.Output;

namespace Workforce.Files.Scenario;

/// <summary>
/// Writes <c>forecast.csv</c>. Times are plain local date-times, as planners write them, except in the
/// repeated hour of a fall-back day, where the offset is added because the local time alone is ambiguous.
/// </summary>
public static class ForecastCsvWriter
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static void Write(string path, IEnumerable<ForecastInterval> forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        CsvFile.Write(
            path,
            ForecastCsvReader.Columns,
            forecast,
            row =>
            [
                Start(row.Start),
                row.ChannelId,
                row.Volume.ToString("0.###", CultureInfo.InvariantCulture),
                row.Volume == 0 && row.AhtSeconds == 0 ? string.Empty : row.AhtSeconds.ToString("0.#", CultureInfo.InvariantCulture),
            ]);
    }

    /// <summary>A local date-time, with its offset only in the repeated hour of a fall-back day.</summary>
    internal static string Start(ZonedDateTime start)
    {
        var ambiguous = start.Zone.MapLocal(start.LocalDateTime).Count > 1;
        return ambiguous ? IntervalTimeParser.Format(start) : LocalPattern.Format(start.LocalDateTime);
    }
}
