using Workforce.Core.Forecasting;

namespace Workforce.Core.Pricing;

/// <summary>
/// The day-level volume error the performance-fee simulation draws, taken from the forecast itself when
/// Workforce made it. The forecast's counts are negative binomial whose rate carries one gamma factor
/// per day with variance κ (docs/forecasting.md), so a day's volume multiplier has a coefficient of
/// variation of √κ; channels are weighted by their forecast volume.
/// </summary>
public static class ForecastVolumeError
{
    public static double DailyCv(IReadOnlyList<ChannelForecast> forecasts)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        var weighted = forecasts.Select(f => (Cv: Math.Sqrt(Math.Max(f.Kappa, 0)), Volume: f.Intervals.Sum(i => i.Mean))).ToList();
        var total = weighted.Sum(w => w.Volume);
        return total > 0 ? weighted.Sum(w => w.Cv * w.Volume) / total : 0;
    }
}
