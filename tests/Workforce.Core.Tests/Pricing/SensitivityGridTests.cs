using Workforce.Core.Pricing;
using Xunit.Abstractions;

namespace Workforce.Core.Tests.Pricing;

/// <summary>Who carries the volume and handle-time risk under each billing model.</summary>
public class SensitivityGridTests(ITestOutputHelper output)
{
    private static readonly Lazy<PriceSheet> Sheet = new(() => BidPricer.Price(PricingFixture.TwoChannelWeek().Build(), PricingFixture.Terms(trials: 200)));

    [Fact]
    public void The_grid_has_every_cell_and_its_base_cell_is_the_real_roster()
    {
        var sheet = Sheet.Value;

        Assert.Equal(5 * 3 * 3, sheet.Sensitivity.Count);
        var baseCell = sheet.Sensitivity.Single(c => c.IsBase);
        Assert.Equal(1m, baseCell.PaidHoursFactor);
        Assert.Equal(sheet.Cost.Total, baseCell.MonthlyCost);
        Assert.Equal(sheet.Prices.Single(p => p.Model == BillingModel.PerProductiveHour).Margin, baseCell.MarginOf(BillingModel.PerProductiveHour));
        Assert.Equal(sheet.Prices.Single(p => p.Model == BillingModel.FixedMonthlyFee).Margin, baseCell.MarginOf(BillingModel.FixedMonthlyFee));
    }

    [Fact]
    public void At_aht_plus_10_percent_per_contact_margin_falls_5_points_and_per_hour_margin_holds()
    {
        var sheet = Sheet.Value;
        var baseCell = Cell(sheet, 0, 0, 0);
        var longer = Cell(sheet, 0, 0.1, 0);

        output.WriteLine($"per contact {baseCell.MarginOf(BillingModel.PerContact):P2} -> {longer.MarginOf(BillingModel.PerContact):P2}; per hour {baseCell.MarginOf(BillingModel.PerProductiveHour):P2} -> {longer.MarginOf(BillingModel.PerProductiveHour):P2}");
        Assert.True(longer.PaidHoursFactor > 1.05m);
        Assert.True(
            baseCell.MarginOf(BillingModel.PerContact) - longer.MarginOf(BillingModel.PerContact) >= 0.05m,
            $"per contact {baseCell.MarginOf(BillingModel.PerContact)} -> {longer.MarginOf(BillingModel.PerContact)}");
        Assert.InRange(longer.MarginOf(BillingModel.PerProductiveHour) - baseCell.MarginOf(BillingModel.PerProductiveHour), -0.005m, 0.005m);
    }

    [Fact]
    public void At_volume_minus_20_percent_volume_priced_margins_fall_and_the_fixed_fee_margin_rises()
    {
        var sheet = Sheet.Value;
        var baseCell = Cell(sheet, 0, 0, 0);
        var quieter = Cell(sheet, -0.2, 0, 0);

        output.WriteLine(string.Join("; ", BillingModels.All.Select(m => $"{m} {baseCell.MarginOf(m):P2} -> {quieter.MarginOf(m):P2}")));
        Assert.True(quieter.MarginOf(BillingModel.PerContact) < baseCell.MarginOf(BillingModel.PerContact));
        Assert.True(quieter.MarginOf(BillingModel.PerBillableMinute) < baseCell.MarginOf(BillingModel.PerBillableMinute));
        Assert.True(quieter.MarginOf(BillingModel.FixedMonthlyFee) > baseCell.MarginOf(BillingModel.FixedMonthlyFee));
    }

    [Fact]
    public void More_attrition_costs_more_and_lowers_every_margin()
    {
        var sheet = Sheet.Value;
        var baseCell = Cell(sheet, 0, 0, 0);
        var churn = Cell(sheet, 0, 0, 0.5);

        Assert.Equal(2m * 0.5m * 2500m * 1.1m, churn.MonthlyCost - baseCell.MonthlyCost);
        Assert.All(BillingModels.All, m => Assert.True(churn.MarginOf(m) < baseCell.MarginOf(m)));
    }

    private static SensitivityCell Cell(PriceSheet sheet, double volume, double aht, double attrition) =>
        sheet.Sensitivity.Single(c => c.VolumeChange == volume && c.AhtChange == aht && c.AttritionChange == attrition);
}
