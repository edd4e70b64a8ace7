using System.Globalization;
using Workforce.Core.Forecasting;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Writes <c>history.csv</c> in the form <see cref="HistoryCsvReader"/> reads: times as in
/// <c>forecast.csv</c>, numbers in their shortest exact form (nothing rounded: it is what happened), handle
/// times with at least one decimal as ACD exports give them ("113.0"), and an empty <c>aht_seconds</c> where
/// no handle time is known (0 in the domain).
/// </summary>
public static class HistoryCsvWriter
{
    public static void Write(string path, IEnumerable<ForecastInterval> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        CsvFile.Write(
            path,
            ForecastCsvReader.Columns,
            history,
            row =>
            [
                ForecastCsvWriter.Start(row.Start),
                row.ChannelId,
                row.Volume.ToString("R", CultureInfo.InvariantCulture),
                row.AhtSeconds == 0 ? string.Empty : Seconds(row.AhtSeconds),
            ]);
    }

    /// <summary>The shortest text that reads back as the same double, with a decimal point.</summary>
    private static string Seconds(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
