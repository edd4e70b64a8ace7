namespace Workforce.Cli.Tests;

/// <summary>
/// Bad input in the user's words: values outside their physical range, empty files, a forecast too
/// far from its history, a mistyped command, and option values of the wrong kind all exit 2 with one line.
/// </summary>
public class InputSanityTests
{
    private static CliRunner.Outcome Plan(SampleCopy sample) =>
        CliRunner.Run("plan", "--scenario", sample.Directory, "--out", Path.Combine(sample.Directory, "out"), "--time-limit", "5s");

    private static void AssertRefused(CliRunner.Outcome outcome, string fileLineField)
    {
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(fileLineField, outcome.StandardError, StringComparison.Ordinal);
        Assert.Single(outcome.StandardError.Trim().Split('\n'));
        Assert.DoesNotContain("Wrote", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-08T00:00,phone,1e12,300", "forecast.csv:2: volume:")]
    [InlineData("2026-03-08T00:00,phone,3,86401", "forecast.csv:2: aht_seconds:")]
    public void An_out_of_range_forecast_value_exits_2_naming_file_line_and_field(string line, string fileLineField)
    {
        using var sample = new SampleCopy();
        sample.ReplaceForecastLine(2, line);

        AssertRefused(Plan(sample), fileLineField);
    }

    [Fact]
    public void A_wage_of_1e30_exits_2_naming_file_line_and_field()
    {
        using var sample = new SampleCopy();
        var agents = Path.Combine(sample.Directory, "agents.csv");
        var lines = File.ReadAllLines(agents);
        var fields = lines[3].Split(',');
        fields[4] = "1e30";
        lines[3] = string.Join(',', fields);
        File.WriteAllLines(agents, lines);

        AssertRefused(Plan(sample), "agents.csv:4: hourly_wage:");
    }

    [Fact]
    public void A_shrinkage_of_one_exits_2_naming_file_line_and_field()
    {
        using var sample = new SampleCopy();
        sample.EditSite(json => json.Replace("\"sickness\": 0.03", "\"sickness\": 1.0", StringComparison.Ordinal));
        var line = Array.FindIndex(File.ReadAllLines(sample.SitePath), l => l.Contains("\"sickness\"", StringComparison.Ordinal)) + 1;

        AssertRefused(Plan(sample), $"site.json:{line}: shrinkage.unplanned.sickness:");
    }

    [Fact]
    public void A_header_only_forecast_is_refused_at_the_forecast_not_at_pricing()
    {
        using var sample = new SampleCopy();
        File.WriteAllLines(sample.ForecastPath, [File.ReadAllLines(sample.ForecastPath)[0]]);

        AssertRefused(Plan(sample), "forecast.csv: has no rows");
    }

    [Fact]
    public void An_empty_site_file_is_one_clear_line()
    {
        using var sample = new SampleCopy();
        File.WriteAllText(sample.SitePath, string.Empty);

        AssertRefused(Plan(sample), "site.json: is empty");
        Assert.DoesNotContain("JSON token", Plan(sample).StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forecast_more_than_35_days_after_the_history_exits_2()
    {
        var history = Path.Combine(CliRunner.RepositoryRoot(), "data", "anonymous-bank-week4", "history.csv");
        var outPath = Path.Combine(Path.GetTempPath(), $"workforce-far-{Guid.NewGuid():N}.csv");

        var outcome = CliRunner.Run("forecast", "--history", history, "--time-zone", "Asia/Jerusalem", "--from", "2030-01-01", "--out", outPath);

        AssertRefused(outcome, "more than 35 days");
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void A_mistyped_command_lists_the_commands_and_suggests_the_nearest()
    {
        var outcome = CliRunner.Run("plna");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("did you mean 'plan'?", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("erlang, staff, plan, check, sample, roster, forecast, price, capacity, db, serve, users, nrp", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_that_is_not_a_number_is_said_in_words_not_dotnet_types()
    {
        using var sample = new SampleCopy();

        var outcome = CliRunner.Run("roster", "--scenario", sample.Directory, "--out", Path.Combine(sample.Directory, "out"), "--seed", "abc");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --seed: expected a whole number, got 'abc'", outcome.StandardError.Trim());
    }

    [Fact]
    public void Help_states_every_exit_code()
    {
        var outcome = CliRunner.Run("--help");

        Assert.Equal(0, outcome.ExitCode);
        foreach (var code in new[] { "0 done", "1 internal error", "2 bad input", "3 no lawful roster", "4 the time limit", "130 stopped" })
        {
            Assert.Contains(code, outcome.StandardOutput, StringComparison.Ordinal);
        }
    }
}
