using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>
/// A forecast interval with its uncertainty: quantiles of the contacts that will arrive (the interval is
/// half-open, one site interval from <see cref="Start"/>). Each quantile is marginal, for this interval
/// alone; see docs/forecasting.md on why summing P90s over a day overstates the day's P90.
/// </summary>
public sealed record QuantileForecastInterval(
    ZonedDateTime Start,
    string ChannelId,
    double Mean,
    double P10,
    double P50,
    double P80,
    double P90,
    double AhtSeconds)
{
    /// <summary>The volume to staff for at a quantile, as a plain forecast interval.</summary>
    public ForecastInterval At(StaffingQuantile quantile) => new(
        Start,
        ChannelId,
        quantile switch
        {
            StaffingQuantile.P50 => P50,
            StaffingQuantile.P80 => P80,
            StaffingQuantile.P90 => P90,
            _ => throw new ArgumentOutOfRangeException(nameof(quantile), quantile, null),
        },
        AhtSeconds);
}
