using NodaTime;
using Workforce.Core.Sites;

namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// The roster's time grid: interval <c>t</c> is the half-open span
/// [week start + t × interval, week start + (t + 1) × interval), counted in real time from local
/// midnight of the first day, so a clock-change day has 92 or 100 quarter-hours. The horizon is a
/// week unless told otherwise (a benchmark or a rota may plan several). The grid runs past its
/// last day by the longest shift, because a shift that starts on the last evening belongs to the
/// horizon and may run into the next day.
/// </summary>
public sealed class RosterHorizon
{
    public RosterHorizon(Site site, Duration longestShift)
        : this(site, longestShift, Days)
    {
    }

    /// <param name="days">Days planned from the site's week start, ≥ 1.</param>
    public RosterHorizon(Site site, Duration longestShift, int days)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        Site = site;
        DayCount = days;
        Start = site.TimeZone.AtStartOfDay(site.WeekStart).ToInstant();
        WeekEnd = site.TimeZone.AtStartOfDay(site.WeekStart.PlusDays(days)).ToInstant();
        WeekIntervals = checked((int)((WeekEnd - Start).TotalTicks / site.IntervalLength.TotalTicks));
        Intervals = WeekIntervals + (int)Math.Ceiling(longestShift.TotalTicks / (double)site.IntervalLength.TotalTicks);
    }

    /// <summary>Days in a planning week.</summary>
    public const int Days = 7;

    /// <summary>Days planned: <see cref="Days"/> for a week, more for a multi-week horizon.</summary>
    public int DayCount { get; }

    /// <summary>Weeks in the horizon, the last one possibly partial.</summary>
    public int WeekCount => (DayCount + Days - 1) / Days;

    public Site Site { get; }

    public Instant Start { get; }

    /// <summary>Local midnight after the horizon's last day (the week's end for a week).</summary>
    public Instant WeekEnd { get; }

    /// <summary>Intervals inside the horizon's days themselves (demand lives here).</summary>
    public int WeekIntervals { get; }

    /// <summary>All intervals of the grid, including the tail past the week's end.</summary>
    public int Intervals { get; }

    public Duration IntervalLength => Site.IntervalLength;

    public LocalDate DateOf(int day) => Site.WeekStart.PlusDays(day);

    public Instant InstantAt(int interval) => Start + (IntervalLength * interval);

    public ZonedDateTime LocalAt(int interval) => InstantAt(interval).InZone(Site.TimeZone);

    /// <summary>The interval containing <paramref name="instant"/> (may be negative before the week).</summary>
    public int IndexOf(Instant instant) => (int)Math.Floor((instant - Start).TotalTicks / (double)IntervalLength.TotalTicks);

    /// <summary>Whole intervals in a duration, rounded up.</summary>
    public int IntervalsIn(Duration duration) => (int)Math.Ceiling(duration.TotalTicks / (double)IntervalLength.TotalTicks);

    /// <summary>A site-local date-time as an instant; in a skipped hour it moves forward, in a repeated hour it takes the first.</summary>
    public Instant ToInstant(LocalDateTime local) => Site.TimeZone.ResolveLocal(local, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
}
