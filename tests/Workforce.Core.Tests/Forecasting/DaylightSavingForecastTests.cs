using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

/// <summary>Europe/London: clocks go forward on 29 March 2026 and back on 25 October 2026.</summary>
public class DaylightSavingForecastTests
{
    private static readonly LocalDate SpringForward = new(2026, 3, 29);
    private static readonly LocalDate FallBack = new(2026, 10, 25);

    [Fact]
    public void A_spring_forward_day_has_92_quarter_hours_and_a_fall_back_day_100()
    {
        Assert.Equal(92, SlotSeries.RealIntervals(SyntheticHistory.London, SyntheticHistory.QuarterHour, SpringForward).Count());
        Assert.Equal(100, SlotSeries.RealIntervals(SyntheticHistory.London, SyntheticHistory.QuarterHour, FallBack).Count());
        Assert.Equal(96, SlotSeries.RealIntervals(SyntheticHistory.London, SyntheticHistory.QuarterHour, FallBack.PlusDays(1)).Count());
    }

    [Theory]
    [InlineData("seasonal-naive")]
    [InlineData("seasonal-profile")]
    [InlineData("holt-winters-taylor")]
    [InlineData("poisson-regression")]
    public void A_history_spanning_the_spring_clock_change_forecasts_office_hours_in_local_time(string method)
    {
        // Three weeks before the change and one after: an hour-shifted model would put the 09:00 peak at 08:00 or 10:00.
        var history = SyntheticHistory.Make(new LocalDate(2026, 3, 8), 28, SyntheticHistory.OfficeHours);
        var from = new LocalDate(2026, 4, 5);

        var forecast = Forecaster.Forecast(history, SyntheticHistory.Request(from, 7, method)).Single();

        Assert.Equal(7 * 96, forecast.Intervals.Count);
        foreach (var interval in forecast.Intervals)
        {
            Assert.Equal(SyntheticHistory.OfficeHours(interval.Start.LocalDateTime), interval.Mean, 0.5);
        }
    }

    [Fact]
    public void A_forecast_over_the_autumn_clock_change_has_both_repeated_intervals_and_100_on_that_day()
    {
        var history = SyntheticHistory.Make(new LocalDate(2026, 9, 27), 28, t => t.Hour is >= 1 and < 2 ? 8 : SyntheticHistory.OfficeHours(t));

        var forecast = Forecaster.Forecast(history, SyntheticHistory.Request(FallBack, 1, SeasonalNaiveMethod.MethodName)).Single();

        Assert.Equal(100, forecast.Intervals.Count);
        var repeated = forecast.Intervals.Where(i => i.Start.LocalDateTime == FallBack.At(new LocalTime(1, 15))).ToList();
        Assert.Equal(2, repeated.Count);
        Assert.NotEqual(repeated[0].Start.Offset, repeated[1].Start.Offset);
        Assert.All(repeated, r => Assert.Equal(8, r.Mean, 6));
        Assert.Equal(forecast.Intervals.OrderBy(i => i.Start.ToInstant()), forecast.Intervals);
    }

    [Fact]
    public void The_spring_forward_day_in_history_leaves_its_skipped_hour_missing_not_zero()
    {
        var history = SyntheticHistory.Make(SpringForward, 1, _ => 4);

        var series = SlotSeriesBuilder.Build(history, SyntheticHistory.London, SyntheticHistory.QuarterHour, SpringForward.PlusDays(1));

        Assert.Equal(4, series.Volume.Count(double.IsNaN));
        Assert.True(double.IsNaN(series.Volume[4]));
        Assert.Equal(4, series.Volume[3]);
        Assert.Equal(4, series.Volume[8]);
    }

    [Fact]
    public void The_fall_back_day_in_history_puts_the_mean_of_the_two_repeated_intervals_in_their_slot()
    {
        var history = SyntheticHistory.Make(FallBack, 1, _ => 6);
        var secondOneFifteen = history.Where(r => r.Start.LocalDateTime == FallBack.At(new LocalTime(1, 15))).Last();
        history[history.IndexOf(secondOneFifteen)] = secondOneFifteen with { Volume = 10 };

        var series = SlotSeriesBuilder.Build(history, SyntheticHistory.London, SyntheticHistory.QuarterHour, FallBack.PlusDays(1));

        Assert.Equal(8, series.Volume[5]);
        Assert.Equal(6, series.Volume[4]);
    }
}
