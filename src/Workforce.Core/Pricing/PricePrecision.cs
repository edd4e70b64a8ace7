namespace Workforce.Core.Pricing;

/// <summary>
/// The decimals each billing model's price is quoted to, and how a midpoint rounds. A price is rounded
/// once, here, and nowhere else: every cost figure before it keeps full decimal precision.
/// </summary>
/// <param name="PerHourDecimals">Per productive hour (default 2).</param>
/// <param name="PerMinuteDecimals">Per billable minute (default 4: a cent is too coarse for a minute).</param>
/// <param name="PerContactDecimals">Per contact (default 2).</param>
/// <param name="MonthlyFeeDecimals">Fixed monthly fee and the performance model's base fee (default 2).</param>
/// <param name="Rounding">The midpoint rule, stated rather than left to a default.</param>
public sealed record PricePrecision(int PerHourDecimals, int PerMinuteDecimals, int PerContactDecimals, int MonthlyFeeDecimals, MidpointRounding Rounding)
{
    public static PricePrecision Default { get; } = new(2, 4, 2, 2, MidpointRounding.ToEven);

    public int DecimalsFor(BillingModel model) => model switch
    {
        BillingModel.PerProductiveHour => PerHourDecimals,
        BillingModel.PerBillableMinute => PerMinuteDecimals,
        BillingModel.PerContact => PerContactDecimals,
        BillingModel.FixedMonthlyFee or BillingModel.PerformanceBased => MonthlyFeeDecimals,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>Half of the smallest step a price can move at this model's precision.</summary>
    public decimal HalfStep(BillingModel model) => 0.5m / Pow10(DecimalsFor(model));

    public decimal Round(decimal price, BillingModel model) => Math.Round(price, DecimalsFor(model), Rounding);

    private static decimal Pow10(int decimals)
    {
        var value = 1m;
        for (var i = 0; i < decimals; i++)
        {
            value *= 10;
        }

        return value;
    }
}
