namespace Workforce.Cli.Tests;

public class RosterCommandTests
{
    [Fact]
    public void Contradictory_hard_rules_name_the_agent_and_rule_and_exit_3()
    {
        using var sample = new SampleCopy();
        // Part-day absences (unpaid) on every day leave a full-time agent no shift at all, so the
        // contract's weekly minimum cannot be met.
        var lines = File.ReadAllLines(Path.Combine(sample.Directory, "time_off.csv")).ToList();
        for (var day = 8; day <= 14; day++)
        {
            lines.Add($"A001,2026-03-{day:00}T05:00,2026-03-{day:00}T23:59,training course");
        }

        File.WriteAllLines(Path.Combine(sample.Directory, "time_off.csv"), lines);
        var outDir = Path.Combine(sample.Directory, "out");

        var outcome = CliRunner.Run("roster", "--scenario", sample.Directory, "--out", outDir, "--time-limit", "10s");

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("agent A001", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("minimum hours", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_scenario_without_agents_cannot_be_rostered_and_says_so()
    {
        using var sample = new SampleCopy();
        File.Delete(Path.Combine(sample.Directory, "agents.csv"));

        var outcome = CliRunner.Run("roster", "--scenario", sample.Directory, "--out", Path.Combine(sample.Directory, "out"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("agents.csv: file not found", outcome.StandardError, StringComparison.Ordinal);
    }
}
