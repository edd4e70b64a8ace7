using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Storage.Tests;

/// <summary>data/sample, read with the scenario folder readers.</summary>
public static class SampleScenario
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "data", "sample");

    /// <summary>The files a scenario folder export writes; data/sample also has a README.md, which is not data.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = ["site.json", "forecast.csv", "agents.csv", "contracts.json", "time_off.csv", "carry_in.csv"];

    public static (Core.Scenario Scenario, RosterInputs Inputs) Load(string? directory = null)
    {
        directory ??= Directory;
        var scenario = ScenarioFolder.Load(directory);
        Assert.True(scenario.Succeeded, scenario.Error?.ToString());
        var inputs = RosterInputsFolder.Load(directory, scenario.Value.Site);
        Assert.True(inputs.Succeeded, inputs.Error?.ToString());
        return (scenario.Value, inputs.Value!);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workforce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Workforce.sln not found above the test binaries.");
    }
}
