using System.Globalization;
using Workforce.Core.Forecasting;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Writes the forecast that <c>workforce forecast</c> makes, as a <c>forecast.csv</c> with three more
/// columns: <c>volume</c> is the P50, then <c>volume_p10</c>, <c>volume_p80</c> and <c>volume_p90</c>.
/// The file reads back as an ordinary forecast, and <c>--staff-at p80</c> reads its P80 column.
/// </summary>
public static class QuantileForecastCsvWriter
{
    /// <summary>The P10 column: written for the forecast's range, never staffed at.</summary>
    internal const string P10Column = "volume_p10";

    internal static readonly string[] QuantileColumns = [P10Column, "volume_p80", "volume_p90"];

    /// <summary>The column that holds the volume for a staffing quantile.</summary>
    public static string VolumeColumn(StaffingQuantile quantile) => quantile switch
    {
        StaffingQuantile.P50 => ForecastCsvReader.VolumeColumn,
        StaffingQuantile.P80 => "volume_p80",
        StaffingQuantile.P90 => "volume_p90",
        _ => throw new ArgumentOutOfRangeException(nameof(quantile), quantile, null),
    };

    public static void Write(string path, IEnumerable<QuantileForecastInterval> forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        CsvFile.Write(
            path,
            [.. ForecastCsvReader.Columns, .. QuantileColumns],
            forecast.OrderBy(r => r.Start.ToInstant()),
            row =>
            [
                ForecastCsvWriter.Start(row.Start),
                row.ChannelId,
                Volume(row.P50),
                row.AhtSeconds > 0 ? row.AhtSeconds.ToString("0.#", CultureInfo.InvariantCulture) : string.Empty,
                Volume(row.P10),
                Volume(row.P80),
                Volume(row.P90),
            ]);
    }

    internal static string Volume(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
