using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>
/// The shape of a week of arrivals: the relative intensity of each weekday and time of day, on a
/// grid of <see cref="SlotLength"/>. Intensities are normalised so that the whole week sums to 1.
/// </summary>
public sealed class WeeklyArrivalProfile
{
    private readonly double[][] _shares;

    /// <param name="slotLength">Grid of the profile; must divide a day.</param>
    /// <param name="sharesByDay">Per ISO weekday (Monday first), non-negative weights per slot of the day.</param>
    public WeeklyArrivalProfile(Duration slotLength, IReadOnlyList<IReadOnlyList<double>> sharesByDay)
    {
        ArgumentNullException.ThrowIfNull(sharesByDay);
        if (slotLength <= Duration.Zero || Duration.FromDays(1).TotalTicks % slotLength.TotalTicks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slotLength), slotLength, "Must be positive and divide a day.");
        }

        var slotsPerDay = (int)(Duration.FromDays(1).TotalTicks / slotLength.TotalTicks);
        if (sharesByDay.Count != 7 || sharesByDay.Any(d => d.Count != slotsPerDay))
        {
            throw new ArgumentException($"Expected 7 days of {slotsPerDay} slots.", nameof(sharesByDay));
        }

        var total = sharesByDay.Sum(d => d.Sum());
        if (!double.IsFinite(total) || total <= 0 || sharesByDay.Any(d => d.Any(s => !double.IsFinite(s) || s < 0)))
        {
            throw new ArgumentException("Shares must be finite, non-negative and not all zero.", nameof(sharesByDay));
        }

        SlotLength = slotLength;
        _shares = [.. sharesByDay.Select(d => d.Select(s => s / total).ToArray())];
    }

    public Duration SlotLength { get; }

    public int SlotsPerDay => _shares[0].Length;

    /// <summary>The share of a week's arrivals in the slot of that weekday that contains <paramref name="timeOfDay"/>.</summary>
    public double SlotShare(IsoDayOfWeek day, LocalTime timeOfDay) =>
        _shares[(int)day - 1][(int)(timeOfDay.TickOfDay / SlotLength.TotalTicks)];

    /// <summary>The share of a whole weekday.</summary>
    public double DayShare(IsoDayOfWeek day) => _shares[(int)day - 1].Sum();

    /// <summary>
    /// A copy moved later in the day by <paramref name="shift"/> (wrapping within each day): chat and
    /// social messages peak later than calls.
    /// </summary>
    public WeeklyArrivalProfile ShiftedLater(Duration shift)
    {
        var slots = (int)(shift.TotalTicks / SlotLength.TotalTicks);
        var shifted = _shares.Select(day =>
            (IReadOnlyList<double>)[.. Enumerable.Range(0, day.Length).Select(i => day[(((i - slots) % day.Length) + day.Length) % day.Length])]);
        return new WeeklyArrivalProfile(SlotLength, [.. shifted]);
    }

    /// <summary>
    /// A copy blended with a flat profile over the same open slots: <paramref name="flatWeight"/> 0
    /// keeps the shape, 1 spreads each day evenly over the slots that were open (email is flatter than calls).
    /// </summary>
    public WeeklyArrivalProfile Flattened(double flatWeight)
    {
        if (!double.IsFinite(flatWeight) || flatWeight is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(flatWeight), flatWeight, "Must lie in [0, 1].");
        }

        var blended = _shares.Select(day =>
        {
            var open = day.Count(s => s > 0);
            var flat = open == 0 ? 0 : day.Sum() / open;
            return (IReadOnlyList<double>)[.. day.Select(s => s > 0 ? ((1 - flatWeight) * s) + (flatWeight * flat) : 0)];
        });
        return new WeeklyArrivalProfile(SlotLength, [.. blended]);
    }
}
