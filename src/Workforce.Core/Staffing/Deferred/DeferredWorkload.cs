namespace Workforce.Core.Staffing.Deferred;

/// <summary>
/// One deferred channel (email, social messages, after-sales tickets) over a horizon of
/// consecutive intervals of equal length. Interval <c>i</c> covers the half-open time range
/// [i × <see cref="IntervalLength"/>, (i + 1) × <see cref="IntervalLength"/>) from the start of the horizon.
/// </summary>
/// <param name="Volumes">Items arriving in each interval; finite and not negative. Fractions are allowed (forecasts).</param>
/// <param name="AhtSeconds">
/// Average handle time of the items arriving in each interval, in seconds; finite and positive
/// wherever the volume is positive, ignored where the volume is 0.
/// </param>
/// <param name="IntervalLength">Length of every interval; positive.</param>
/// <param name="ResponseWindow">
/// The T of "X % answered within T"; at least one interval. Planning uses the whole intervals it
/// contains, w = floor(window ÷ interval), so a window that is not a multiple of the interval is
/// rounded down (conservative).
/// </param>
/// <param name="MaxOccupancy">
/// Share of an interval in which an agent on this channel does productive work, in (0, 1].
/// </param>
public sealed record DeferredWorkload(
    IReadOnlyList<double> Volumes,
    IReadOnlyList<double> AhtSeconds,
    TimeSpan IntervalLength,
    TimeSpan ResponseWindow,
    double MaxOccupancy);
