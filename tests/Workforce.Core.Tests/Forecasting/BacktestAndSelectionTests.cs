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
    public void Auto_on_two_weeks_of_the_Anonymous_Bank_backtests_seasonal_naive_and_names_the_methods_it_left_out()
    {
        // 1–14 February 1999: the weekly models need 15 days to be backtested, seasonal naïve 8.
        var forecast = Forecaster.Forecast(AnonymousBank.History(), AnonymousBank.Request(ForecastMethods.Auto) with { From = new LocalDate(1999, 2, 15) }).Single();

        Assert.Equal(SeasonalNaiveMethod.MethodName, forecast.Method);
        Assert.Equal([SeasonalNaiveMethod.MethodName], forecast.Backtest.Select(s => s.Method));
        Assert.Equal([SeasonalProfileMethod.MethodName, TaylorHoltWintersMethod.MethodName, PoissonRegressionMethod.MethodName], forecast.LeftOut.Select(m => m.Method));
        Assert.All(forecast.LeftOut, m => Assert.Equal(15, m.DaysNeeded));
        Assert.Equal(7 * 48, forecast.Intervals.Count);
    }

    [Fact]
    public void Auto_leaves_nothing_out_when_the_history_allows_every_method()
    {
        var history = SyntheticHistory.Make(new LocalDate(2026, 5, 3), 15, SyntheticHistory.OfficeHours);

        var forecast = Forecaster.Forecast(history, SyntheticHistory.Request(new LocalDate(2026, 5, 18), 7)).Single();

        Assert.Empty(forecast.LeftOut);
        Assert.Equal(4, forecast.Backtest.Count);
    }

    [Fact]
    public void Auto_refuses_only_below_the_shortest_methods_minimum_naming_the_channel()
    {
        var history = SyntheticHistory.Make(new LocalDate(2026, 5, 3), 7, SyntheticHistory.OfficeHours);

        var error = Assert.Throws<ForecastInputException>(() => Forecaster.Forecast(history, SyntheticHistory.Request(new LocalDate(2026, 5, 10), 7)));

        Assert.Contains("channel 'phone' has 7 days", error.Message, StringComparison.Ordinal);
        Assert.Contains("seasonal-naive", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekly_model_chosen_by_name_on_fourteen_days_is_refused()
    {
        var history = SyntheticHistory.Make(new LocalDate(2026, 5, 3), 14, SyntheticHistory.OfficeHours);

        var error = Assert.Throws<ForecastInputException>(() => Forecaster.Forecast(history, SyntheticHistory.Request(new LocalDate(2026, 5, 17), 7, SeasonalProfileMethod.MethodName)));

        Assert.Contains("seasonal-profile needs at least 15", error.Message, StringComparison.Ordinal);
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
