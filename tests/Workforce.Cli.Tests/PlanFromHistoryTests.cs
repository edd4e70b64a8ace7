namespace Workforce.Cli.Tests;

/// <summary><c>workforce plan</c> on data/anonymous-bank-week4: a site and three weeks of history, no forecast.csv.</summary>
public sealed class PlanFromHistoryTests : IDisposable
{
    private readonly string _scenario = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));

    public PlanFromHistoryTests()
    {
        Directory.CreateDirectory(_scenario);
        foreach (var file in Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot(), "data", "anonymous-bank-week4")))
        {
            File.Copy(file, Path.Combine(_scenario, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_scenario, recursive: true);

    private (CliRunner.Outcome Outcome, string OutDir) Plan(string staffAt)
    {
        var outDir = Path.Combine(_scenario, "out-" + staffAt);
        return (CliRunner.Run("plan", "--scenario", _scenario, "--out", outDir, "--staff-at", staffAt), outDir);
    }

    [Fact]
    public void Plan_forecasts_first_then_writes_requirements_and_a_report_with_the_forecast_against_history()
    {
        var (outcome, outDir) = Plan("p50");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal(337, File.ReadAllLines(Path.Combine(outDir, "forecast.csv")).Length);
        Assert.Equal(337, File.ReadAllLines(Path.Combine(outDir, "requirements.csv")).Length);
        var report = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("<h2 id=\"forecast\">Forecast</h2>", report, StringComparison.Ordinal);
        Assert.Contains("class=\"chart forecast\"", report, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_scenario, "forecast.csv")));
    }

    [Fact]
    public void Staffing_at_P90_schedules_more_agent_hours_than_at_P50()
    {
        var (p50, p50Dir) = Plan("p50");
        var (p90, p90Dir) = Plan("p90");

        Assert.True(p50.ExitCode == 0 && p90.ExitCode == 0, p50.StandardError + p90.StandardError);
        Assert.True(RequiredAgents(p90Dir) > RequiredAgents(p50Dir) * 1.05, $"{RequiredAgents(p90Dir)} vs {RequiredAgents(p50Dir)}");
    }

    private static double RequiredAgents(string outDir) =>
        File.ReadAllLines(Path.Combine(outDir, "requirements.csv")).Skip(1).Sum(l => double.Parse(l.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture));
}
