namespace Workforce.Core.Forecasting;

/// <summary>
/// Rolling-origin evaluation: the method is fitted again at each origin on the history before it only,
/// and forecasts up to <see cref="HorizonDays"/> days after it. Origins are the first
/// <see cref="MaximumOrigins"/> days of the last two weeks that leave the method its minimum history,
/// so a long history is tested on seven full weeks ahead, and a three-week history on origins whose
/// horizons shorten to the end of the data.
/// </summary>
public static class RollingOriginBacktest
{
    public const int HorizonDays = 7;
    public const int MaximumOrigins = 7;

    /// <summary>The origin days (counted from the series' first day) at which a method with this minimum history is tested.</summary>
    public static IReadOnlyList<int> Origins(int days, int minimumDays)
    {
        var first = Math.Max(minimumDays, days - HorizonDays - MaximumOrigins + 1);
        return [.. Enumerable.Range(first, Math.Max(0, days - first)).Take(MaximumOrigins)];
    }

    /// <summary>Backtests a method; null when the history leaves no origin.</summary>
    public static BacktestScore? Run(SlotSeries series, IForecastMethod method)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(method);
        var origins = Origins(series.Days, method.MinimumDays);
        if (origins.Count == 0)
        {
            return null;
        }

        var pairs = new List<(double Actual, double Mean)>();
        foreach (var origin in origins)
        {
            var horizon = Math.Min(HorizonDays, series.Days - origin);
            var fit = method.Fit(series.Take(origin), horizon);
            for (var i = 0; i < horizon * series.SlotsPerDay; i++)
            {
                var actual = series.Volume[(origin * series.SlotsPerDay) + i];
                if (!double.IsNaN(actual))
                {
                    pairs.Add((actual, fit.Mean[i]));
                }
            }
        }

        var absolute = pairs.Sum(p => Math.Abs(p.Actual - p.Mean));
        var actualTotal = pairs.Sum(p => p.Actual);
        var scale = SeasonalNaiveScale(series.Take(origins[0]));
        var kappa = IntervalCalibration.Kappa(pairs);
        return new BacktestScore(
            method.Name,
            origins.Count,
            pairs.Count,
            actualTotal > 0 ? absolute / actualTotal : double.NaN,
            scale > 0 && pairs.Count > 0 ? absolute / pairs.Count / scale : double.NaN,
            IntervalCalibration.Coverage(pairs, kappa),
            kappa);
    }

    /// <summary>The in-sample mean absolute error of forecasting each slot by the same slot a week earlier: MASE's denominator.</summary>
    private static double SeasonalNaiveScale(SlotSeries training)
    {
        var lag = 7 * training.SlotsPerDay;
        double total = 0;
        var count = 0;
        for (var i = lag; i < training.Length; i++)
        {
            var (now, before) = (training.Volume[i], training.Volume[i - lag]);
            if (!double.IsNaN(now) && !double.IsNaN(before))
            {
                total += Math.Abs(now - before);
                count++;
            }
        }

        return count > 0 ? total / count : double.NaN;
    }
}
