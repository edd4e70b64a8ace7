using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

/// <summary>Histories made from a rule of local time, so a test knows the right forecast exactly.</summary>
internal static class SyntheticHistory
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    public static readonly Duration QuarterHour = Duration.FromMinutes(15);

    /// <summary>One row per real interval of each local day from <paramref name="first"/> for <paramref name="days"/> days.</summary>
    public static List<ForecastInterval> Make(LocalDate first, int days, Func<LocalDateTime, double> volume, DateTimeZone? zone = null, Duration? length = null, string channel = "phone")
    {
        zone ??= London;
        var interval = length ?? QuarterHour;
        var rows = new List<ForecastInterval>();
        for (var day = 0; day < days; day++)
        {
            foreach (var (start, _) in SlotSeries.RealIntervals(zone, interval, first.PlusDays(day)))
            {
                var v = volume(start.LocalDateTime);
                rows.Add(new ForecastInterval(start, channel, v, v > 0 ? 300 : 0));
            }
        }

        return rows;
    }

    /// <summary>An office-hours pattern: busy 09:00–17:00 on weekdays, peaking at noon, quiet at weekends.</summary>
    public static double OfficeHours(LocalDateTime time)
    {
        var hour = time.Hour + (time.Minute / 60.0);
        if (hour < 9 || hour >= 17)
        {
            return 0;
        }

        var weekday = time.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 0.3 : 1.0;
        return Math.Round(weekday * (40 - (3 * Math.Abs(hour - 12.5))), 3);
    }

    public static ForecastRequest Request(LocalDate from, int days, string method = ForecastMethods.Auto) =>
        new(London, QuarterHour, from, days, method, new HashSet<LocalDate>());
}
