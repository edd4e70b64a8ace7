using Workforce.Core.Pricing;
using Workforce.Core.Rostering.Reporting;

namespace Workforce.Core.Tests.Pricing;

/// <summary>Cost comes from the roster: its premiums, overtime, people and seats, and its hours per channel.</summary>
public class CostFollowsRosterTests
{
    [Fact]
    public void Raising_the_rosters_night_hours_raises_the_per_hour_price()
    {
        var day = PricingFixture.TwoChannelWeek().Build();
        // The same shifts, a third of them moved to 16:00–04:00: the same paid hours, six of them at night.
        var night = day with
        {
            Shifts = [.. day.Shifts.Select((s, i) => i % 3 == 0 ? s with { ShiftStart = s.ShiftStart.PlusHours(8), ShiftEnd = s.ShiftEnd.PlusHours(8) } : s)],
        };

        var dayPrice = PerHour(day);
        var nightPrice = PerHour(night);

        Assert.True(WeeklyLabour.Measure(night, PricingFixture.Terms().Rates).NightPremiumPay > 0);
        Assert.Equal(0m, WeeklyLabour.Measure(day, PricingFixture.Terms().Rates).NightPremiumPay);
        Assert.True(nightPrice > dayPrice, $"night {nightPrice} vs day {dayPrice}");
    }

    [Fact]
    public void A_channel_with_twice_the_aht_gets_about_twice_the_per_contact_price()
    {
        var sheet = BidPricer.Price(PricingFixture.TwoChannelWeek(phoneAht: 300, techAht: 600).Build(), PricingFixture.Terms(), withSensitivity: false);

        var phone = sheet.Prices.Single(p => p.Model == BillingModel.PerContact && p.ChannelId == "phone").UnitPrice;
        var tech = sheet.Prices.Single(p => p.Model == BillingModel.PerContact && p.ChannelId == "tech").UnitPrice;

        // Erlang pooling makes twice the work take a little less than twice the agents.
        Assert.InRange(tech / phone, 1.85m, 2.05m);
    }

    [Fact]
    public void Night_and_weekend_hours_pay_the_contracts_premiums()
    {
        var fixture = new PricingFixture(PricingFixture.Voice("phone")).Agent("A", 20m, "day");
        fixture.Shift("A", 5, 20, 4); // Saturday 20:00–24:00: 4 weekend hours, 2 of them at night.
        var week = WeeklyLabour.Measure(fixture.Build(), PricingFixture.Terms().Rates);

        Assert.Equal(80m, week.BasePay);
        Assert.Equal(20m * 0.25m * 2, week.NightPremiumPay);
        Assert.Equal(20m * 0.5m * 4, week.WeekendPremiumPay);
    }

    [Fact]
    public void Unpaid_time_in_a_shift_lowers_every_hours_premium_evenly()
    {
        var fixture = new PricingFixture(PricingFixture.Voice("phone")).Agent("A", 20m, "day");
        fixture.Shift("A", 0, 20, 4, paidHours: 3); // 22:00–24:00 at night, a quarter of the span unpaid.
        var week = WeeklyLabour.Measure(fixture.Build(), PricingFixture.Terms().Rates);

        Assert.Equal(60m, week.BasePay);
        Assert.Equal(20m * 0.25m * 1.5m, week.NightPremiumPay);
    }

    [Fact]
    public void Paid_hours_above_the_overtime_threshold_pay_the_overtime_premium()
    {
        var fixture = new PricingFixture(PricingFixture.Voice("phone")).Agent("A", 20m, "day");
        for (var day = 0; day < 5; day++)
        {
            fixture.Shift("A", day, 8, 8);
        }

        var rates = PricingFixture.Terms().Rates;
        Assert.Equal(2.5m * 20m * 0.5m, WeeklyLabour.Measure(fixture.Build(), rates).OvertimePay);
        var withThreshold = rates with { OvertimeThresholdHours = new Dictionary<string, decimal> { ["day"] = 40m } };
        Assert.Equal(0m, WeeklyLabour.Measure(fixture.Build(), withThreshold).OvertimePay);
    }

    [Fact]
    public void Seats_are_the_most_agents_at_work_at_once_and_support_rounds_up_to_whole_people()
    {
        var fixture = new PricingFixture(PricingFixture.Voice("phone"));
        for (var n = 0; n < 16; n++)
        {
            fixture.Agent($"A{n}", 10m).Shift($"A{n}", 0, n < 10 ? 8 : 16, 8);
        }

        var week = WeeklyLabour.Measure(fixture.Build(), PricingFixture.Terms().Rates);
        var cost = MonthlyCostModel.Compute(week, [], 0, PricingFixture.Terms().Rates, 1, 0, 12);

        Assert.Equal(10m, week.Workstations);
        Assert.Equal(16m, week.HeadCount);
        Assert.Equal(2 * 3600m, cost.SupportStaff);
        Assert.Equal(10 * 150m, cost.Seats);
    }

    [Fact]
    public void Pay_matches_the_roster_engines_own_labour_cost()
    {
        // A shift on Friday 20:00 to Saturday 04:00 crosses night and the weekend, both counted by the interval start.
        var fixture = new PricingFixture(PricingFixture.Voice("phone")).Agent("A", 17.5m, "day");
        fixture.Shift("A", 4, 20, 8, paidHours: 7.5);
        var week = WeeklyLabour.Measure(fixture.Build(), PricingFixture.Terms().Rates);

        // By hand: 8 intervals, 6 at night (22–04), 4 on Saturday, each paid 7.5/8 of an hour.
        var share = 7.5m / 8m;
        Assert.Equal((17.5m * 8 * share) + (17.5m * 0.25m * 6 * share) + (17.5m * 0.5m * 4 * share), week.BasePay + week.NightPremiumPay + week.WeekendPremiumPay);
    }

    [Fact]
    public void A_site_closed_on_public_holidays_serves_and_bills_fewer_days_but_pays_them()
    {
        var roster = WorkedExampleTests.Roster();
        var open = WorkedExampleTests.Terms();
        var closed = open with { Rates = open.Rates with { Holidays = new PublicHolidayTerms(7, 1m, true) } };

        var openCost = BidPricer.Price(roster, open, withSensitivity: false);
        var closedCost = BidPricer.Price(roster, closed, withSensitivity: false);

        Assert.Equal(0m, closedCost.Cost.PublicHolidayPremiumPay);
        Assert.Equal(openCost.Cost.BasePay, closedCost.Cost.BasePay);
        var contacts = closedCost.Prices.Single(p => p.Model == BillingModel.PerContact).Units;
        Assert.Equal(576m * 52 / 12 * (1 - (7m / 364)), contacts);
    }

    private static decimal PerHour(PricingRoster roster) =>
        BidPricer.Price(roster, PricingFixture.Terms(), withSensitivity: false).Prices.Single(p => p.Model == BillingModel.PerProductiveHour).UnitPrice;

    internal static RosterRow Moved(RosterRow row, int hours) => row with { ShiftStart = row.ShiftStart.PlusHours(hours), ShiftEnd = row.ShiftEnd.PlusHours(hours) };
}
