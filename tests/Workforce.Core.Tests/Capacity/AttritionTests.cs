using Workforce.Core.Capacity;

namespace Workforce.Core.Tests.Capacity;

public class AttritionTests
{
    [Fact]
    public void Weekly_survival_compounded_over_a_month_of_weeks_is_one_minus_the_monthly_rate()
    {
        var band = new TenureBand(0, 0.10);

        Assert.Equal(Math.Pow(0.9, 12.0 / 52.0), band.WeeklySurvival, 15);
        Assert.Equal(0.9, Math.Pow(band.WeeklySurvival, 52.0 / 12.0), 12);
    }

    [Theory]
    [InlineData(3, 13)]
    [InlineData(12, 52)]
    [InlineData(6, 26)]
    public void Band_boundaries_in_months_fall_on_weeks_of_tenure(double months, int week) =>
        Assert.Equal(week, TenureBand.WeekOfMonth(months));

    [Fact]
    public void With_no_hires_expected_headcount_after_k_weeks_is_the_compounded_band_survival_across_band_changes()
    {
        // 10 agents of 10 weeks' tenure cross from the 0–3 month band to the 3–12 month band after 3
        // weeks and into the over-12-month band after 42; 8 veterans stay in the last band throughout.
        const int weeks = 60;
        var problem = TinyCapacity.Problem(
            TinyCapacity.Flat(weeks, 10),
            [new AgentCohort("phone", 10, 1, 10), new AgentCohort("phone", AgentCohort.EstablishedWeeks, 1, 8)]);
        var s0 = Math.Pow(0.90, 12.0 / 52.0);
        var s1 = Math.Pow(0.95, 12.0 / 52.0);
        var s2 = Math.Pow(0.975, 12.0 / 52.0);

        var staff = CohortProjection.WithClasses(problem, TinyCapacity.OneClass(weeks, 0, 0));

        for (var k = 0; k < weeks; k++)
        {
            var inBand0 = Math.Min(k, 13 - 10);
            var inBand1 = Math.Clamp(k - 3, 0, 52 - 13);
            var inBand2 = Math.Max(k - 42, 0);
            var expected = (10 * Math.Pow(s0, inBand0) * Math.Pow(s1, inBand1) * Math.Pow(s2, inBand2)) + (8 * Math.Pow(s2, k));
            Assert.Equal(expected, staff.Headcount(k, 0), 9);
            Assert.Equal(expected, staff.InProduction[k][0], 9);
        }
    }

    [Fact]
    public void Survival_over_weeks_multiplies_each_week_in_its_own_band()
    {
        var model = TinyCapacity.Bands;

        var survival = model.Survival(12, 2);

        Assert.Equal(Math.Pow(0.90, 12.0 / 52.0) * Math.Pow(0.95, 12.0 / 52.0), survival, 15);
    }

    [Fact]
    public void An_attrition_of_100_percent_or_more_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TenureBand(0, 1.0));

    [Fact]
    public void Expected_leavers_are_the_headcount_lost_over_the_horizon()
    {
        const int weeks = 20;
        var problem = TinyCapacity.Problem(TinyCapacity.Flat(weeks, 10), [new AgentCohort("phone", 39, 1, 50)]);

        var leavers = PlanCosts.ExpectedLeavers(problem, TinyCapacity.OneClass(weeks, 0, 0));

        Assert.Equal(50 * (1 - Math.Pow(Math.Pow(0.95, 12.0 / 52.0), 13) * Math.Pow(Math.Pow(0.975, 12.0 / 52.0), 7)), leavers, 9);
    }
}
