using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary>Loads a scenario folder for a command, turning bad input into the exception the entry point reports.</summary>
internal static class ScenarioInput
{
    public static Core.Scenario Load(string directory)
    {
        var scenario = ScenarioFolder.Load(directory);
        return scenario.Succeeded ? scenario.Value : throw new BadInputException(scenario.Error!.ToString());
    }
}
