using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>
/// One channel's history on a local-time grid: whole local days, each cut into the same number of
/// slots of <see cref="IntervalLength"/>. Models see this grid, not real time, so the same slot of the
/// same weekday is always the same position however the clocks change. On a spring-forward day the
/// skipped slots are missing (NaN); on a fall-back day the two real intervals of the repeated hour
/// share one slot, which holds their mean (each is a whole interval of arrivals, so the mean is the
/// rate per interval).
/// </summary>
public sealed class SlotSeries
{
    public SlotSeries(DateTimeZone zone, Duration intervalLength, LocalDate firstDate, int days, double[] volume, double[] ahtSeconds)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentNullException.ThrowIfNull(ahtSeconds);
        SlotsPerDay = SlotsIn(intervalLength);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (volume.Length != days * SlotsPerDay || ahtSeconds.Length != volume.Length)
        {
            throw new ArgumentException($"Expected {days} days of {SlotsPerDay} slots.", nameof(volume));
        }

        Zone = zone;
        IntervalLength = intervalLength;
        FirstDate = firstDate;
        Days = days;
        Volume = volume;
        AhtSeconds = ahtSeconds;
    }

    public DateTimeZone Zone { get; }

    public Duration IntervalLength { get; }

    public LocalDate FirstDate { get; }

    /// <summary>Whole local days in the series.</summary>
    public int Days { get; }

    public int SlotsPerDay { get; }

    /// <summary>The first local date after the series: where a forecast starts.</summary>
    public LocalDate EndDate => FirstDate.PlusDays(Days);

    /// <summary>Contacts per slot, day after day; NaN where the history says nothing.</summary>
    public IReadOnlyList<double> Volume { get; }

    /// <summary>Average handle time per slot; NaN where unknown (no contacts, or not reported).</summary>
    public IReadOnlyList<double> AhtSeconds { get; }

    public int Length => Volume.Count;

    /// <summary>The weekday of day <paramref name="day"/> (0 = <see cref="FirstDate"/>).</summary>
    public IsoDayOfWeek DayOfWeek(int day) => FirstDate.PlusDays(day).DayOfWeek;

    /// <summary>The first <paramref name="days"/> days: the history as it stood at an earlier origin.</summary>
    public SlotSeries Take(int days)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, Days);
        var length = days * SlotsPerDay;
        return new SlotSeries(Zone, IntervalLength, FirstDate, days, [.. Volume.Take(length)], [.. AhtSeconds.Take(length)]);
    }

    /// <summary>The last <paramref name="days"/> days: a window for methods that need only recent history.</summary>
    public SlotSeries Last(int days)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, Days);
        var skip = (Days - days) * SlotsPerDay;
        return new SlotSeries(Zone, IntervalLength, FirstDate.PlusDays(Days - days), days, [.. Volume.Skip(skip)], [.. AhtSeconds.Skip(skip)]);
    }

    /// <summary>
    /// The real intervals of a local date and the slot each falls in, in time order: none for slots the
    /// clocks skip, two for the slots of the repeated hour.
    /// </summary>
    public static IEnumerable<(ZonedDateTime Start, int Slot)> RealIntervals(DateTimeZone zone, Duration intervalLength, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var slots = SlotsIn(intervalLength);
        var found = new List<(ZonedDateTime Start, int Slot)>();
        for (var slot = 0; slot < slots; slot++)
        {
            var local = date.At(LocalTime.FromTicksSinceMidnight(slot * intervalLength.BclCompatibleTicks));
            var mapping = zone.MapLocal(local);
            if (mapping.Count >= 1)
            {
                found.Add((mapping.First(), slot));
            }

            if (mapping.Count == 2)
            {
                found.Add((mapping.Last(), slot));
            }
        }

        return found.OrderBy(f => f.Start.ToInstant());
    }

    /// <summary>Slots in a day for an interval length, which must divide the day.</summary>
    public static int SlotsIn(Duration intervalLength)
    {
        var day = Duration.FromDays(1).BclCompatibleTicks;
        if (intervalLength <= Duration.Zero || day % intervalLength.BclCompatibleTicks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(intervalLength), intervalLength, "Must be positive and divide a day.");
        }

        return (int)(day / intervalLength.BclCompatibleTicks);
    }
}
