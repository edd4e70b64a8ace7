using Workforce.Core.Capacity;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Capacity;

namespace Workforce.Files.Tests.Capacity;

public class CapacityFileReaderTests
{
    /// <summary>A valid capacity.json for <see cref="TestScenario"/>; each test spoils one value.</summary>
    public const string CapacityJson = """
        {
          "horizonWeeks": 8,
          "fullTimeHoursPerWeek": 40,
          "absenceAndLeaveFraction": 0.1,
          "attrition": [
            { "upToMonths": 3, "monthlyRate": 0.10 },
            { "upToMonths": 12, "monthlyRate": 0.05 },
            { "monthlyRate": 0.025 }
          ],
          "hiring": { "leadTimeWeeks": 1, "minClassSize": 3, "maxClassSize": 12, "maxClassesInParallel": 2, "hourlyWage": 14 },
          "training": { "weeks": 3 },
          "nesting": { "productivityByWeek": [0.5, 0.8] },
          "costs": { "recruitmentPerHire": 900, "trainerPerClass": 4000 }
        }
        """;

    private static Core.Common.InputResult<(CapacityInputs Inputs, int Weeks)?> Load(string capacityJson, int? weeks = null, string? weeklyCsv = null)
    {
        using var scenario = new TestScenario(forecastCsv: TestScenario.QuarterHourForecast("phone", new NodaTime.LocalDate(2026, 3, 23)));
        File.WriteAllText(Path.Combine(scenario.Directory, CapacityFileReader.FileName), capacityJson);
        if (weeklyCsv is not null)
        {
            File.WriteAllText(Path.Combine(scenario.Directory, WeeklyForecastCsvReader.FileName), weeklyCsv);
        }

        var loaded = ScenarioFolder.Load(scenario.Directory).Value;
        return CapacityFolder.Load(scenario.Directory, loaded, null, weeks);
    }

    private static string Weekly(int weeks) =>
        "week_start,channel,volume,aht_seconds\n" + string.Concat(Enumerable.Range(1, weeks - 1).Select(k => $"{new NodaTime.LocalDate(2026, 3, 23).PlusWeeks(k):uuuu-MM-dd},phone,5000,200\n"));

    [Fact]
    public void A_valid_file_reads_bands_training_nesting_and_hiring_rules()
    {
        var result = Load(CapacityJson, weeklyCsv: Weekly(8));

        Assert.True(result.Succeeded, result.Error?.ToString());
        var (inputs, weeks) = result.Value!.Value;
        var settings = inputs.Settings;
        Assert.Equal(8, weeks);
        Assert.Equal([0, 13, 52], settings.Attrition.Bands.Select(b => b.FromWeek));
        Assert.Equal(5, settings.Training.WeeksToProduction);
        Assert.Equal((3, 12, 1, 2), (settings.MinClassSize, settings.MaxClassSize, settings.LeadTimeWeeks, settings.MaxClassesInParallel));
        Assert.Equal(7, inputs.WeeklyVolumes.Count);
    }

    [Fact]
    public void An_attrition_of_100_percent_or_more_is_refused_at_its_line()
    {
        var result = Load(CapacityJson.Replace("\"monthlyRate\": 0.05", "\"monthlyRate\": 1.2", StringComparison.Ordinal), weeklyCsv: Weekly(8));

        Assert.False(result.Succeeded);
        Assert.Equal((7, "attrition[1].monthlyRate"), (result.Error!.Line, result.Error.Field));
        Assert.Contains("[0, 1)", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_class_size_is_refused()
    {
        var result = Load(CapacityJson.Replace("\"minClassSize\": 3", "\"minClassSize\": -2", StringComparison.Ordinal), weeklyCsv: Weekly(8));

        Assert.False(result.Succeeded);
        Assert.Equal((10, "hiring.minClassSize"), (result.Error!.Line, result.Error.Field));
    }

    [Fact]
    public void A_training_longer_than_the_horizon_is_refused()
    {
        var result = Load(CapacityJson, weeks: 2, weeklyCsv: Weekly(8));

        Assert.False(result.Succeeded);
        Assert.Equal((11, "training.weeks"), (result.Error!.Line, result.Error.Field));
        Assert.Contains("longer than the 2-week horizon", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nesting_productivity_outside_0_to_1_is_refused()
    {
        var result = Load(CapacityJson.Replace("[0.5, 0.8]", "[0.5, 1.3]", StringComparison.Ordinal), weeklyCsv: Weekly(8));

        Assert.False(result.Succeeded);
        Assert.Equal((12, "nesting.productivityByWeek[1]"), (result.Error!.Line, result.Error.Field));
    }

    [Fact]
    public void A_week_of_the_horizon_without_any_forecast_is_named()
    {
        var result = Load(CapacityJson, weeklyCsv: Weekly(6));

        Assert.False(result.Succeeded);
        Assert.Equal("week_start", result.Error!.Field);
        Assert.Contains("channel 'phone' in the week of 2026-05-04", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekly_row_off_the_week_grid_is_refused_at_its_line()
    {
        var result = Load(CapacityJson, weeklyCsv: Weekly(8) + "2026-04-01,phone,10,200\n");

        Assert.False(result.Succeeded);
        Assert.Equal((9, "week_start"), (result.Error!.Line, result.Error.Field));
    }
}
