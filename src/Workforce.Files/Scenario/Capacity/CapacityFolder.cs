using NodaTime.Text;
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
    public static InputResult<(CapacityInputs Inputs, int Weeks)?> Load(string directory, Core.Scenario scenario, RosterInputs? roster, int? weeks)
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
        return MissingWeek(inputs, start, horizon, weeklyPath) is { } missing
            ? InputResult<(CapacityInputs, int)?>.Failure(missing)
            : InputResult<(CapacityInputs, int)?>.Success((inputs, horizon));
    }

    /// <summary>An agent whose skill has no demand, or the first (week, channel) of the horizon with neither interval rows nor a weekly volume.</summary>
    private static InputError? MissingWeek(CapacityInputs inputs, NodaTime.LocalDate start, int weeks, string weeklyPath)
    {
        var forecast = inputs.Scenario.Forecast;
        var channels = inputs.Scenario.Site.Channels.Select(c => c.Id)
            .Where(id => forecast.Any(f => f.ChannelId == id) || inputs.WeeklyVolumes.Any(w => w.ChannelId == id))
            .ToList();
        var covered = forecast.Select(f => (WeeklyRequirements.WeekIndex(start, f.Start.Date), f.ChannelId))
            .Concat(inputs.WeeklyVolumes.Select(w => (WeeklyRequirements.WeekIndex(start, w.WeekStart), w.ChannelId)))
            .ToHashSet();
        if (inputs.Roster?.Agents.FirstOrDefault(a => !channels.Contains(CurrentWorkforce.PrimarySkill(a))) is { } agent)
        {
            return new InputError(
                AgentsCsvReader.FileName,
                null,
                "skills",
                $"agent {agent.Id} counts towards '{CurrentWorkforce.PrimarySkill(agent)}' (their most proficient skill), which has no forecast: capacity is planned per skill with demand");
        }

        for (var k = 0; k < weeks; k++)
        {
            foreach (var channel in channels.Where(c => !covered.Contains((k, c))))
            {
                return new InputError(
                    weeklyPath,
                    null,
                    "week_start",
                    $"no forecast for channel '{channel}' in the week of {LocalDatePattern.Iso.Format(start.PlusWeeks(k))}: each week of the {weeks}-week horizon needs interval rows in forecast.csv or a row here");
            }
        }

        return null;
    }
}
