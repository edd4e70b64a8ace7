using System.CommandLine;
using System.Globalization;
using Workforce.Core.Capacity;
using Workforce.Core.Rostering;
using Workforce.Files.Output;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Capacity;
using Workforce.Scheduling.Capacity;

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
            var scenario = ScenarioInput.Load(directory);
            var roster = Checked(RosterInputsFolder.Load(directory, scenario.Site));
            var capacity = Load(directory, scenario, roster, weeks)
                ?? throw new BadInputException($"{Path.Combine(directory, CapacityFileReader.FileName)}: file not found; capacity planning needs it (see docs/capacity.md)");
            var efficiency = parse.GetValue(RosterSummary) is { } summaryPath
                ? (Checked(RosterSummaryReader.ReadEfficiency(summaryPath, scenario.Site.Shrinkage.PlannedFraction)), $"roster {summaryPath}")
                : ((double?)null, (string?)null);
            var settings = new CapacityPlanSettings(parse.GetValue(TimeLimit) ?? CapacityPlanSettings.Default.TimeLimit, capacity.Inputs.Settings.MonteCarloRuns, parse.GetValue(Seed));
            var plan = Run(capacity, efficiency.Item1, efficiency.Item2, settings);

            Write(output.WorkingDirectory, plan, scenario.Site.Currency);
            ReportHtmlWriter.WriteCapacity(output.WorkingDirectory, scenario.Site, plan.Plan);
            output.Commit();
            Console.Out.WriteLine(parse.GetValue(Json) ? CapacityJsonWriter.Json(plan.Plan, scenario.Site.Currency, plan.EfficiencySource) : Summary(plan.Plan, scenario.Site.Currency));
            Console.Error.WriteLine($"Wrote the capacity plan to {output.Target}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A capacity plan and where its scheduling efficiency came from.</summary>
    internal sealed record Outcome(CapacityPlan Plan, string EfficiencySource);

    /// <summary>Reads the capacity inputs, or null when the folder has no <c>capacity.json</c>; bad input throws.</summary>
    internal static (CapacityInputs Inputs, int Weeks)? Load(string directory, Core.Scenario scenario, RosterInputs? roster, int? weeks) =>
        Checked(CapacityFolder.Load(directory, scenario, roster, weeks));

    /// <summary>Builds the problem and plans it: shared by <c>capacity</c> and <c>plan</c>.</summary>
    /// <param name="measuredEfficiency">A roster's scheduling efficiency, which wins over capacity.json's and the default.</param>
    internal static Outcome Run((CapacityInputs Inputs, int Weeks) capacity, double? measuredEfficiency, string? measuredBy, CapacityPlanSettings settings)
    {
        var source = measuredEfficiency is not null ? measuredBy ?? "roster"
            : capacity.Inputs.Settings.SchedulingEfficiency is not null ? "capacity.json"
            : "default";
        var problem = CapacityProblemBuilder.Build(capacity.Inputs, capacity.Weeks, measuredEfficiency);
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Planning capacity over {problem.Weeks} weeks, {problem.Skills.Count} skills, {problem.CandidateStarts.Count} possible class weeks (scheduling efficiency {problem.Requirements.Conversion.SchedulingEfficiency:0.###}, {source})"));
        // The hiring model says nothing until it ends: the heartbeat shows the planner it is working.
        using var progress = new ProgressLines(Console.Error);
        progress.Stage("capacity: hiring model and Monte Carlo band");
        var plan = CapacityPlanner.Plan(problem, new CpSatHiringSolver(), settings);
        progress.Stage($"capacity: plan {plan.Decision.Status.ToLowerInvariant()}");
        return new Outcome(plan, source);
    }

    internal static void Write(string directory, Outcome outcome, string currency)
    {
        CapacityCsvWriter.Write(directory, outcome.Plan);
        CapacityJsonWriter.Write(directory, outcome.Plan, currency, outcome.EfficiencySource);
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

    private static T Checked<T>(Core.Common.InputResult<T> result) =>
        result.Succeeded ? result.Value : throw new BadInputException(result.Error!.ToString());
}
