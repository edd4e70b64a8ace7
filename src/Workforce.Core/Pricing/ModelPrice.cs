namespace Workforce.Core.Pricing;

/// <summary>
/// One billing model's price at the forecast volume. <see cref="Units"/> are what the client is billed
/// for in an average month (hours, minutes, contacts, 1 month; for the performance model the expected
/// fee factor, so revenue is always unit price × units).
/// </summary>
/// <param name="ChannelId">The channel, for per-contact prices (one per channel); null otherwise.</param>
/// <param name="UnitPrice">Rounded once, at the model's precision.</param>
/// <param name="TargetRevenue">The revenue the profit target asks for, before rounding the price.</param>
/// <param name="MonthlyCost">The cost this price must cover (a channel's share for per-contact prices).</param>
public sealed record ModelPrice(
    BillingModel Model,
    string? ChannelId,
    decimal UnitPrice,
    decimal Units,
    decimal TargetRevenue,
    decimal MonthlyCost)
{
    public decimal ExpectedMonthlyRevenue => UnitPrice * Units;

    /// <summary>The margin the price earns: (revenue − cost) ÷ revenue.</summary>
    public decimal Margin => ProfitTarget.MarginEarned(ExpectedMonthlyRevenue, MonthlyCost);
}

/// <summary>The performance-based model's simulated fee.</summary>
/// <param name="BaseFee">The monthly base fee (rounded at the monthly-fee precision).</param>
/// <param name="ExpectedFee">Base fee × expected fee factor.</param>
/// <param name="P10Fee">Base fee × the 10th percentile factor: one month in ten earns this or less.</param>
public sealed record PerformanceFee(decimal BaseFee, decimal ExpectedFee, decimal P10Fee, FeeDistribution Distribution)
{
    /// <summary>Expected fee less the P10 fee: what a bad month can take away.</summary>
    public decimal FeeAtRisk => ExpectedFee - P10Fee;
}
