using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;

namespace Workforce.Core.Planning;

/// <summary>
/// A site's forecast from its history as every front door makes it (<c>workforce plan</c> on a history-only
/// folder, the daily re-plan): method <c>auto</c> per channel, the site's public holidays as special days,
/// history from <c>from</c> on ignored.
/// </summary>
public static class SiteForecast
{
    /// <summary>Forecasts every channel of the history; throws <see cref="ForecastInputException"/> when a channel's history is too short.</summary>
    public static IReadOnlyList<ChannelForecast> Make(Site site, IReadOnlyList<ForecastInterval> history, LocalDate from, int days) =>
        Forecaster.Forecast(history, Request(site, from, days));

    /// <summary>Furthest a forecast may start after the last day of its history: five weeks, beyond which the weekly pattern and trend are stale.</summary>
    public const int MaxDaysAhead = 35;

    /// <summary>
    /// Forecasts every channel of the history for <paramref name="request"/>; throws
    /// <see cref="ForecastInputException"/> when a channel's history is too short, or when the history
    /// ends more than <see cref="MaxDaysAhead"/> days before the forecast's first day.
    /// </summary>
    public static IReadOnlyList<ChannelForecast> FromHistory(IReadOnlyList<ForecastInterval> history, ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(request);
        var before = history.Select(r => r.Start.WithZone(request.Zone).Date).Where(d => d < request.From).ToList();
        if (before.Count > 0 && Period.Between(before.Max(), request.From, PeriodUnits.Days).Days > MaxDaysAhead)
        {
            throw new ForecastInputException($"the history ends on {before.Max():yyyy-MM-dd}, more than {MaxDaysAhead} days before the forecast's first day {request.From:yyyy-MM-dd}; a forecast starts at most {MaxDaysAhead} days after the last history day");
        }

        return Forecaster.Forecast(history, request);
    }

    /// <summary>One line per channel for which <c>auto</c> left methods out, naming them and the days each needs.</summary>
    public static IEnumerable<string> LeftOutLines(IReadOnlyList<ChannelForecast> forecasts) =>
        forecasts.Where(f => f.LeftOut.Count > 0).Select(f =>
            $"{f.ChannelId}: auto left out {string.Join(", ", f.LeftOut.Select(m => $"{m.Method} (needs {m.DaysNeeded} days)"))}: too little history to backtest them");

    /// <summary>The request: whole local days from <paramref name="from"/> on the site's grid, method auto, its holidays special.</summary>
    public static ForecastRequest Request(Site site, LocalDate from, int days)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new ForecastRequest(site.TimeZone, site.IntervalLength, from, days, ForecastMethods.Auto, site.PublicHolidays.Select(h => h.Date).ToHashSet());
    }

    /// <summary>The forecast at a quantile, in the order of a forecast file: by time, then the site's channel order.</summary>
    public static IReadOnlyList<ForecastInterval> At(Site site, IEnumerable<ChannelForecast> forecasts, StaffingQuantile quantile) =>
        [.. Ordered(site, forecasts).Select(i => i.At(quantile))];

    /// <summary>The P10, P80 and P90 of the forecast, aligned with <see cref="At"/>'s intervals.</summary>
    public static ForecastQuantiles Quantiles(Site site, IEnumerable<ChannelForecast> forecasts) =>
        ForecastQuantiles.Of(Ordered(site, forecasts));

    private static List<QuantileForecastInterval> Ordered(Site site, IEnumerable<ChannelForecast> forecasts)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(forecasts);
        var channelOrder = site.Channels.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return [.. forecasts.SelectMany(f => f.Intervals)
            .OrderBy(i => i.Start.ToInstant())
            .ThenBy(i => channelOrder[i.ChannelId])];
    }
}
