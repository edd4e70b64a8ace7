using System.CommandLine;
using Workforce.Core.Staffing;
using Workforce.Files.Output;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary><c>workforce staff</c>: agents needed per interval and channel for a scenario's forecast.</summary>
internal static class StaffCommand
{
    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder (site.json, forecast.csv)");
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Requirements CSV to write");

    public static Command Build()
    {
        var command = new Command("staff", "Staffing requirements per interval and channel") { ScenarioDir, Out, RosterOptions.StaffAt };
        command.SetAction(parse =>
        {
            OutputFolder.CheckFile(parse.GetValue(Out)!);
            var scenario = ScenarioFiles.Scenario(ScenarioFiles.Load(parse.GetValue(ScenarioDir)!, RosterOptions.Quantile(parse), PlanParts.Demand));
            var requirements = StaffingPlanner.Staff(scenario.Site, scenario.Forecast);
            StaffingCsvWriter.Write(parse.GetValue(Out)!, requirements);
            Console.Error.WriteLine($"Wrote {requirements.Count} interval requirements to {parse.GetValue(Out)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
