using System.Globalization;
using System.Text.Json;

namespace Workforce.Cli.Tests;

/// <summary>
/// What a planner or a service manager can rely on while a roster runs: the exit codes, a roster kept
/// when the run is stopped, a progress line at least every 5 s, and one agent's bad data never sinking
/// the site.
/// </summary>
public class RosterRunControlTests
{
    /// <summary>Makes agent A001 of the sample impossible to roster: part-day absences every day leave no shift, so no minimum hours.</summary>
    private static void SpoilA001(SampleCopy sample)
    {
        var lines = File.ReadAllLines(Path.Combine(sample.Directory, "time_off.csv")).ToList();
        for (var day = 8; day <= 14; day++)
        {
            lines.Add($"A001,2026-03-{day:00}T05:00,2026-03-{day:00}T23:59,training course");
        }

        File.WriteAllLines(Path.Combine(sample.Directory, "time_off.csv"), lines);
    }

    private static JsonElement Summary(string outDir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json"))).RootElement;

    [Fact]
    public void An_agent_whose_rules_contradict_is_named_and_everyone_else_is_rostered()
    {
        using var sample = new SampleCopy();
        SpoilA001(sample);
        var outDir = Path.Combine(sample.Directory, "out");

        var outcome = CliRunner.Run("roster", "--scenario", sample.Directory, "--out", outDir, "--time-limit", "10s");

        Assert.Equal(0, outcome.ExitCode);
        var named = Assert.Single(Summary(outDir).GetProperty("unrostered").EnumerateArray());
        Assert.Equal("A001", named.GetProperty("agentId").GetString());
        Assert.Equal("minimum hours", named.GetProperty("rule").GetString());
        Assert.Contains("A001", outcome.StandardError, StringComparison.Ordinal);
        var rostered = File.ReadAllLines(Path.Combine(outDir, "roster.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        Assert.DoesNotContain("A001", rostered);
        Assert.Equal(127, rostered.Count);
    }

    [Fact]
    public void With_strict_an_agent_whose_rules_contradict_stops_the_run_with_exit_3()
    {
        using var sample = new SampleCopy();
        SpoilA001(sample);
        var outDir = Path.Combine(sample.Directory, "out");

        var outcome = CliRunner.Run("roster", "--scenario", sample.Directory, "--out", outDir, "--time-limit", "10s", "--strict");

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("agent A001", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("minimum hours", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_limit_that_ends_before_a_first_roster_exits_4_and_writes_nothing()
    {
        using var sample = new SampleCopy();
        var outDir = Path.Combine(sample.Directory, "out");

        var outcome = CliRunner.Run("roster", "--scenario", sample.Directory, "--out", outDir, "--time-limit", "0.1s");

        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains("time limit", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Ctrl_C_ten_seconds_into_a_minute_writes_the_best_roster_so_far_at_once()
    {
        using var sample = new SampleCopy();
        var outDir = Path.Combine(sample.Directory, "out");
        using var run = CliRunner.Start("roster", "--scenario", sample.Directory, "--out", outDir, "--time-limit", "60s");

        Thread.Sleep(TimeSpan.FromSeconds(10) - run.Elapsed);
        var signalled = run.Elapsed;
        run.Signal("INT");
        var (exitCode, output, endedAt) = run.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
        Assert.True(endedAt - signalled <= TimeSpan.FromSeconds(2), $"the roster was written {(endedAt - signalled).TotalSeconds:0.0} s after Ctrl+C");
        Assert.Equal("interrupted", Summary(outDir).GetProperty("status").GetString());
        Assert.Contains("\"status\": \"interrupted\"", output, StringComparison.Ordinal);
        Assert.True(File.ReadAllLines(Path.Combine(outDir, "roster.csv")).Length > 100);
    }

    [Fact]
    public void A_minute_long_run_never_goes_five_seconds_without_a_progress_line()
    {
        using var sample = new SampleCopy();
        using var run = CliRunner.Start("roster", "--scenario", sample.Directory, "--out", Path.Combine(sample.Directory, "out"), "--time-limit", "60s");

        var (exitCode, _, endedAt) = run.WaitForExit(TimeSpan.FromSeconds(120));

        Assert.Equal(0, exitCode);
        var progress = run.ErrorLines.Where(l => l.Line.Contains("objective", StringComparison.Ordinal)).Select(l => l.At).ToList();
        var moments = progress.Prepend(TimeSpan.Zero).Append(endedAt).ToList();
        var longest = moments.Zip(moments.Skip(1), (a, b) => b - a).Max();
        Assert.True(longest <= TimeSpan.FromSeconds(5), string.Create(CultureInfo.InvariantCulture, $"{longest.TotalSeconds:0.0} s without a progress line"));
        Assert.True(progress.Count >= 12, $"only {progress.Count} progress lines in a minute");
    }
}
