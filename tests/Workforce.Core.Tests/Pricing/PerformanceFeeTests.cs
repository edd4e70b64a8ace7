using Workforce.Core.Pricing;
using Xunit.Abstractions;

namespace Workforce.Core.Tests.Pricing;

/// <summary>The performance-based fee, simulated over months of day-level forecast error.</summary>
public class PerformanceFeeTests(ITestOutputHelper output)
{
    [Fact]
    public void The_fee_at_risk_is_above_zero()
    {
        var sheet = BidPricer.Price(PricingFixture.TwoChannelWeek().Build(), PricingFixture.Terms(), withSensitivity: false);

        Assert.True(sheet.Performance.FeeAtRisk > 0, $"fee at risk {sheet.Performance.FeeAtRisk}");
        Assert.True(sheet.Performance.P10Fee < sheet.Performance.ExpectedFee);
    }

    [Fact]
    public void Cutting_on_phone_hours_by_5_percent_raises_the_fee_at_risk()
    {
        var roster = PricingFixture.TwoChannelWeek().Build();
        var terms = PricingFixture.Terms();

        var full = BidPricer.Price(roster, terms, withSensitivity: false).Performance;
        var cut = BidPricer.Price(roster.WithOnPhoneScaled(0.95), terms, withSensitivity: false).Performance;

        output.WriteLine($"full roster: {full}");
        output.WriteLine($"on-phone hours cut 5 %: {cut}");
        Assert.True(cut.Distribution.MeanServiceLevel < full.Distribution.MeanServiceLevel);
        Assert.True(cut.FeeAtRisk > full.FeeAtRisk, $"at risk {cut.FeeAtRisk} after the cut vs {full.FeeAtRisk}");
    }

    [Fact]
    public void Without_forecast_error_the_month_is_the_rosters_projected_service()
    {
        var roster = PricingFixture.TwoChannelWeek().Build();
        var terms = PricingFixture.Terms().Performance with { DailyVolumeCv = 0 };
        var week = ServiceWeeks.From(roster, terms.Channels);

        var fees = PerformanceFeeSimulation.Simulate(week, terms);

        // By hand: the volume-weighted service level of the week at the roster's agents.
        var expected = Enumerable.Range(0, 2).Sum(c => Enumerable.Range(0, 7).Sum(d => week.ServedWithinTarget(c, d, 1)))
            / Enumerable.Range(0, 2).Sum(c => Enumerable.Range(0, 7).Sum(d => week.DayVolume(c, d)));
        Assert.Equal(expected, fees.MeanServiceLevel, 9);
        Assert.Equal(fees.ExpectedFactor, fees.P10Factor);
        Assert.Equal(terms.FeeFactor(expected), fees.ExpectedFactor);
    }

    [Fact]
    public void The_same_seed_gives_the_same_fee_and_another_seed_a_different_draw()
    {
        var roster = PricingFixture.TwoChannelWeek().Build();
        var terms = PricingFixture.Terms().Performance;
        var week = ServiceWeeks.From(roster, terms.Channels);

        var first = PerformanceFeeSimulation.Simulate(week, terms);
        var again = PerformanceFeeSimulation.Simulate(week, terms);
        var other = PerformanceFeeSimulation.Simulate(week, terms with { Seed = 8 });

        Assert.Equal(first, again);
        Assert.NotEqual(first.MeanServiceLevel, other.MeanServiceLevel);
    }

    [Fact]
    public void Days_that_move_together_spread_the_months_more_than_independent_channels()
    {
        var roster = PricingFixture.TwoChannelWeek().Build();
        var terms = PricingFixture.Terms().Performance with { Trials = 1000 };
        var week = ServiceWeeks.From(roster, terms.Channels);

        var together = PerformanceFeeSimulation.Simulate(week, terms with { ChannelCorrelation = 1 });
        var apart = PerformanceFeeSimulation.Simulate(week, terms with { ChannelCorrelation = 0 });

        Assert.True(together.MeanServiceLevel - together.P10ServiceLevel > apart.MeanServiceLevel - apart.P10ServiceLevel);
    }

    [Theory]
    [InlineData(0.50, 0.5)]
    [InlineData(0.60, 0.6)]
    [InlineData(0.785, 0.96)]
    [InlineData(0.80, 1.0)]
    [InlineData(0.849, 1.0)]
    [InlineData(0.87, 1.02)]
    [InlineData(0.99, 1.05)]
    public void A_month_earns_the_band_its_service_level_reaches(double serviceLevel, double factor) =>
        Assert.Equal((decimal)factor, PricingFixture.Terms().Performance.FeeFactor(serviceLevel));
}
