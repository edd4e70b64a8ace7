using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

/// <summary>
/// The Anonymous Bank's February 1999 half-hourly queue arrivals (data/reference/anonymous-bank), read
/// with a plain split because Core's tests do not reference the file readers. Weeks 1–3 (1–21 Feb)
/// train; week 4 (22–28 Feb) is the test.
/// </summary>
internal static class AnonymousBank
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Jerusalem"];
    public static readonly Duration HalfHour = Duration.FromMinutes(30);
    public static readonly LocalDate Week4 = new(1999, 2, 22);

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static IReadOnlyList<ForecastInterval> History() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "anonymous-bank", "history.csv")).Skip(1).Select(Parse)];

    public static ForecastRequest Request(string method) =>
        new(Zone, HalfHour, Week4, 7, method, new HashSet<LocalDate>());

    private static ForecastInterval Parse(string line)
    {
        var fields = line.Split(',');
        var start = Zone.AtStrictly(Pattern.Parse(fields[0]).Value);
        var aht = fields[3].Length == 0 ? 0 : double.Parse(fields[3], CultureInfo.InvariantCulture);
        return new ForecastInterval(start, fields[1], double.Parse(fields[2], CultureInfo.InvariantCulture), aht);
    }
}
