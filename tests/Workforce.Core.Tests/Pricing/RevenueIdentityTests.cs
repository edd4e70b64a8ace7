using Workforce.Core.Pricing;

namespace Workforce.Core.Tests.Pricing;

/// <summary>
/// At the forecast volume every model's expected revenue is cost ÷ (1 − margin), or cost × (1 + markup),
/// within its rounding: half the price step × the units billed.
/// </summary>
public class RevenueIdentityTests
{
    public static TheoryData<string> Targets => new() { "margin 0.2", "markup 0.25", "margin 0.35", "markup 0.1" };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_model_earns_the_target_within_its_rounding(string targetText)
    {
        var parts = targetText.Split(' ');
        var fraction = decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        ProfitTarget target = parts[0] == "margin" ? new Margin(fraction) : new Markup(fraction);
        var terms = PricingFixture.Terms(target);

        var sheet = BidPricer.Price(PricingFixture.TwoChannelWeek().Build(), terms, withSensitivity: false);

        Assert.Equal(6, sheet.Prices.Count);
        foreach (var price in sheet.Prices)
        {
            var expected = target.RevenueFor(price.MonthlyCost);
            var tolerance = terms.Precision.HalfStep(price.Model) * price.Units;
            Assert.True(
                Math.Abs(price.ExpectedMonthlyRevenue - expected) <= tolerance,
                $"{price.Model} {price.ChannelId}: revenue {price.ExpectedMonthlyRevenue} vs {expected} (tolerance {tolerance})");
            Assert.True(price.Units > 0);
        }

        var perContact = sheet.Prices.Where(p => p.Model == BillingModel.PerContact).ToList();
        Assert.Equal(sheet.Cost.Total, perContact.Sum(p => p.MonthlyCost), 20);
    }

    [Fact]
    public void The_performance_model_earns_the_target_at_its_expected_fee()
    {
        var terms = PricingFixture.Terms();
        var sheet = BidPricer.Price(PricingFixture.TwoChannelWeek().Build(), terms, withSensitivity: false);

        var target = terms.Target.RevenueFor(sheet.Cost.Total);
        Assert.True(Math.Abs(sheet.Performance.ExpectedFee - target) <= 0.005m * sheet.Performance.Distribution.ExpectedFactor);
        Assert.NotEqual(1m, sheet.Performance.Distribution.ExpectedFactor);
    }

    [Fact]
    public void A_20_percent_margin_and_a_25_percent_markup_price_alike_but_a_20_percent_markup_does_not()
    {
        Assert.Equal(125m, new Margin(0.2m).RevenueFor(100m));
        Assert.Equal(125m, new Markup(0.25m).RevenueFor(100m));
        Assert.Equal(120m, new Markup(0.2m).RevenueFor(100m));
        Assert.Equal(0.2m, ProfitTarget.MarginEarned(125m, 100m));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.2)]
    [InlineData(-0.1)]
    public void A_margin_outside_0_to_1_is_refused(double fraction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Margin((decimal)fraction));

    [Fact]
    public void A_negative_markup_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => new Markup(-0.01m));

    [Fact]
    public void Prices_are_rounded_once_at_each_models_precision()
    {
        var sheet = BidPricer.Price(PricingFixture.TwoChannelWeek().Build(), PricingFixture.Terms(), withSensitivity: false);

        foreach (var price in sheet.Prices)
        {
            var decimals = PricePrecision.Default.DecimalsFor(price.Model);
            Assert.Equal(Math.Round(price.UnitPrice, decimals), price.UnitPrice);
            Assert.Equal(Math.Round(price.TargetRevenue / price.Units, decimals, MidpointRounding.ToEven), price.UnitPrice);
        }
    }
}
