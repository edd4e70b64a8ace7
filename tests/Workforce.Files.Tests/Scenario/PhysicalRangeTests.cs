using Workforce.Core.Common;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Scenario;

/// <summary>Values outside their physical range (docs/scenario-format.md, "Ranges") are refused naming file, line and field.</summary>
public class PhysicalRangeTests
{
    private const string Header = "interval_start,channel,volume,aht_seconds\n";

    private static InputError ForecastError(string csv)
    {
        using var scenario = new TestScenario(forecastCsv: csv);
        var result = ForecastCsvReader.Read(scenario.ForecastPath, SiteFileReader.Read(scenario.SitePath).Value);
        Assert.False(result.Succeeded);
        return result.Error!;
    }

    private static InputError SiteError(string json)
    {
        using var scenario = new TestScenario(siteJson: json);
        var result = SiteFileReader.Read(scenario.SitePath);
        Assert.False(result.Succeeded);
        return result.Error!;
    }

    [Fact]
    public void A_volume_of_a_million_is_read_and_one_above_is_refused()
    {
        using var scenario = new TestScenario(forecastCsv: Header + "2026-03-23T09:00,phone,1000000,1\n");
        Assert.True(ForecastCsvReader.Read(scenario.ForecastPath, SiteFileReader.Read(scenario.SitePath).Value).Succeeded);

        var error = ForecastError(Header + "2026-03-23T09:00,phone,1000001,1\n");

        Assert.Equal((2, "volume"), (error.Line, error.Field));
    }

    [Fact]
    public void An_aht_above_a_day_is_refused()
    {
        var error = ForecastError(Header + "2026-03-23T09:00,phone,1,180\n2026-03-23T09:15,phone,1,86401\n");

        Assert.Equal((3, "aht_seconds"), (error.Line, error.Field));
        Assert.Contains("longer than a day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workload_beyond_a_hundred_thousand_agents_busy_at_once_is_refused()
    {
        // 1,000,000 contacts of 1,000 s in 15 minutes: 1.1 million agents busy at once.
        var error = ForecastError(Header + "2026-03-23T09:00,phone,1000000,1000\n");

        Assert.Equal((2, "volume"), (error.Line, error.Field));
        Assert.Contains("agents busy at once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_only_forecast_is_refused_at_the_forecast()
    {
        var error = ForecastError(Header);

        Assert.EndsWith("forecast.csv", error.File, StringComparison.Ordinal);
        Assert.Contains("no rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_whose_heaviest_interval_is_beyond_the_workload_range_is_refused_on_its_line()
    {
        using var scenario = new TestScenario(forecastCsv: Header + "2026-03-23T09:00,phone,10,180\n2026-03-23T10:00,phone,900000,900\n2026-03-23T11:00,phone,10,180\n");

        var result = HistoryCsvReader.Read(scenario.ForecastPath, NodaTime.DateTimeZone.Utc);

        Assert.False(result.Succeeded);
        Assert.Equal((3, "volume"), (result.Error!.Line, result.Error.Field));
    }

    [Fact]
    public void Planned_shrinkage_adding_up_to_one_is_refused()
    {
        var error = SiteError(TestScenario.SiteJson.Replace("\"planned\": { \"breaks\": 0.1 }", "\"planned\": { \"breaks\": 0.5, \"lunch\": 0.5 }", StringComparison.Ordinal));

        Assert.Equal("shrinkage.planned", error.Field);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_shrinkage_of_one_is_refused_naming_its_line_and_field()
    {
        var error = SiteError(TestScenario.SiteJson.Replace("\"absence\": 0.2", "\"absence\": 1.0", StringComparison.Ordinal));

        Assert.Equal((7, "shrinkage.unplanned.absence"), (error.Line, error.Field));
    }

    [Fact]
    public void An_answer_time_above_a_day_is_refused()
    {
        var error = SiteError(TestScenario.SiteJson.Replace("\"answerWithinSeconds\": 20", "\"answerWithinSeconds\": 100000", StringComparison.Ordinal));

        Assert.Equal("channels[0].serviceLevel.answerWithinSeconds", error.Field);
    }

    [Fact]
    public void An_empty_site_file_is_one_clear_line()
    {
        var error = SiteError("  \n");

        Assert.Equal("is empty; expected a JSON object (see docs/scenario-format.md)", error.Message);
        Assert.Null(error.Line);
    }
}
