namespace Workforce.Cli.Tests;

public class RosterCommandTests
{
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
