using System.CommandLine;
using Workforce.Core.Planning;
using Workforce.Files.Output;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce roster</c>: staffing → weekly roster for named agents (<see cref="PlanPipeline"/> with
/// agents only). Progress goes to stderr; Ctrl+C or SIGTERM stops the search and keeps the best roster
/// found so far. Exit codes: 0 a roster (agents whose own rules contradict are named and left out), 2
/// bad input, 3 no lawful roster (with <c>--strict</c>: for any agent), 4 the time limit ended before a
/// first roster, 130 stopped before one.
/// </summary>
internal static class RosterCommand
{
    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder (site.json, forecast.csv, agents.csv, contracts.json, ...)");
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Output folder");

    public static Command Build()
    {
        var command = new Command("roster", $"Build a weekly roster for named agents. {ExitCodes.RosterHelp}")
        {
            ScenarioDir, Out, RosterOptions.TimeLimit, RosterOptions.Threads, RosterOptions.Seed, RosterOptions.DeterministicTime, RosterOptions.FrozenThrough, RosterOptions.Strict,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            using var output = OutputFolder.Begin(parse.GetValue(Out)!, directory);
            var loaded = ScenarioFiles.Load(directory, parts: PlanParts.Roster);
            var inputs = RosterOptions.Freeze(ScenarioFiles.RequireRoster(loaded, directory), parse);
            var settings = RosterConsole.Settings(parse, inputs.Agents.Count);
            var (plan, exitCode) = RosterConsole.Run(loaded with { Roster = inputs, Settings = PlanSettings.Default with { Roster = settings } });
            if (plan.Roster?.Report is not { } report)
            {
                return exitCode;
            }

            RosterOutputWriter.Write(output.WorkingDirectory, report);
            ReportHtmlWriter.Write(output.WorkingDirectory, report);
            output.Commit();
            Console.Out.WriteLine(RosterOutputWriter.SummaryJson(report.Summary));
            Console.Error.WriteLine($"Wrote the roster to {output.Target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
