namespace Workforce.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public void Plan_on_the_sample_writes_requirements_for_every_forecast_row_a_summary_and_a_roster()
    {
        using var sample = new SampleCopy();
        var outDir = Path.Combine(sample.Directory, "out");

        var outcome = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", outDir, "--threads", "1", "--seed", "3", "--deterministic-time", "4", "--time-limit", "300s");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var forecastRows = File.ReadAllLines(sample.ForecastPath).Length - 1;
        var requirementRows = File.ReadAllLines(Path.Combine(outDir, "requirements.csv")).Length - 1;
        Assert.Equal(forecastRows, requirementRows);
        var summary = File.ReadAllText(Path.Combine(outDir, "summary.md"));
        Assert.Contains("## Phone: customer service", summary, StringComparison.Ordinal);
        Assert.Contains("| **Total** |", summary, StringComparison.Ordinal);
        foreach (var file in new[] { "roster.csv", "activities.csv", "coverage.csv", "summary.json" })
        {
            Assert.True(File.ReadAllLines(Path.Combine(outDir, file)).Length > 1, file + " is empty");
        }
    }

    [Fact]
    public void Plan_with_bad_input_leaves_no_output_folder()
    {
        using var sample = new SampleCopy();
        sample.ReplaceForecastLine(3, "2026-03-08T00:00,phone,-1,300");
        var outDir = Path.Combine(sample.Directory, "out");

        var outcome = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", outDir, "--time-limit", "10s");

        Assert.Equal(2, outcome.ExitCode);
        Assert.False(Directory.Exists(outDir));
    }
}
