using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Service.Tests;

/// <summary>
/// A small site built in code: one phone queue open 09:00–17:00 on weekdays at 60-minute intervals, six
/// agents on eight-hour shifts. Its roster solves in about a second, so tests can plan many such sites.
/// </summary>
public static class TinySite
{
    public static readonly LocalDate Monday = new(2026, 3, 2);

    public static Core.Scenario Scenario(string name = "Tiny site") => Scenario(name, intervalMinutes: 60, callsPerHour: 30);

    /// <summary>
    /// A busier site: 15-minute intervals, 120 calls an hour on weekdays. With <see cref="Inputs(int)"/> of 40
    /// agents a run takes about 6 s from its claim to its write on this machine (CP-SAT proves the optimum
    /// after about 5 s), long enough for a test to cut the database in the middle of it.
    /// </summary>
    public static Core.Scenario Busy() => Scenario("Busy site", intervalMinutes: 15, callsPerHour: 120);

    /// <summary>A site in Paris whose week starts on <see cref="Monday"/>, with one phone queue (80 % in 20 s).</summary>
    public static Site Site(string name, int intervalMinutes) => new()
    {
        Name = name,
        TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"],
        IntervalLength = Duration.FromMinutes(intervalMinutes),
        WeekStart = Monday,
        WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
        PublicHolidays = [],
        Currency = "EUR",
        Shrinkage = Shrinkage.None,
        Channels = [new Channel("phone", "Phone", new VoiceModel(new QueueTarget { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20, MaxOccupancy = 0.9 }, null))],
    };

    private static Core.Scenario Scenario(string name, int intervalMinutes, double callsPerHour)
    {
        var site = Site(name, intervalMinutes);
        var zone = site.TimeZone;
        var forecast = new List<ForecastInterval>();
        for (var day = 0; day < 7; day++)
        {
            var date = Monday.PlusDays(day);
            for (var minute = 0; minute < 24 * 60; minute += intervalMinutes)
            {
                var open = day < 5 && minute >= 9 * 60 && minute < 17 * 60;
                var volume = callsPerHour * intervalMinutes / 60;
                forecast.Add(new ForecastInterval(date.At(LocalTime.FromMinutesSinceMidnight(minute)).InZoneStrictly(zone), "phone", open ? volume : 0, open ? 240 : 0));
            }
        }

        return new Core.Scenario(site, forecast);
    }

    /// <summary>
    /// What the tiny site's phone queue took, hour by hour from <paramref name="first"/> for <paramref name="days"/>
    /// days: about 30 calls an hour 09:00–17:00 on weekdays with a fixed-seed spread of ±20 %, none otherwise,
    /// 240 s each. <paramref name="adjust"/> may change an hour's volume (a correction of the actuals).
    /// </summary>
    public static List<ForecastInterval> Actuals(LocalDate first, int days, Func<LocalDateTime, double, double>? adjust = null)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var spread = new Random(7);
        var rows = new List<ForecastInterval>();
        for (var day = 0; day < days; day++)
        {
            var date = first.PlusDays(day);
            for (var hour = 0; hour < 24; hour++)
            {
                var local = date.At(new LocalTime(hour, 0));
                var open = date.DayOfWeek < IsoDayOfWeek.Saturday && hour is >= 9 and < 17;
                var volume = open ? Math.Round(30 * (0.8 + (0.4 * spread.NextDouble()))) : 0;
                volume = adjust is null ? volume : Math.Round(adjust(local, volume));
                rows.Add(new ForecastInterval(local.InZoneStrictly(zone), "phone", volume, volume > 0 ? 240 : 0));
            }
        }

        return rows;
    }

    public static RosterInputs Inputs(int agentCount = 6)
    {
        var contract = new Contract(
            "day",
            Duration.Zero,
            Duration.FromHours(40),
            5,
            Duration.FromHours(11),
            6,
            0,
            1,
            1,
            [Duration.FromHours(8)],
            new LocalTime(8, 0),
            new LocalTime(10, 0),
            [],
            0,
            0);
        var agents = Enumerable.Range(1, agentCount)
            .Select(i => new Agent($"T{i:00}", $"Agent {i}", [new AgentSkill("phone", 1)], "day", 15m, AgentStatus.Production, 1))
            .ToList();
        return new RosterInputs(agents, [contract], [], []);
    }
}
