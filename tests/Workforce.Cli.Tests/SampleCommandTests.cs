using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Tests;

public sealed class SampleCommandTests : IDisposable
{
    private static readonly string Profile = Path.Combine(CliRunner.RepositoryRoot(), "data", "reference", "anonymous-bank", "anonymous_bank_1999_02_halfhour.csv");

    private readonly string _out = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void Seed_7_writes_the_committed_sample_file_for_file()
    {
        // The arguments of data/make-sample.sh.
        var outcome = CliRunner.Run("sample", "--profile", Profile, "--out", _out, "--seed", "7", "--week-start", "2026-03-08");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);

        var sample = Path.Combine(CliRunner.RepositoryRoot(), "data", "sample");
        Assert.True(File.Exists(Path.Combine(_out, ".workforce-output")));
        var written = Directory.GetFiles(_out).Select(Path.GetFileName).Where(f => f != ".workforce-output").Order().ToList();
        Assert.Equal(["agents.csv", "carry_in.csv", "contracts.json", "forecast.csv", "site.json", "time_off.csv"], written);
        foreach (var file in written)
        {
            Assert.True(File.ReadAllText(Path.Combine(sample, file!)) == File.ReadAllText(Path.Combine(_out, file!)), $"{file} differs from data/sample; run data/make-sample.sh");
        }
    }

    [Fact]
    public void A_site_of_two_thousand_agents_has_time_off_in_proportion_and_no_agent_whose_own_rules_contradict()
    {
        var outcome = CliRunner.Run("sample", "--profile", Profile, "--out", _out, "--scale", "22", "--seed", "13");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);

        var scenario = ScenarioFolder.Load(_out).Value;
        var inputs = RosterInputsFolder.Load(_out, scenario.Site).Value!;
        Assert.True(inputs.Agents.Count >= 2000, $"{inputs.Agents.Count} agents");
        // About four rows per 128 agents, less the few dropped from agents whose history had to be redrawn.
        Assert.InRange(inputs.TimeOff.Count, 0.8 * 4 * inputs.Agents.Count / 128, 4.0 * inputs.Agents.Count / 128 + 1);
        Assert.Contains(inputs.CarryIn, c => c.LastShiftStart is not null && c.LastShiftEnd > scenario.Site.WeekStart.AtMidnight());

        var data = RosterModelBuilder.Build(scenario.Site, StaffingPlanner.Staff(scenario.Site, scenario.Forecast), scenario.Forecast, inputs, RosterWeights.Default);
        Assert.Empty(AgentScreening.Screen(data));
    }
}
