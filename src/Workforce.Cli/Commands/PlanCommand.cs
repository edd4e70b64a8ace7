using System.CommandLine;
using Workforce.Core.Planning;
using Workforce.Core.Staffing;
using Workforce.Files.Output;
using Workforce.Files.Output.Pricing;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce plan</c>: the main job, a door onto <see cref="PlanPipeline"/>. It plans a scenario
/// folder: staffing (requirements plus a readable summary) and, when the folder has agents, the weekly
/// roster, priced when it has <c>pricing.json</c>, and the capacity plan when it has <c>capacity.json</c>.
/// A folder with history.csv and no forecast.csv is forecast first, and the forecast is written too. The
/// output folder is written whole (<see cref="OutputFolder"/>): bad input, no roster or any other failure
/// leaves it as it was.
/// </summary>
internal static class PlanCommand
{
    public const string RequirementsFile = "requirements.csv";
    public const string SummaryFile = "summary.md";

    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder");
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Output folder");

    public static Command Build()
    {
        var command = new Command("plan", $"Run the planning pipeline on a scenario folder. {ExitCodes.RosterHelp}")
        {
            ScenarioDir, Out, RosterOptions.StaffAt, RosterOptions.TimeLimit, RosterOptions.Threads, RosterOptions.Seed, RosterOptions.DeterministicTime,
            RosterOptions.FrozenThrough, RosterOptions.Strict,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            using var output = OutputFolder.Begin(parse.GetValue(Out)!, directory);
            var outDir = output.WorkingDirectory;
            var loaded = ScenarioFiles.Load(directory, RosterOptions.Quantile(parse));
            if (loaded.Roster is null && PlanFolder.HasPricing(directory))
            {
                Console.Error.WriteLine("note: pricing.json is not used: pricing costs a roster, and the scenario has no agents.csv");
            }

            // One deadline for the whole run: the pipeline keeps pricing's and the capacity plan's time out of the roster's.
            var rosterSettings = RosterConsole.Settings(parse, loaded.Roster?.Agents.Count ?? 0);
            var request = loaded with
            {
                Roster = loaded.Roster is { } agents ? RosterOptions.Freeze(agents, parse) : null,
                Settings = new PlanSettings(rosterSettings, PlanSettings.CapacityShare(rosterSettings.Solver.TimeLimit), rosterSettings.Solver.Seed),
            };
            var (plan, exitCode) = RosterConsole.Run(request);
            if (exitCode != ExitCodes.Success)
            {
                return exitCode;
            }

            var site = plan.Scenario.Site;
            var forecast = plan.Forecasts is { } made ? new ForecastAgainstHistory(request.History!.Rows, made) : null;
            var summary = StaffingSummaryWriter.Render(site, StaffingSummary.Build(site, plan.Requirements));
            if (plan.Roster?.Report is { } rostered)
            {
                summary += StaffingSummaryWriter.RenderRoster(site, rostered.Summary);
            }

            StaffingCsvWriter.Write(Path.Combine(outDir, RequirementsFile), plan.Requirements);
            AtomicFile.WriteAllText(Path.Combine(outDir, SummaryFile), summary);
            if (plan.Forecasts is { } forecasts)
            {
                QuantileForecastCsvWriter.Write(Path.Combine(outDir, ForecastCsvReader.FileName), forecasts.SelectMany(f => f.Intervals));
            }

            Console.Out.Write(summary);
            if (plan.Capacity is { } capacity)
            {
                PlanFiles.WriteCapacity(outDir, capacity, site.Currency);
            }

            if (plan.Roster?.Report is { } report)
            {
                RosterOutputWriter.Write(outDir, report);
                ReportHtmlWriter.Write(outDir, report, new ReportSections(forecast, plan.Prices, plan.Capacity?.Plan));
                Console.Out.WriteLine();
                Console.Out.WriteLine(RosterOutputWriter.SummaryJson(report.Summary));
                if (plan.Prices is { } prices)
                {
                    PlanFiles.WritePrices(outDir, prices);
                    Console.Out.WriteLine();
                    Console.Out.Write(PriceTables.Render(prices));
                }
            }
            else
            {
                ReportHtmlWriter.WriteStaffing(outDir, site, plan.Requirements, new ReportSections(forecast, Capacity: plan.Capacity?.Plan));
            }

            output.Commit();
            Console.Error.WriteLine($"Wrote the plan to {output.Target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
