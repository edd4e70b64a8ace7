namespace Workforce.Core.Pricing;

/// <summary>One step of a performance schedule: from this monthly service level up, the fee moves by this share.</summary>
/// <param name="FromServiceLevel">Lowest monthly service level the step applies to, in [0, 1].</param>
/// <param name="FeeAdjustment">Bonus (+) or penalty (−) as a share of the base fee; &gt; −1.</param>
public sealed record PerformanceBand(double FromServiceLevel, decimal FeeAdjustment);

/// <summary>
/// The performance-based fee: a base fee a month plus the adjustment of the highest band the month's
/// service level reaches. Service level is measured as the contract measures it: over the whole month,
/// weighted by volume, on the listed live channels.
/// </summary>
/// <param name="Bands">The schedule; one band starts at 0, so every month falls in one.</param>
/// <param name="Channels">Live channels whose service the contract measures.</param>
/// <param name="DailyVolumeCv">The forecast's error as the coefficient of variation of a day's volume (0.08 = ±8 %).</param>
/// <param name="ChannelCorrelation">Correlation of the day's errors between channels, in [0, 1].</param>
/// <param name="Trials">Simulated months.</param>
/// <param name="Seed">Random seed of the draws, so a price repeats exactly.</param>
public sealed record PerformanceTerms(
    IReadOnlyList<PerformanceBand> Bands,
    IReadOnlyList<string> Channels,
    double DailyVolumeCv,
    double ChannelCorrelation,
    int Trials,
    int Seed)
{
    /// <summary>The fee factor (1 + adjustment) of the band a service level reaches.</summary>
    public decimal FeeFactor(double serviceLevel)
    {
        var band = Bands.Where(b => serviceLevel >= b.FromServiceLevel - 1e-12).MaxBy(b => b.FromServiceLevel)
            ?? Bands.MinBy(b => b.FromServiceLevel)!;
        return 1 + band.FeeAdjustment;
    }
}
