using System.CommandLine;
using Workforce.Core.Staffing;
using Workforce.Files.Output;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce plan</c>: the main job. It runs the whole pipeline on a scenario folder; today that is
/// staffing (requirements plus a readable summary). Every input is read and checked before anything
/// is written, so bad input leaves the output folder untouched.
/// </summary>
internal static class PlanCommand
{
    public const string RequirementsFile = "requirements.csv";
    public const string SummaryFile = "summary.md";

    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder");
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Output folder");

    public static Command Build()
    {
        var command = new Command("plan", "Run the planning pipeline on a scenario folder") { ScenarioDir, Out };
        command.SetAction(parse =>
        {
            var scenario = ScenarioInput.Load(parse.GetValue(ScenarioDir)!);
            var outDir = parse.GetValue(Out)!;

            var requirements = StaffingPlanner.Staff(scenario.Site, scenario.Forecast);
            var summary = StaffingSummaryWriter.Render(scenario.Site, StaffingSummary.Build(scenario.Site, requirements));

            Directory.CreateDirectory(outDir);
            StaffingCsvWriter.Write(Path.Combine(outDir, RequirementsFile), requirements);
            AtomicFile.WriteAllText(Path.Combine(outDir, SummaryFile), summary);
            Console.Out.Write(summary);
            Console.Error.WriteLine($"Wrote {RequirementsFile} and {SummaryFile} to {outDir}");
            return ExitCodes.Success;
        });
        return command;
    }
}
