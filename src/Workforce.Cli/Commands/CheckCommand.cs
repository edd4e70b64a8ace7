using System.CommandLine;
using System.Globalization;
using Workforce.Core.Staffing;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce check</c>: reads and checks every input of a scenario folder as <c>plan</c> would, and
/// staffs its forecast, without rostering or writing anything. A planner runs it after editing a file;
/// it answers in a second with the first problem (file, line and field; exit 2) or with what the folder
/// holds (exit 0).
/// </summary>
internal static class CheckCommand
{
    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder");

    public static Command Build()
    {
        var command = new Command("check", "Read and check every input of a scenario folder, and staff its forecast, without solving or writing. Exit codes: 0 the folder would plan; 2 bad input") { ScenarioDir, RosterOptions.StaffAt };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            var inputs = ScenarioFiles.Load(directory, RosterOptions.Quantile(parse));
            var scenario = ScenarioFiles.Scenario(inputs);
            var site = scenario.Site;
            var requirements = StaffingPlanner.Staff(site, scenario.Forecast);
            var agentHours = requirements.Sum(r => r.ScheduledAgents) * site.IntervalLength.TotalHours;
            var parts = new List<string>
            {
                Counted(site.Channels.Count, "channel"),
                string.Create(CultureInfo.InvariantCulture, $"{agentHours:#,0.#} scheduled agent-hours required"),
            };
            if (inputs.Roster is { } roster)
            {
                parts.Add(Counted(roster.Agents.Count, "agent"));
            }

            if (inputs.Pricing is not null)
            {
                parts.Add("pricing terms");
            }

            if (inputs.Capacity is { } capacity)
            {
                parts.Add($"a capacity plan of {Counted(capacity.Weeks, "week")}");
            }

            Console.Out.WriteLine($"{directory}: no problems found ({string.Join(", ", parts)})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Counted(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {noun}{(count == 1 ? "" : "s")}");
}
