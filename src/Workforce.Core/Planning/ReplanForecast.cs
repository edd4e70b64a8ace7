using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;

namespace Workforce.Core.Planning;

/// <summary>The forecast a daily re-plan staffs and rosters on, and whether a stored forecast can serve a week.</summary>
public static class ReplanForecast
{
    /// <summary>
    /// The days of the rostered week before the plan date (worked already, or frozen) followed by the fresh
    /// forecast from the plan date on. Those earlier days keep the previous forecast, which is what their
    /// shifts were planned on; an interval the previous forecast lacks takes what happened (the actuals),
    /// and one with neither is closed (volume 0). Rows come by time, then in the site's channel order.
    /// </summary>
    public static IReadOnlyList<ForecastInterval> Combine(
        Site site,
        ReplanWindow window,
        IReadOnlyList<ForecastInterval> previous,
        IReadOnlyList<ForecastInterval> actuals,
        IReadOnlyList<ForecastInterval> fresh)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(fresh);
        var planned = ByKey(previous);
        var happened = ByKey(actuals);
        var earlier = new List<ForecastInterval>();
        for (var date = window.WeekStart; date < window.PlanDate; date = date.PlusDays(1))
        {
            foreach (var (start, _) in SlotSeries.RealIntervals(site.TimeZone, site.IntervalLength, date))
            {
                foreach (var channel in site.Channels)
                {
                    var key = (channel.Id, start.ToInstant());
                    earlier.Add(planned.GetValueOrDefault(key) ?? happened.GetValueOrDefault(key) ?? new ForecastInterval(start, channel.Id, 0, 0));
                }
            }
        }

        return [.. earlier, .. fresh];
    }

    /// <summary>Whether <paramref name="forecast"/> has intervals on every day of the week from <paramref name="weekStart"/>.</summary>
    public static bool CoversWeek(IReadOnlyList<ForecastInterval> forecast, LocalDate weekStart)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var days = forecast.Select(f => f.Start.Date).ToHashSet();
        return Enumerable.Range(0, 7).All(d => days.Contains(weekStart.PlusDays(d)));
    }

    private static Dictionary<(string, Instant), ForecastInterval> ByKey(IReadOnlyList<ForecastInterval> rows)
    {
        var byKey = new Dictionary<(string, Instant), ForecastInterval>();
        foreach (var row in rows)
        {
            byKey[(row.ChannelId, row.Start.ToInstant())] = row;
        }

        return byKey;
    }
}
