using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

/// <summary>
/// The week-4 test of docs/forecast-accuracy.md: train on 1–21 February 1999, forecast 22–28 February
/// half-hourly, compare with what came. Everything the forecaster sees ends on 21 February.
/// </summary>
public class AnonymousBankAccuracyTests
{
    private static readonly IReadOnlyList<ForecastInterval> History = AnonymousBank.History();

    private static readonly Dictionary<NodaTime.Instant, double> Week4Actual =
        History.Where(r => r.Start.Date >= AnonymousBank.Week4).ToDictionary(r => r.Start.ToInstant(), r => r.Volume);

    private static ChannelForecast Forecast(string method) => Forecaster.Forecast(History, AnonymousBank.Request(method)).Single();

    private static double Wape(ChannelForecast forecast, Func<QuantileForecastInterval, double> volume) =>
        forecast.Intervals.Sum(i => Math.Abs(Week4Actual[i.Start.ToInstant()] - volume(i))) / forecast.Intervals.Sum(i => Week4Actual[i.Start.ToInstant()]);

    [Fact]
    public void The_week_has_336_half_hours_and_seasonal_naive_scores_the_published_0_278()
    {
        var naive = Forecast(SeasonalNaiveMethod.MethodName);
        Assert.Equal(336, naive.Intervals.Count);
        Assert.Equal(0.278, Wape(naive, i => i.Mean), 3);
    }

    [Fact]
    public void The_automatic_method_has_a_WAPE_of_at_most_0_23_on_its_volume_and_on_its_mean()
    {
        var auto = Forecast(ForecastMethods.Auto);

        Assert.InRange(Wape(auto, i => i.P50), 0, 0.23);
        Assert.InRange(Wape(auto, i => i.Mean), 0, 0.23);
    }

    [Fact]
    public void The_P10_P90_band_covers_70_to_90_percent_of_half_hours_with_at_least_5_arrivals()
    {
        var auto = Forecast(ForecastMethods.Auto);
        var busy = auto.Intervals.Where(i => Week4Actual[i.Start.ToInstant()] >= 5).ToList();

        var covered = busy.Count(i => Week4Actual[i.Start.ToInstant()] >= i.P10 && Week4Actual[i.Start.ToInstant()] <= i.P90);

        Assert.True(busy.Count > 150, $"only {busy.Count} busy half-hours");
        Assert.InRange((double)covered / busy.Count, 0.70, 0.90);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("seasonal-naive")]
    [InlineData("seasonal-profile")]
    [InlineData("holt-winters-taylor")]
    [InlineData("poisson-regression")]
    public void Removing_the_week_4_rows_leaves_the_fitted_model_and_its_forecast_unchanged(string method)
    {
        var withWeek4 = Forecaster.Forecast(History, AnonymousBank.Request(method)).Single();
        var withoutWeek4 = Forecaster.Forecast([.. History.Where(r => r.Start.Date < AnonymousBank.Week4)], AnonymousBank.Request(method)).Single();

        Assert.Equal(withoutWeek4.Method, withWeek4.Method);
        Assert.Equal(withoutWeek4.Fit.Parameters, withWeek4.Fit.Parameters);
        Assert.Equal(withoutWeek4.Kappa, withWeek4.Kappa);
        Assert.Equal(withoutWeek4.Backtest, withWeek4.Backtest);
        Assert.Equal(withoutWeek4.Intervals, withWeek4.Intervals);
    }

    [Fact]
    public void Changing_the_week_4_rows_changes_nothing_either()
    {
        var doubled = History.Select(r => r.Start.Date >= AnonymousBank.Week4 ? r with { Volume = r.Volume * 2 } : r).ToList();

        var original = Forecast(ForecastMethods.Auto);
        var changed = Forecaster.Forecast(doubled, AnonymousBank.Request(ForecastMethods.Auto)).Single();

        Assert.Equal(original.Intervals, changed.Intervals);
    }

    [Fact]
    public void A_forecast_from_one_day_earlier_does_see_different_data()
    {
        // The control for the look-ahead tests: moving the origin does change the fit, so their equality is not vacuous.
        var earlier = AnonymousBank.Request(ForecastMethods.Auto) with { From = AnonymousBank.Week4.PlusDays(-1) };

        var fromWeek4 = Forecast(ForecastMethods.Auto);
        var fromDayBefore = Forecaster.Forecast(History, earlier).Single();

        Assert.NotEqual(fromWeek4.Backtest, fromDayBefore.Backtest);
    }
}
