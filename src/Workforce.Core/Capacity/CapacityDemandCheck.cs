using NodaTime.Text;
using Workforce.Core.Common;

namespace Workforce.Core.Capacity;

/// <summary>
/// Checks that capacity inputs have demand to plan for: every agent's primary skill has a forecast, and
/// every (week, channel) of the horizon has interval rows in the scenario's forecast or a weekly volume.
/// </summary>
public static class CapacityDemandCheck
{
    /// <summary>The agents file, named when an agent counts towards a skill without demand.</summary>
    public const string AgentsFile = "agents.csv";

    /// <summary>The first problem, or null when the inputs cover the horizon.</summary>
    /// <param name="weeks">Weeks of the horizon.</param>
    /// <param name="weeklyForecastSource">The weekly forecast file, named when a week has no forecast.</param>
    public static InputError? FirstGap(CapacityInputs inputs, int weeks, string weeklyForecastSource)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(weeklyForecastSource);
        var start = inputs.Settings.StartWeek ?? inputs.Scenario.Site.WeekStart;
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
                AgentsFile,
                null,
                "skills",
                $"agent {agent.Id} counts towards '{CurrentWorkforce.PrimarySkill(agent)}' (their most proficient skill), which has no forecast: capacity is planned per skill with demand");
        }

        for (var k = 0; k < weeks; k++)
        {
            foreach (var channel in channels.Where(c => !covered.Contains((k, c))))
            {
                return new InputError(
                    weeklyForecastSource,
                    null,
                    "week_start",
                    $"no forecast for channel '{channel}' in the week of {LocalDatePattern.Iso.Format(start.PlusWeeks(k))}: each week of the {weeks}-week horizon needs interval rows in forecast.csv or a row here");
            }
        }

        return null;
    }
}
