using NodaTime;
using Workforce.Core.Capacity;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Capacity;

public class WeeklyRequirementsTests
{
    private static readonly QueueTarget Target = new() { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20 };

    private static Site MakeSite(DateTimeZone zone) => new()
    {
        Name = "Test",
        TimeZone = zone,
        IntervalLength = Duration.FromHours(1),
        WeekStart = TinyCapacity.Start,
        WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
        PublicHolidays = [],
        Currency = "EUR",
        Shrinkage = Shrinkage.None,
        Channels = [new Channel("phone", "Phone", new VoiceModel(Target, null))],
    };

    /// <summary>Week 0: 100 calls an hour from 09:00 to 17:00 on weekdays, none otherwise.</summary>
    private static List<ForecastInterval> OfficeHoursWeek(Site site)
    {
        var rows = new List<ForecastInterval>();
        foreach (var start in ForecastShape.IntervalStarts(site, site.WeekStart))
        {
            var open = start.DayOfWeek < IsoDayOfWeek.Saturday && start.Hour is >= 9 and < 17;
            rows.Add(new ForecastInterval(start, "phone", open ? 100 : 0, open ? 300 : 0));
        }

        return rows;
    }

    [Fact]
    public void A_far_week_is_spread_over_the_forecast_shape_and_adds_up_to_its_weekly_volume()
    {
        var site = MakeSite(DateTimeZone.Utc);
        var shape = ForecastShape.Of(site, OfficeHoursWeek(site));

        var spread = ForecastShape.Spread(site, shape, new WeeklyVolume(TinyCapacity.Start.PlusWeeks(1), "phone", 6000, 300));

        Assert.Equal(6000, spread.Sum(r => r.Volume), 9);
        Assert.All(spread.Where(r => r.Start.Hour is < 9 or >= 17), r => Assert.Equal(0, r.Volume));
        Assert.All(spread.Where(r => r.Start.DayOfWeek < IsoDayOfWeek.Saturday && r.Start.Hour is >= 9 and < 17), r => Assert.Equal(150, r.Volume, 9));
    }

    [Fact]
    public void A_week_with_a_clock_change_spreads_over_its_real_intervals()
    {
        var site = MakeSite(DateTimeZoneProviders.Tzdb["Europe/London"]);
        var shape = ForecastShape.Of(site, OfficeHoursWeek(site));

        // Sunday 29 March 2026: the clocks go forward, so that week has 167 hours.
        var spread = ForecastShape.Spread(site, shape, new WeeklyVolume(new LocalDate(2026, 3, 29), "phone", 4000, 300));

        Assert.Equal(167, spread.Count);
        Assert.Equal(4000, spread.Sum(r => r.Volume), 9);
    }

    [Fact]
    public void Far_weeks_are_staffed_interval_by_interval_never_by_Erlang_on_the_weekly_total()
    {
        var site = MakeSite(DateTimeZone.Utc);
        var forecast = OfficeHoursWeek(site);
        var weekly = new[] { new WeeklyVolume(TinyCapacity.Start.PlusWeeks(1), "phone", 4000, 300) };

        var requirements = WeeklyRequirements.Build(site, forecast, weekly, TinyCapacity.Start, 2, TinyCapacity.Conversion);

        // 4,000 calls in 40 open hours = 100 an hour: the same staffing as week 0, hour by hour.
        var perOpenHour = ErlangC.RequiredAgents(ErlangC.TrafficErlangs(100, 3600, 300), 300, Target).Agents;
        Assert.Equal(40 * perOpenHour, requirements.ScheduledAgentHours[1][0], 9);
        Assert.Equal(RequirementSource.SpreadWeeklyVolume, requirements.Sources[1][0]);

        // Erlang on the weekly average (4,000 calls over 168 hours) would give different hours, and
        // far too few agents in the open hours, where the calls are.
        var averageAgents = ErlangC.RequiredAgents(ErlangC.TrafficErlangs(4000, 168 * 3600, 300), 300, Target).Agents;
        Assert.NotEqual(averageAgents * 168.0, requirements.ScheduledAgentHours[1][0]);
        Assert.True(perOpenHour >= 2 * averageAgents, $"{perOpenHour} vs {averageAgents}");
    }

    [Fact]
    public void Weeks_the_interval_forecast_covers_are_staffed_from_it()
    {
        var site = MakeSite(DateTimeZone.Utc);
        var forecast = OfficeHoursWeek(site);
        var direct = StaffingPlanner.Staff(site, forecast).Sum(r => r.ScheduledAgents);

        var requirements = WeeklyRequirements.Build(site, forecast, [], TinyCapacity.Start, 1, new FteConversion(40, 0, 0, 1));

        Assert.Equal(RequirementSource.IntervalForecast, requirements.Sources[0][0]);
        Assert.Equal(direct, requirements.ScheduledAgentHours[0][0], 9);
        Assert.Equal(direct / 40.0, requirements.RequiredFte[0][0], 9);
    }
}
