using Workforce.Core.Pricing;

namespace Workforce.Core.Tests.Pricing;

/// <summary>The worked example of docs/pricing.md, to the cent. Every expected figure is computed by hand in the doc.</summary>
public class WorkedExampleTests
{
    /// <summary>Three agents, one phone channel, every paid hour on the phones (docs/pricing.md, "A worked example").</summary>
    internal static PricingRoster Roster()
    {
        var fixture = new PricingFixture(PricingFixture.Voice("phone"));
        fixture.Contracts.Add(PricingFixture.Contract("late", 40));
        fixture.Agent("A1", 20m, "day").Agent("A2", 20m, "late").Agent("A3", 18m, "weekend");
        for (var day = 0; day < 5; day++)
        {
            fixture.Shift("A1", day, 9, 8).Shift("A2", day, 16, 8);
        }

        fixture.Shift("A3", 5, 9, 8).Shift("A3", 6, 9, 8);
        for (var day = 0; day < 7; day++)
        {
            for (var hour = 0; hour < 24; hour++)
            {
                var atWork = day < 5
                    ? (hour is >= 9 and < 17 ? 1 : 0) + (hour >= 16 ? 1 : 0)
                    : hour is >= 9 and < 17 ? 1 : 0;
                if (atWork > 0)
                {
                    fixture.Coverage("phone", day, hour, atWork).Forecast("phone", day, hour, 6 * atWork, 300);
                }
            }
        }

        return fixture.Build();
    }

    internal static PricingTerms Terms() => new(
        new CostRates(
            0.20m,
            0.5m,
            new Dictionary<string, decimal>(),
            new PublicHolidayTerms(6, 1m, false),
            new AttritionCost(0.1m, 1000m, 1500m),
            [new SupportRole("Team leader", 15, 1200m)],
            150m,
            0.10m,
            new Dictionary<string, decimal> { ["phone"] = (230m + 30m) / (230m + 30m + 40m) }),
        new Margin(0.20m),
        PricePrecision.Default,
        new PerformanceTerms([new PerformanceBand(0, 0m)], ["phone"], 0, 0, 100, 1),
        12);

    [Fact]
    public void The_roster_week_costs_what_the_doc_adds_up()
    {
        var week = WeeklyLabour.Measure(Roster(), Terms().Rates);

        Assert.Equal(96m, week.PaidHours);
        Assert.Equal(1888m, week.BasePay);
        Assert.Equal(50m, week.NightPremiumPay);
        Assert.Equal(144m, week.WeekendPremiumPay);
        Assert.Equal(25m, week.OvertimePay);
        Assert.Equal(3m, week.HeadCount);
        Assert.Equal(2m, week.Workstations);
        Assert.Equal(96m, week.OnPhoneAgentHours);
    }

    [Fact]
    public void The_month_costs_14155_05_line_by_line()
    {
        var cost = BidPricer.Price(Roster(), Terms(), withSensitivity: false).Cost;

        Assert.Equal(8181.33m, Cents(cost.BasePay));
        Assert.Equal(216.67m, Cents(cost.NightPremiumPay));
        Assert.Equal(624.00m, Cents(cost.WeekendPremiumPay));
        Assert.Equal(108.33m, Cents(cost.OvertimePay));
        Assert.Equal(134.86m, Cents(cost.PublicHolidayPremiumPay));
        Assert.Equal(1853.04m, Cents(cost.EmployerOnCosts));
        Assert.Equal(250.00m, Cents(cost.AttritionReplacement));
        Assert.Equal(1200.00m, Cents(cost.SupportStaff));
        Assert.Equal(300.00m, Cents(cost.Seats));
        Assert.Equal(1286.82m, Cents(cost.Overhead));
        Assert.Equal(14155.05m, Cents(cost.Total));
        Assert.Equal(34.03m, Cents(cost.PerPaidHour));
        Assert.Equal(37.81m, Cents(cost.PerProductiveHour));
        Assert.Equal(68.05m, Cents(cost.PerHandledHour));
    }

    [Fact]
    public void The_prices_are_the_docs_to_their_precision()
    {
        var prices = BidPricer.Price(Roster(), Terms(), withSensitivity: false).Prices;

        Assert.Equal(47.26m, Price(prices, BillingModel.PerProductiveHour));
        Assert.Equal(1.6359m, Price(prices, BillingModel.PerBillableMinute));
        Assert.Equal(7.09m, Price(prices, BillingModel.PerContact));
        Assert.Equal(17693.81m, Price(prices, BillingModel.FixedMonthlyFee));
        Assert.Equal(374.4m, prices.Single(p => p.Model == BillingModel.PerProductiveHour).Units);
        Assert.Equal(2496m, prices.Single(p => p.Model == BillingModel.PerContact).Units);
    }

    private static decimal Price(IReadOnlyList<ModelPrice> prices, BillingModel model) => prices.Single(p => p.Model == model).UnitPrice;

    private static decimal Cents(decimal money) => Math.Round(money, 2, MidpointRounding.ToEven);
}
