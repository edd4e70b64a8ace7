using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Cli;

/// <summary>Loads a scenario folder for a command (<see cref="PlanFolder"/>), turning bad input into the exception the entry point reports.</summary>
internal static class ScenarioFiles
{
    public static PlanRequest Load(string directory, StaffingQuantile quantile = StaffingQuantile.P50, PlanParts parts = PlanParts.All, int? capacityWeeks = null) =>
        Checked(PlanFolder.Load(directory, quantile, parts, capacityWeeks));

    /// <summary>The scenario at its quantile (forecast from history first when the folder has no forecast), with the forecast's notes on stderr.</summary>
    public static Core.Scenario Scenario(PlanRequest request) => Demand(request).Scenario;

    /// <summary>The demand as <see cref="Scenario"/> makes it, with the forecasts made from history (null when the folder has a forecast).</summary>
    public static PlanDemand Demand(PlanRequest request)
    {
        var demand = PlanPipeline.Demand(request);
        Notes(demand.Notes);
        return demand;
    }

    /// <summary>The agents a roster needs; a folder without them is bad input.</summary>
    public static RosterInputs RequireRoster(PlanRequest request, string directory) =>
        request.Roster ?? throw new BadInputException($"{Path.Combine(directory, AgentsCsvReader.FileName)}: file not found; a roster needs agents");

    public static T Checked<T>(InputResult<T> result) =>
        result.Succeeded ? result.Value : throw new BadInputException(result.Error!.ToString());

    /// <summary>A plan's notes, one line each on stderr.</summary>
    public static void Notes(IEnumerable<string> notes)
    {
        foreach (var note in notes)
        {
            Console.Error.WriteLine(note);
        }
    }
}
