using NodaTime;
using Workforce.Core.Planning;

namespace Workforce.Core.Tests.Planning;

public class ReplanWindowTests
{
    // Site weeks start on Mondays: 2026-03-02 is one.
    private static readonly LocalDate SiteWeek = new(2026, 3, 2);

    [Fact]
    public void The_freeze_window_ends_the_day_before_the_first_open_day_and_that_days_week_is_rostered()
    {
        var window = ReplanWindow.For(SiteWeek, new LocalDate(2026, 3, 17), freezeDays: 2, horizonDays: 7);

        Assert.Equal(new LocalDate(2026, 3, 19), window.FirstOpenDay);
        Assert.Equal(new LocalDate(2026, 3, 18), window.FrozenThrough);
        Assert.Equal(new LocalDate(2026, 3, 16), window.WeekStart);
        Assert.Equal(new LocalDate(2026, 3, 22), window.WeekEnd);
    }

    [Fact]
    public void A_first_open_day_in_the_next_week_rosters_the_next_week()
    {
        var window = ReplanWindow.For(SiteWeek, new LocalDate(2026, 3, 21), freezeDays: 2, horizonDays: 7);

        Assert.Equal(new LocalDate(2026, 3, 23), window.WeekStart);
    }

    [Fact]
    public void The_week_grid_runs_back_from_a_site_week_that_starts_later()
    {
        var window = ReplanWindow.For(SiteWeek, new LocalDate(2026, 2, 18), freezeDays: 0, horizonDays: 1);

        Assert.Equal(new LocalDate(2026, 2, 16), window.WeekStart);
    }

    [Fact]
    public void No_freeze_days_make_the_plan_date_the_first_open_day()
    {
        var window = ReplanWindow.For(SiteWeek, new LocalDate(2026, 3, 4), freezeDays: 0, horizonDays: 7);

        Assert.Equal(new LocalDate(2026, 3, 4), window.FirstOpenDay);
        Assert.Equal(new LocalDate(2026, 3, 3), window.FrozenThrough);
    }

    [Fact]
    public void The_forecast_runs_from_the_plan_date_to_the_end_of_the_week_rostered()
    {
        var window = ReplanWindow.For(SiteWeek, new LocalDate(2026, 3, 3), freezeDays: 2, horizonDays: 3);

        Assert.Equal(new LocalDate(2026, 3, 8), window.ForecastThrough);
        Assert.Equal(6, window.ForecastDays);
    }

    [Fact]
    public void The_forecast_reaches_the_end_of_the_horizon_when_that_is_later_than_the_week()
    {
        var window = ReplanWindow.For(SiteWeek, new LocalDate(2026, 3, 3), freezeDays: 2, horizonDays: 14);

        Assert.Equal(new LocalDate(2026, 3, 16), window.ForecastThrough);
        Assert.Equal(14, window.ForecastDays);
    }
}
