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

    public static void Write(string path, IEnumerable<ForecastInterval> forecast) => Write(path, [.. forecast], ForecastQuantiles.None);

    /// <summary>
    /// Writes the forecast with the quantile columns it has (<c>volume_p10</c>, <c>volume_p80</c>,
    /// <c>volume_p90</c>, in the order <c>workforce forecast</c> writes them) after the four of every forecast.
    /// </summary>
    public static void Write(string path, IReadOnlyList<ForecastInterval> forecast, ForecastQuantiles quantiles)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(quantiles);
        quantiles.CheckAligned(forecast.Count, nameof(quantiles));
        var columns = new[] { quantiles.P10, quantiles.P80, quantiles.P90 }
            .Select((values, i) => (Name: QuantileForecastCsvWriter.QuantileColumns[i], Values: values))
            .Where(c => c.Values is not null)
            .ToList();
        CsvFile.Write(
            path,
            [.. ForecastCsvReader.Columns, .. columns.Select(c => c.Name)],
            Enumerable.Range(0, forecast.Count),
            i =>
            [
                Start(forecast[i].Start),
                forecast[i].ChannelId,
                QuantileForecastCsvWriter.Volume(forecast[i].Volume),
                forecast[i].Volume == 0 && forecast[i].AhtSeconds == 0 ? string.Empty : forecast[i].AhtSeconds.ToString("0.#", CultureInfo.InvariantCulture),
                .. columns.Select(c => QuantileForecastCsvWriter.Volume(c.Values![i])),
            ]);
    }

    /// <summary>A local date-time, with its offset only in the repeated hour of a fall-back day.</summary>
    internal static string Start(ZonedDateTime start)
    {
        var ambiguous = start.Zone.MapLocal(start.LocalDateTime).Count > 1;
        return ambiguous ? IntervalTimeParser.Format(start) : LocalPattern.Format(start.LocalDateTime);
    }
}
