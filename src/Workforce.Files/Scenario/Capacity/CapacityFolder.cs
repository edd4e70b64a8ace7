using Workforce.Core.Capacity;
using Workforce.Core.Common;
using Workforce.Core.Rostering;

namespace Workforce.Files.Scenario.Capacity;

/// <summary>
/// Loads a scenario's capacity inputs: <c>capacity.json</c> (its presence switches capacity planning
/// on), <c>weekly_forecast.csv</c> for far weeks, and hire dates from <c>agents.csv</c>. Checks that
/// every week and channel of the horizon has a forecast.
/// </summary>
public static class CapacityFolder
{
    /// <summary>Whether the folder asks for a capacity plan.</summary>
    public static bool HasCapacity(string directory) => File.Exists(Path.Combine(directory, CapacityFileReader.FileName));

    /// <param name="roster">The roster inputs already read (null without agents).</param>
    /// <param name="weeks">The command's horizon, or null for the file's.</param>
    /// <returns>The inputs and the horizon in weeks; a null value when the folder has no <c>capacity.json</c>.</returns>
    public static InputResult<(CapacityInputs Inputs, int Weeks)?> Load(string directory, Core.Scenario scenario, RosterInputs? roster, int? weeks) =>
        Load(directory, scenario, roster, weeks, checkDemand: true);

    /// <param name="checkDemand">
    /// Whether to check that every week of the horizon has a forecast (<see cref="CapacityDemandCheck"/>);
    /// false when the scenario's forecast is still to be made from history, and the plan checks it then.
    /// </param>
    internal static InputResult<(CapacityInputs Inputs, int Weeks)?> Load(string directory, Core.Scenario scenario, RosterInputs? roster, int? weeks, bool checkDemand)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(scenario);
        if (!HasCapacity(directory))
        {
            return InputResult<(CapacityInputs, int)?>.Success(null);
        }

        var settings = CapacityFileReader.Read(Path.Combine(directory, CapacityFileReader.FileName), scenario.Site, roster?.Contracts ?? [], weeks);
        if (!settings.Succeeded)
        {
            return InputResult<(CapacityInputs, int)?>.Failure(settings.Error!);
        }

        var start = settings.Value.StartWeek ?? scenario.Site.WeekStart;
        var weeklyPath = Path.Combine(directory, WeeklyForecastCsvReader.FileName);
        var weekly = File.Exists(weeklyPath)
            ? WeeklyForecastCsvReader.Read(weeklyPath, scenario.Site, start)
            : InputResult<IReadOnlyList<WeeklyVolume>>.Success([]);
        if (!weekly.Succeeded)
        {
            return InputResult<(CapacityInputs, int)?>.Failure(weekly.Error!);
        }

        var hireDates = roster is null
            ? InputResult<IReadOnlyDictionary<string, NodaTime.LocalDate>>.Success(new Dictionary<string, NodaTime.LocalDate>())
            : AgentHireDatesReader.Read(Path.Combine(directory, AgentsCsvReader.FileName), start);
        if (!hireDates.Succeeded)
        {
            return InputResult<(CapacityInputs, int)?>.Failure(hireDates.Error!);
        }

        var horizon = weeks ?? settings.Value.HorizonWeeks;
        var inputs = new CapacityInputs(scenario, roster, hireDates.Value, weekly.Value, settings.Value);
        return checkDemand && CapacityDemandCheck.FirstGap(inputs, horizon, weeklyPath) is { } missing
            ? InputResult<(CapacityInputs, int)?>.Failure(missing)
            : InputResult<(CapacityInputs, int)?>.Success((inputs, horizon));
    }
}
