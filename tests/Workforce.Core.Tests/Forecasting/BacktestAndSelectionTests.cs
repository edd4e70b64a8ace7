using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

public class BacktestAndSelectionTests
{
    [Fact]
    public void Three_weeks_give_seven_daily_origins_with_horizons_shortening_to_the_end()
    {
        Assert.Equal([14, 15, 16, 17, 18, 19, 20], RollingOriginBacktest.Origins(21, 14));
    }

    [Fact]
    public void A_long_history_is_tested_on_seven_full_weeks_ahead()
    {
        Assert.Equal([87, 88, 89, 90, 91, 92, 93], RollingOriginBacktest.Origins(100, 14));
    }

    [Fact]
    public void Too_short_a_history_leaves_no_origin()
    {
        Assert.Empty(RollingOriginBacktest.Origins(14, 14));
    }

    [Fact]
    public void Auto_picks_the_method_with_the_lowest_backtest_WAPE()
    {
        var history = SyntheticHistory.Make(new LocalDate(2026, 5, 3), 28, SyntheticHistory.OfficeHours);

        var forecast = Forecaster.Forecast(history, SyntheticHistory.Request(new LocalDate(2026, 5, 31), 7)).Single();

        Assert.Equal(4, forecast.Backtest.Count);
        Assert.Equal(forecast.Backtest.Min(s => s.Wape), forecast.Backtest.Single(s => s.Method == forecast.Method).Wape);
    }

    [Fact]
    public void Fewer_than_fifteen_days_for_the_weekly_models_is_refused_naming_the_channel()
    {
        var history = SyntheticHistory.Make(new LocalDate(2026, 5, 3), 14, SyntheticHistory.OfficeHours);

        var error = Assert.Throws<ForecastInputException>(() => Forecaster.Forecast(history, SyntheticHistory.Request(new LocalDate(2026, 5, 17), 7)));

        Assert.Contains("channel 'phone' has 14 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seasonal_naive_method_alone_works_from_eight_days()
    {
        var history = SyntheticHistory.Make(new LocalDate(2026, 5, 3), 8, SyntheticHistory.OfficeHours);

        var forecast = Forecaster.Forecast(history, SyntheticHistory.Request(new LocalDate(2026, 5, 11), 7, SeasonalNaiveMethod.MethodName)).Single();

        Assert.Equal(7 * 96, forecast.Intervals.Count);
    }

    [Fact]
    public void A_history_that_ends_before_the_forecast_start_is_forecast_across_the_gap()
    {
        var history = SyntheticHistory.Make(new LocalDate(2026, 5, 3), 21, SyntheticHistory.OfficeHours);

        var forecast = Forecaster.Forecast(history, SyntheticHistory.Request(new LocalDate(2026, 6, 7), 7)).Single();

        var monday12 = forecast.Intervals.Single(i => i.Start.LocalDateTime == new LocalDateTime(2026, 6, 8, 12, 0));
        Assert.Equal(SyntheticHistory.OfficeHours(monday12.Start.LocalDateTime), monday12.Mean, 1.0);
    }
}
