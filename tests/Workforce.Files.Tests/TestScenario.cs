using System.Globalization;
using System.Text;
using NodaTime;

namespace Workforce.Files.Tests;

/// <summary>A throwaway scenario folder with a small valid site, for tests to spoil one thing at a time.</summary>
internal sealed class TestScenario : IDisposable
{
    public const string SiteJson = """
        {
          "name": "Test site",
          "timeZone": "Europe/London",
          "currency": "GBP",
          "intervalMinutes": 15,
          "weekStart": "2026-03-23",
          "shrinkage": { "unplanned": { "absence": 0.2, "sickness": 0.1 }, "planned": { "breaks": 0.1 } },
          "channels": [
            { "id": "phone", "kind": "voice", "serviceLevel": { "target": 0.8, "answerWithinSeconds": 20 }, "maxOccupancy": 0.9 },
            { "id": "chat", "kind": "chat", "concurrency": 2, "serviceLevel": { "target": 0.8, "answerWithinSeconds": 60 } },
            { "id": "email", "kind": "deferred", "responseTarget": { "fraction": 0.9, "withinHours": 2 }, "maxOccupancy": 0.9 }
          ]
        }
        """;

    public TestScenario(string? siteJson = null, string? forecastCsv = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "workforce-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(SitePath, siteJson ?? SiteJson);
        File.WriteAllText(ForecastPath, forecastCsv ?? "interval_start,channel,volume,aht_seconds\n2026-03-23T09:00,phone,100,180\n");
    }

    public string Directory { get; }

    public string SitePath => Path.Combine(Directory, "site.json");

    public string ForecastPath => Path.Combine(Directory, "forecast.csv");

    /// <summary>A forecast with one row per interval for every local quarter-hour of the given days, in the London zone.</summary>
    public static string QuarterHourForecast(string channel, params LocalDate[] days)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var text = new StringBuilder("interval_start,channel,volume,aht_seconds\n");
        foreach (var day in days)
        {
            var end = zone.AtStartOfDay(day.PlusDays(1)).ToInstant();
            for (var instant = zone.AtStartOfDay(day).ToInstant(); instant < end; instant += Duration.FromMinutes(15))
            {
                var local = instant.InZone(zone);
                text.Append(CultureInfo.InvariantCulture, $"{local.LocalDateTime:uuuu-MM-ddTHH:mm}{local.Offset.ToTimeSpan():\\+hh\\:mm},{channel},20,200\n");
            }
        }

        return text.ToString();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
