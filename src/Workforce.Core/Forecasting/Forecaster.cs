using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>
/// Forecasts every channel of a history: puts it on the slot grid up to the forecast's first day (so
/// rows from the forecast period itself are never used), picks the method (by rolling-origin backtest
/// under <c>auto</c>), fits it, turns its point forecast into quantiles with the backtest-calibrated
/// count distribution, and lays the result on the real intervals of the forecast days.
/// </summary>
public static class Forecaster
{
    public static IReadOnlyList<ChannelForecast> Forecast(IReadOnlyList<ForecastInterval> history, ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(request);
        return [.. history.Select(r => r.ChannelId).Distinct().Select(channel => ForecastChannel(history.Where(r => r.ChannelId == channel), channel, request))];
    }

    /// <summary>The history of every channel on the slot grid, ending where it ends (before <paramref name="before"/>).</summary>
    public static IReadOnlyList<(string ChannelId, SlotSeries Series)> Series(IReadOnlyList<ForecastInterval> history, DateTimeZone zone, Duration intervalLength, LocalDate before)
    {
        ArgumentNullException.ThrowIfNull(history);
        return [.. history.Select(r => r.ChannelId).Distinct().Select(channel => (channel, Trimmed(SlotSeriesBuilder.Build(history.Where(r => r.ChannelId == channel), zone, intervalLength, before))))];
    }

    /// <summary>Backtests every method that the channel's history allows.</summary>
    public static IReadOnlyList<BacktestScore> Backtest(SlotSeries series, IReadOnlySet<LocalDate> specialDays) =>
        [.. ForecastMethods.All(specialDays).Select(m => RollingOriginBacktest.Run(series, m)).OfType<BacktestScore>()];

    private static ChannelForecast ForecastChannel(IEnumerable<ForecastInterval> rows, string channelId, ForecastRequest request)
    {
        var series = Trimmed(SlotSeriesBuilder.Build(rows, request.Zone, request.IntervalLength, request.From));
        var (candidates, leftOut) = Candidates(series, channelId, request);
        var scores = candidates.Select(m => (Method: m, Score: RollingOriginBacktest.Run(series, m))).Where(s => s.Score is not null).ToList();
        var (method, score) = scores.OrderBy(s => s.Score!.Wape).First();
        var lead = Period.Between(series.EndDate, request.From, PeriodUnits.Days).Days;
        var fit = method.Fit(series, lead + request.Days);
        var aht = AhtForecaster.Forecast(series, lead + request.Days)
            ?? throw new ForecastInputException($"channel '{channelId}' has no handle times in its history (aht_seconds is empty or 0 on every row with contacts)");

        var intervals = new List<QuantileForecastInterval>();
        for (var day = 0; day < request.Days; day++)
        {
            var date = request.From.PlusDays(day);
            foreach (var (start, slot) in SlotSeries.RealIntervals(request.Zone, request.IntervalLength, date))
            {
                var index = ((lead + day) * series.SlotsPerDay) + slot;
                var distribution = new CountDistribution(fit.Mean[index], score!.Kappa);
                intervals.Add(new QuantileForecastInterval(
                    start,
                    channelId,
                    fit.Mean[index],
                    distribution.Quantile(0.1),
                    distribution.Quantile(0.5),
                    distribution.Quantile(0.8),
                    distribution.Quantile(0.9),
                    fit.Mean[index] > 0 ? aht[index] : 0));
            }
        }

        return new ChannelForecast(channelId, method.Name, fit, score!.Kappa, [.. scores.Select(s => s.Score!)], intervals) { LeftOut = leftOut };
    }

    /// <summary>
    /// The methods to backtest and those the history is too short for. A method takes part when the
    /// history leaves it one backtest origin: its <see cref="IForecastMethod.MinimumDays"/> to fit and
    /// one more day to calibrate the intervals on. Under <c>auto</c> the rest are left out; the forecast
    /// is refused only when no method is left (a method chosen by name needs its own minimum).
    /// </summary>
    private static (IReadOnlyList<IForecastMethod> Candidates, IReadOnlyList<LeftOutMethod> LeftOut) Candidates(SlotSeries series, string channelId, ForecastRequest request)
    {
        var methods = request.Method == ForecastMethods.Auto
            ? ForecastMethods.All(request.SpecialDays)
            : [ForecastMethods.Find(request.Method, request.SpecialDays) ?? throw new ArgumentException($"Unknown method '{request.Method}'.", nameof(request))];
        var candidates = methods.Where(m => series.Days >= DaysToBacktest(m)).ToList();
        if (candidates.Count == 0)
        {
            var needed = methods.Min(DaysToBacktest);
            var which = request.Method == ForecastMethods.Auto ? $"the shortest method ({methods.MinBy(DaysToBacktest)!.Name})" : request.Method;
            throw new ForecastInputException(
                $"channel '{channelId}' has {series.Days} days of history before {request.From:uuuu-MM-dd}; "
                + $"{which} needs at least {needed} ({needed - 1} to fit, one more day to calibrate the intervals)");
        }

        return (candidates, [.. methods.Except(candidates).Select(m => new LeftOutMethod(m.Name, DaysToBacktest(m)))]);
    }

    /// <summary>Days of history a method needs to be backtested: its minimum to fit and one origin after it.</summary>
    private static int DaysToBacktest(IForecastMethod method) => method.MinimumDays + 1;

    /// <summary>Drops whole missing days at the end, so the models start from the last day with data.</summary>
    private static SlotSeries Trimmed(SlotSeries series)
    {
        var days = series.Days;
        while (days > 0 && Enumerable.Range((days - 1) * series.SlotsPerDay, series.SlotsPerDay).All(i => double.IsNaN(series.Volume[i])))
        {
            days--;
        }

        return days == series.Days ? series : series.Take(days);
    }
}
