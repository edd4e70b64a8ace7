namespace Workforce.Core.Pricing;

/// <summary>
/// Prices a bid from a roster: measures the roster week, builds the average month's cost, and sets the
/// price of every billing model so that, at the forecast volume, it earns the profit target.
/// </summary>
public static class BidPricer
{
    public static PriceSheet Price(PricingRoster roster, PricingTerms terms, bool withSensitivity = true)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(terms);
        var week = WeeklyLabour.Measure(roster, terms.Rates);
        var workload = ChannelWorkload.Of(roster.Forecast, terms.Rates.BillableShareOfAht);
        var cost = MonthlyCostModel.Compute(week, workload, roster.Site.Shrinkage.UnplannedFraction, terms.Rates, 1, 0, terms.ContractMonths);
        var fees = PerformanceFeeSimulation.Simulate(ServiceWeeks.From(roster, terms.Performance.Channels), terms.Performance);
        var prices = PricesFor(cost, workload, fees, terms);
        var performance = PerformanceFeeOf(prices, fees);
        var sensitivity = withSensitivity ? SensitivityGrid.Build(roster, terms, week, prices) : [];
        return new PriceSheet(roster.Site.Currency, terms.Target, cost, prices, performance, sensitivity, terms.ContractMonths, terms.Precision);
    }

    /// <summary>Every model's price for a month's cost and work; each price rounded once at its model's precision.</summary>
    public static IReadOnlyList<ModelPrice> PricesFor(MonthlyCost cost, IReadOnlyList<ChannelWorkload> weeklyWorkload, FeeDistribution fees, PricingTerms terms)
    {
        ArgumentNullException.ThrowIfNull(cost);
        ArgumentNullException.ThrowIfNull(weeklyWorkload);
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(terms);
        var monthly = MonthlyCostModel.WeeksPerMonth * MonthlyCostModel.OpenShare(terms.Rates.Holidays);
        var total = cost.Total;
        var target = terms.Target.RevenueFor(total);
        var prices = new List<ModelPrice>
        {
            PerUnit(BillingModel.PerProductiveHour, null, target, cost.ProductiveHours, total, terms.Precision),
            PerUnit(BillingModel.PerBillableMinute, null, target, weeklyWorkload.Sum(w => w.BillableMinutes) * monthly, total, terms.Precision),
        };
        foreach (var channel in weeklyWorkload)
        {
            var channelCost = cost.ByChannel.GetValueOrDefault(channel.ChannelId);
            prices.Add(PerUnit(BillingModel.PerContact, channel.ChannelId, terms.Target.RevenueFor(channelCost), channel.Volume * monthly, channelCost, terms.Precision));
        }

        prices.Add(PerUnit(BillingModel.FixedMonthlyFee, null, target, 1, total, terms.Precision));
        prices.Add(PerUnit(BillingModel.PerformanceBased, null, target, fees.ExpectedFactor, total, terms.Precision));
        return prices;
    }

    private static PerformanceFee PerformanceFeeOf(IReadOnlyList<ModelPrice> prices, FeeDistribution fees)
    {
        var baseFee = prices.Single(p => p.Model == BillingModel.PerformanceBased).UnitPrice;
        return new PerformanceFee(baseFee, baseFee * fees.ExpectedFactor, baseFee * fees.P10Factor, fees);
    }

    /// <summary>Unit price = target revenue ÷ units, rounded once; no units, no price.</summary>
    private static ModelPrice PerUnit(BillingModel model, string? channelId, decimal target, decimal units, decimal cost, PricePrecision precision) =>
        new(model, channelId, units == 0 ? 0 : precision.Round(target / units, model), units, target, cost);
}
