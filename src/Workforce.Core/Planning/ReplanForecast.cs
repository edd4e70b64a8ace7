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
        return [.. Earlier(site, window, previous, actuals).Select(e => e.Row), .. fresh];
    }

    /// <summary>
    /// The quantiles of <see cref="Combine"/>'s forecast, aligned with it. An earlier day's interval keeps the
    /// previous forecast's quantile when that forecast had the column; otherwise (the previous forecast had no
    /// such column, or the interval took the actuals or was closed) its one volume stands for every quantile:
    /// those days are no longer forecast. From the plan date on, the fresh forecast's quantiles; a column the
    /// fresh forecast lacks is missing from the whole result.
    /// </summary>
    public static ForecastQuantiles CombineQuantiles(
        Site site,
        ReplanWindow window,
        IReadOnlyList<ForecastInterval> previous,
        ForecastQuantiles previousQuantiles,
        IReadOnlyList<ForecastInterval> actuals,
        ForecastQuantiles fresh)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(previousQuantiles);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(fresh);
        previousQuantiles.CheckAligned(previous.Count, nameof(previousQuantiles));
        var earlier = Earlier(site, window, previous, actuals);
        IReadOnlyList<double>? Column(IReadOnlyList<double>? before, IReadOnlyList<double>? after) =>
            after is null ? null : [.. earlier.Select(e => e.PreviousIndex >= 0 && before is not null ? before[e.PreviousIndex] : e.Row.Volume), .. after];
        return new ForecastQuantiles(Column(previousQuantiles.P10, fresh.P10), Column(previousQuantiles.P80, fresh.P80), Column(previousQuantiles.P90, fresh.P90));
    }

    /// <summary>
    /// The intervals of the rostered week before the plan date, each from the previous forecast (with its index
    /// there), else from the actuals, else closed (index -1 for both).
    /// </summary>
    private static List<(ForecastInterval Row, int PreviousIndex)> Earlier(
        Site site, ReplanWindow window, IReadOnlyList<ForecastInterval> previous, IReadOnlyList<ForecastInterval> actuals)
    {
        var planned = IndexByKey(previous);
        var happened = IndexByKey(actuals);
        var earlier = new List<(ForecastInterval, int)>();
        for (var date = window.WeekStart; date < window.PlanDate; date = date.PlusDays(1))
        {
            foreach (var (start, _) in SlotSeries.RealIntervals(site.TimeZone, site.IntervalLength, date))
            {
                foreach (var channel in site.Channels)
                {
                    var key = (channel.Id, start.ToInstant());
                    earlier.Add(planned.TryGetValue(key, out var p) ? (previous[p], p)
                        : happened.TryGetValue(key, out var h) ? (actuals[h], -1)
                        : (new ForecastInterval(start, channel.Id, 0, 0), -1));
                }
            }
        }

        return earlier;
    }

    /// <summary>Whether <paramref name="forecast"/> has intervals on every day of the week from <paramref name="weekStart"/>.</summary>
    public static bool CoversWeek(IReadOnlyList<ForecastInterval> forecast, LocalDate weekStart)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var days = forecast.Select(f => f.Start.Date).ToHashSet();
        return Enumerable.Range(0, 7).All(d => days.Contains(weekStart.PlusDays(d)));
    }

    /// <summary>The index of each (channel, start) in <paramref name="rows"/>; of its last row when it repeats.</summary>
    private static Dictionary<(string, Instant), int> IndexByKey(IReadOnlyList<ForecastInterval> rows)
    {
        var byKey = new Dictionary<(string, Instant), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            byKey[(rows[i].ChannelId, rows[i].Start.ToInstant())] = i;
        }

        return byKey;
    }
}
