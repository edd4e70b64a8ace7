using System.CommandLine;
using System.Globalization;
using Workforce.Core.Capacity;
using Workforce.Core.Planning;
using Workforce.Files.Output;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Capacity;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce capacity</c>: head-count over weeks. Required FTE from interval staffing, today's
/// agents under tenure-band attrition, and the classes an OR-Tools MIP hires, with a Monte Carlo band.
/// Writes <c>capacity.csv</c>, <c>capacity_skills.csv</c>, <c>capacity.json</c> and <c>report.html</c>.
/// </summary>
internal static class CapacityCommand
{
    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder with capacity.json");
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Output folder");
    private static readonly Option<int?> Weeks = new("--weeks") { Description = "Weeks to plan (default: capacity.json's horizonWeeks, else 26)" };
    private static readonly Option<int> Seed = new("--seed") { Description = "Monte Carlo seed (default 1)", DefaultValueFactory = _ => 1 };
    private static readonly Option<bool> Json = new("--json") { Description = "Print capacity.json to stdout" };
    private static readonly Option<string?> RosterSummary = new("--roster-summary") { Description = "A roster's summary.json: use the scheduling efficiency it measured" };
    private static readonly Option<TimeSpan?> TimeLimit = OptionFactory.Duration("--time-limit", "Optimiser time limit (default 10s)");

    public static Command Build()
    {
        var command = new Command("capacity", "Plan head-count, hiring classes, training and nesting over weeks")
        {
            ScenarioDir, Out, Weeks, Seed, Json, RosterSummary, TimeLimit,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            var weeks = parse.GetValue(Weeks);
            if (weeks is < 1 or > 520)
            {
                throw new UsageException("--weeks", $"must be from 1 to 520, got {weeks}");
            }

            using var output = OutputFolder.Begin(parse.GetValue(Out)!, directory, parse.GetValue(RosterSummary));
            var loaded = ScenarioFiles.Load(directory, parts: PlanParts.Capacity, capacityWeeks: weeks);
            var site = loaded.Site;
            var capacity = loaded.Capacity
                ?? throw new BadInputException($"{Path.Combine(directory, CapacityFileReader.FileName)}: file not found; capacity planning needs it (see docs/capacity.md)");
            if (parse.GetValue(RosterSummary) is { } summaryPath)
            {
                capacity = capacity with { MeasuredEfficiency = new MeasuredEfficiency(ScenarioFiles.Checked(RosterSummaryReader.ReadEfficiency(summaryPath, site.Shrinkage.PlannedFraction)), $"roster {summaryPath}") };
            }

            var settings = PlanSettings.Default with { CapacityTimeLimit = parse.GetValue(TimeLimit) ?? CapacityPlanSettings.Default.TimeLimit, CapacitySeed = parse.GetValue(Seed) };
            var plan = RosterConsole.Run(loaded with { Capacity = capacity, Settings = settings }).Result.Capacity!;

            PlanFiles.WriteCapacity(output.WorkingDirectory, plan, site.Currency);
            ReportHtmlWriter.WriteCapacity(output.WorkingDirectory, site, plan.Plan);
            output.Commit();
            Console.Out.WriteLine(parse.GetValue(Json) ? CapacityJsonWriter.Json(plan.Plan, site.Currency, plan.EfficiencySource) : Summary(plan.Plan, site.Currency));
            Console.Error.WriteLine($"Wrote the capacity plan to {output.Target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Summary(CapacityPlan plan, string currency)
    {
        var c = plan.Costs;
        var rows = plan.WeekRows();
        var first = plan.Problem.FirstProductionWeek;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
            Capacity plan: {plan.Problem.Weeks} weeks, solver {plan.Decision.Status} in {plan.Decision.Seconds:0.0} s
              hires {c.Hires} in {c.Classes} classes; hiring cost {c.HiringCost:0.00} {currency}
              expected leavers {c.ExpectedLeavers:0.0}; cost of attrition {c.CostOfAttrition:0.00} {currency}
              shortfall {c.ShortfallFteWeeks:0.0} FTE-weeks; weeks short from the first production week: {rows.Skip(first).Count(r => r.Gap < -1e-6)}
            """);
    }
}
