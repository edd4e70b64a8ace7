using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

/// <summary>What each method does with a history whose right answer is known.</summary>
public class ForecastMethodTests
{
    private static readonly LocalDate Sunday = new(2026, 5, 3);

    private static SlotSeries Series(IEnumerable<ForecastInterval> rows, LocalDate before) =>
        SlotSeriesBuilder.Build(rows, SyntheticHistory.London, SyntheticHistory.QuarterHour, before);

    private static SlotSeries Weeks(int weeks, Func<LocalDateTime, double> volume) =>
        Series(SyntheticHistory.Make(Sunday, 7 * weeks, volume), Sunday.PlusDays(7 * weeks));

    [Fact]
    public void Seasonal_naive_repeats_the_same_slot_a_week_earlier_and_the_last_week_beyond_it()
    {
        var series = Weeks(2, t => t.Day + (t.Hour / 100.0));

        var fit = new SeasonalNaiveMethod().Fit(series, 8);

        Assert.Equal(series.Volume[(7 * 96) + 40], fit.Mean[40]);
        Assert.Equal(series.Volume[(7 * 96) + 40], fit.Mean[(7 * 96) + 40]);
    }

    [Fact]
    public void Seasonal_profile_ignores_a_one_off_surge_and_follows_the_latest_weeks_level()
    {
        // Three weeks of the same shape, the last at 1.5 times the level, and a surge of 500 calls in week 1.
        var rows = SyntheticHistory.Make(Sunday, 21, t => SyntheticHistory.OfficeHours(t) * (t.Date >= Sunday.PlusDays(14) ? 1.5 : 1));
        var surge = rows.FindIndex(r => r.Start.Date == Sunday.PlusDays(3) && r.Start.Hour == 13);
        rows[surge] = rows[surge] with { Volume = 500 };

        var fit = new SeasonalProfileMethod().Fit(Series(rows, Sunday.PlusDays(21)), 7);

        var wednesday13 = (3 * 96) + 52;
        Assert.Equal(1.5 * SyntheticHistory.OfficeHours(Sunday.PlusDays(3).At(new LocalTime(13, 0))), fit.Mean[wednesday13], 1.0);
    }

    [Fact]
    public void Holt_Winters_Taylor_fits_constants_in_the_unit_interval_and_reproduces_a_steady_pattern()
    {
        var series = Weeks(4, SyntheticHistory.OfficeHours);

        var fit = new TaylorHoltWintersMethod().Fit(series, 7);

        foreach (var name in new[] { "alpha", "delta", "omega", "phi" })
        {
            Assert.InRange(fit.Parameters[name], 0, 1);
        }

        for (var i = 0; i < fit.Mean.Count; i++)
        {
            var expected = SyntheticHistory.OfficeHours(Sunday.PlusDays(28).AtMidnight().PlusMinutes(15 * i));
            Assert.Equal(expected, fit.Mean[i], 0.5);
        }
    }

    [Fact]
    public void Holt_Winters_Taylor_follows_a_level_shift()
    {
        var series = Weeks(4, t => SyntheticHistory.OfficeHours(t) * (t.Date >= Sunday.PlusDays(21) ? 2 : 1));

        var fit = new TaylorHoltWintersMethod().Fit(series, 7);

        var monday12 = 96 + 48;
        Assert.InRange(fit.Mean[monday12], 1.6 * SyntheticHistory.OfficeHours(Sunday.PlusDays(1).At(new LocalTime(12, 0))), 2.4 * 40);
    }

    [Fact]
    public void Poisson_regression_leaves_closed_slots_at_zero_and_recovers_the_shape()
    {
        var series = Weeks(3, SyntheticHistory.OfficeHours);

        var fit = new PoissonRegressionMethod().Fit(series, 7);

        Assert.Equal(0, fit.Mean[96 + 20]);
        Assert.Equal(SyntheticHistory.OfficeHours(Sunday.PlusDays(1).At(new LocalTime(12, 0))), fit.Mean[96 + 48], 1.0);
    }

    [Fact]
    public void Poisson_regression_learns_a_special_day_effect_and_applies_it_to_a_special_day_ahead()
    {
        // Special days (two Tuesdays in the history, one in the forecast week) have half the calls.
        var special = new HashSet<LocalDate> { Sunday.PlusDays(2), Sunday.PlusDays(9), Sunday.PlusDays(23) };
        var rows = SyntheticHistory.Make(Sunday, 21, t => SyntheticHistory.OfficeHours(t) * (special.Contains(t.Date) ? 0.5 : 1));

        var fit = new PoissonRegressionMethod(special).Fit(Series(rows, Sunday.PlusDays(21)), 7);

        Assert.Equal(Math.Log(0.5), fit.Parameters["specialDayEffect"], 2);
        var tuesday12 = (2 * 96) + 48;
        Assert.Equal(0.5 * SyntheticHistory.OfficeHours(Sunday.PlusDays(2).At(new LocalTime(12, 0))), fit.Mean[tuesday12], 1.0);
    }

    [Fact]
    public void Poisson_regression_with_a_trend_extrapolates_steady_growth()
    {
        var series = Weeks(4, t => SyntheticHistory.OfficeHours(t) * Math.Exp(0.01 * Period.Between(Sunday, t.Date, PeriodUnits.Days).Days));

        var fit = new PoissonRegressionMethod(trend: true).Fit(series, 7);

        Assert.Equal(0.01, fit.Parameters["trendPerDay"], 3);
    }

    [Fact]
    public void Every_method_bridges_a_missing_day_instead_of_forecasting_zero_for_it()
    {
        var rows = SyntheticHistory.Make(Sunday, 21, SyntheticHistory.OfficeHours).Where(r => r.Start.Date != Sunday.PlusDays(15)).ToList();
        var series = Series(rows, Sunday.PlusDays(21));

        foreach (var method in ForecastMethods.All(new HashSet<LocalDate>()))
        {
            var fit = method.Fit(series, 7);
            Assert.True(fit.Mean[96 + 48] > 30, $"{method.Name} forecast {fit.Mean[96 + 48]} for Monday noon");
        }
    }
}
