using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Planning;

public class ReplanForecastTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly LocalDate Monday = new(2026, 3, 2);

    private static readonly Site Site = new()
    {
        Name = "Six-hour grid",
        TimeZone = Paris,
        IntervalLength = Duration.FromHours(6),
        WeekStart = Monday,
        WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
        PublicHolidays = [],
        Currency = "EUR",
        Shrinkage = Shrinkage.None,
        Channels = [new Channel("phone", "Phone", new VoiceModel(new QueueTarget { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20, MaxOccupancy = 0.9 }, null))],
    };

    [Fact]
    public void Days_of_the_week_before_the_plan_date_keep_the_forecast_they_were_planned_on()
    {
        var window = ReplanWindow.For(Monday, Monday.PlusDays(1), freezeDays: 0, horizonDays: 1);
        var fresh = Day(Monday.PlusDays(1), 7);

        var combined = ReplanForecast.Combine(Site, window, previous: Day(Monday, 5), actuals: Day(Monday, 9), fresh);

        Assert.Equal([5, 5, 5, 5, 7, 7, 7, 7], combined.Select(f => f.Volume));
    }

    [Fact]
    public void An_earlier_interval_the_previous_forecast_lacks_takes_the_actuals_and_one_with_neither_is_closed()
    {
        var window = ReplanWindow.For(Monday, Monday.PlusDays(1), freezeDays: 0, horizonDays: 1);
        var previous = Day(Monday, 5).Take(2).ToList();
        var actuals = Day(Monday, 9).Skip(2).Take(1).ToList();

        var combined = ReplanForecast.Combine(Site, window, previous, actuals, fresh: []);

        Assert.Equal([5, 5, 9, 0], combined.Select(f => f.Volume));
        Assert.Equal(Day(Monday, 0).Select(f => f.Start), combined.Select(f => f.Start));
    }

    [Fact]
    public void Earlier_days_keep_the_previous_quantiles_and_the_fresh_days_take_the_new_ones()
    {
        var window = ReplanWindow.For(Monday, Monday.PlusDays(1), freezeDays: 0, horizonDays: 1);
        var previous = Day(Monday, 5).Take(2).ToList();
        var actuals = Day(Monday, 9).Skip(2).Take(1).ToList();
        var fresh = Day(Monday.PlusDays(1), 7);

        var quantiles = ReplanForecast.CombineQuantiles(
            Site, window, previous, new ForecastQuantiles(null, [6, 6], [8, 8]), actuals, new ForecastQuantiles([1, 1, 1, 1], [10, 10, 10, 10], [12, 12, 12, 12]));

        Assert.Equal([6, 6, 9, 0, 10, 10, 10, 10], quantiles.P80!);
        Assert.Equal([8, 8, 9, 0, 12, 12, 12, 12], quantiles.P90!);
    }

    [Fact]
    public void An_earlier_day_without_a_previous_quantile_takes_its_one_volume_for_it()
    {
        var window = ReplanWindow.For(Monday, Monday.PlusDays(1), freezeDays: 0, horizonDays: 1);

        var quantiles = ReplanForecast.CombineQuantiles(
            Site, window, Day(Monday, 5), new ForecastQuantiles(null, [6, 6, 6, 6], null), [], new ForecastQuantiles([1, 1, 1, 1], [10, 10, 10, 10], [12, 12, 12, 12]));

        Assert.Equal([5, 5, 5, 5, 1, 1, 1, 1], quantiles.P10!);
        Assert.Equal([6, 6, 6, 6, 10, 10, 10, 10], quantiles.P80!);
    }

    [Fact]
    public void Nothing_is_added_before_a_plan_date_that_starts_the_week()
    {
        var window = ReplanWindow.For(Monday, Monday, freezeDays: 2, horizonDays: 1);

        var combined = ReplanForecast.Combine(Site, window, previous: Day(Monday, 5), actuals: [], fresh: Day(Monday, 7));

        Assert.Equal([7, 7, 7, 7], combined.Select(f => f.Volume));
    }

    [Fact]
    public void A_forecast_covers_a_week_only_with_intervals_on_each_of_its_days()
    {
        var week = Enumerable.Range(0, 7).SelectMany(d => Day(Monday.PlusDays(d), 1)).ToList();

        Assert.True(ReplanForecast.CoversWeek(week, Monday));
        Assert.False(ReplanForecast.CoversWeek(week, Monday.PlusDays(1)));
        Assert.False(ReplanForecast.CoversWeek([.. week.Where(f => f.Start.Date != Monday.PlusDays(3))], Monday));
    }

    /// <summary>The four six-hour intervals of a day, each with <paramref name="volume"/> contacts.</summary>
    private static List<ForecastInterval> Day(LocalDate date, double volume) =>
        [.. Enumerable.Range(0, 4).Select(i => new ForecastInterval(date.At(new LocalTime(i * 6, 0)).InZoneStrictly(Paris), "phone", volume, volume > 0 ? 200 : 0))];
}
