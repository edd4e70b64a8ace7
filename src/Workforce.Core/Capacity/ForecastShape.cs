using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;

namespace Workforce.Core.Capacity;

/// <summary>
/// Spreads a far week's volume over its intervals with the intraday and weekly shape of the
/// interval forecast the scenario has, so that staffing sees peaks and quiet hours rather than a
/// weekly average (Erlang on a weekly total would understate the agents a peak needs).
/// </summary>
public static class ForecastShape
{
    /// <summary>
    /// The channel's shape: its interval volumes summed by weekday and local time of day over every
    /// forecast week. A channel with no volume at all gets a flat shape.
    /// </summary>
    public static WeeklyArrivalProfile Of(Site site, IEnumerable<ForecastInterval> channelForecast)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(channelForecast);
        var slotsPerDay = (int)(Duration.FromDays(1).TotalTicks / site.IntervalLength.TotalTicks);
        var shares = Enumerable.Range(0, 7).Select(_ => new double[slotsPerDay]).ToArray();
        foreach (var row in channelForecast)
        {
            var local = row.Start.LocalDateTime;
            shares[(int)local.DayOfWeek - 1][(int)(local.TimeOfDay.TickOfDay / site.IntervalLength.TotalTicks)] += row.Volume;
        }

        if (shares.Sum(d => d.Sum()) <= 0)
        {
            foreach (var day in shares)
            {
                Array.Fill(day, 1.0);
            }
        }

        return new WeeklyArrivalProfile(site.IntervalLength, [.. shares]);
    }

    /// <summary>
    /// The week's intervals with the weekly volume spread by the shape, in real time (a day with a
    /// clock change has 92 or 100 quarter-hours); the shares are renormalised over the intervals the
    /// week really has, so the volumes add up to the weekly total.
    /// </summary>
    public static IReadOnlyList<ForecastInterval> Spread(Site site, WeeklyArrivalProfile shape, WeeklyVolume week)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(week);
        var starts = IntervalStarts(site, week.WeekStart);
        var weights = starts.Select(s => shape.SlotShare(s.DayOfWeek, s.TimeOfDay)).ToArray();
        var total = weights.Sum();
        var rows = new ForecastInterval[starts.Count];
        for (var i = 0; i < starts.Count; i++)
        {
            var volume = total > 0 ? week.Volume * weights[i] / total : week.Volume / starts.Count;
            rows[i] = new ForecastInterval(starts[i], week.ChannelId, volume, volume > 0 ? week.AhtSeconds : 0);
        }

        return rows;
    }

    /// <summary>Every interval start from the week's first local midnight to the next week's, in real time.</summary>
    public static IReadOnlyList<ZonedDateTime> IntervalStarts(Site site, LocalDate weekStart)
    {
        ArgumentNullException.ThrowIfNull(site);
        var start = site.TimeZone.AtStartOfDay(weekStart).ToInstant();
        var end = site.TimeZone.AtStartOfDay(weekStart.PlusDays(7)).ToInstant();
        var starts = new List<ZonedDateTime>();
        for (var t = start; t < end; t += site.IntervalLength)
        {
            starts.Add(t.InZone(site.TimeZone));
        }

        return starts;
    }
}
