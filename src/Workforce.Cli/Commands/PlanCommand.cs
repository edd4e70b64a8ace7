using System.CommandLine;
using Workforce.Core.Capacity;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Staffing;
using Workforce.Files.Output;
using Workforce.Files.Output.Pricing;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce plan</c>: the main job. It runs the whole pipeline on a scenario folder: staffing
/// (requirements plus a readable summary) and, when the folder has agents, the weekly roster, priced
/// when it has <c>pricing.json</c>, and the capacity plan when it has <c>capacity.json</c>. A folder with
/// history.csv and no forecast.csv is forecast first, and the forecast is written too. The output
/// folder is written whole (<see cref="OutputFolder"/>): bad input, no roster or any other failure
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
            ScenarioDir, Out, ScenarioInput.StaffAt, RosterCommand.TimeLimit, RosterCommand.Threads, RosterCommand.Seed, RosterCommand.DeterministicTime,
            RosterCommand.FrozenThrough, RosterCommand.Strict,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            using var output = OutputFolder.Begin(parse.GetValue(Out)!, directory);
            var outDir = output.WorkingDirectory;
            var (loaded, rosterInputs, pricingTerms, capacity) = PlanInputs.Load(directory, ScenarioInput.Quantile(parse));
            var scenario = loaded.Scenario;
            var forecast = loaded.FromHistory is { } made ? new ForecastAgainstHistory(made.History.Rows, made.Forecasts) : null;
            if (rosterInputs is null && PricingInput.Exists(directory))
            {
                Console.Error.WriteLine("note: pricing.json is not used: pricing costs a roster, and the scenario has no agents.csv");
            }

            var settings = RosterCommand.SettingsFrom(parse);

            var requirements = StaffingPlanner.Staff(scenario.Site, scenario.Forecast);
            var summary = StaffingSummaryWriter.Render(scenario.Site, StaffingSummary.Build(scenario.Site, requirements));
            // One deadline for the whole run: pricing and the capacity plan come out of it too.
            var capacityLimit = RunDeadline.CapacityShare(settings.TimeLimit);
            var afterRoster = (pricingTerms is null ? TimeSpan.Zero : RunDeadline.PricingReserve) + (capacity is null ? TimeSpan.Zero : capacityLimit);
            var roster = rosterInputs is { } agents ? RosterCommand.Run(scenario, RosterCommand.Freeze(agents, parse), parse, afterRoster, requirements) : null;
            if (roster is { Report: null } failed)
            {
                return failed.ExitCode;
            }

            if (roster?.Report is { } rostered)
            {
                summary += StaffingSummaryWriter.RenderRoster(scenario.Site, rostered.Summary);
            }

            var capacityPlan = capacity is { } c
                ? CapacityCommand.Run(c, MeasuredEfficiency(roster?.Report, scenario.Site.Shrinkage.PlannedFraction), "this run's roster", CapacitySettings(c, capacityLimit, settings.Seed))
                : null;

            StaffingCsvWriter.Write(Path.Combine(outDir, RequirementsFile), requirements);
            AtomicFile.WriteAllText(Path.Combine(outDir, SummaryFile), summary);
            if (loaded.FromHistory is { } fromHistory)
            {
                QuantileForecastCsvWriter.Write(Path.Combine(outDir, ForecastCsvReader.FileName), fromHistory.Forecasts.SelectMany(f => f.Intervals));
            }

            Console.Out.Write(summary);
            if (capacityPlan is not null)
            {
                CapacityCommand.Write(outDir, capacityPlan, scenario.Site.Currency);
            }

            if (roster?.Report is { } report)
            {
                var prices = pricingTerms is null ? null : BidPricer.Price(PricingRoster.From(scenario, rosterInputs!, report), WithForecastError(WithPlannedAttrition(pricingTerms, capacityPlan?.Plan), loaded.FromHistory?.Forecasts));
                RosterOutputWriter.Write(outDir, report);
                ReportHtmlWriter.Write(outDir, report, new ReportSections(forecast, prices, capacityPlan?.Plan));
                Console.Out.WriteLine();
                Console.Out.WriteLine(RosterOutputWriter.SummaryJson(report.Summary));
                if (prices is not null)
                {
                    PricingInput.Write(outDir, prices);
                    Console.Out.WriteLine();
                    Console.Out.Write(PriceTables.Render(prices));
                }
            }
            else
            {
                ReportHtmlWriter.WriteStaffing(outDir, scenario.Site, requirements, new ReportSections(forecast, Capacity: capacityPlan?.Plan));
            }

            output.Commit();
            Console.Error.WriteLine($"Wrote the plan to {output.Target}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>With a capacity plan, the bid pays for the attrition the plan expects, not the figure typed into pricing.json.</summary>
    private static PricingTerms WithPlannedAttrition(PricingTerms terms, CapacityPlan? plan)
    {
        if (plan is null)
        {
            return terms;
        }

        var attrition = CapacityAttrition.From(plan);
        Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Pricing attrition from the capacity plan: {attrition.LeaversPerMonth:0.##} leavers a month at {attrition.CostPerLeaver:0.##} each"));
        return terms with { Rates = terms.Rates with { Attrition = attrition } };
    }

    /// <summary>When Workforce made the forecast, the performance fee draws days from its own error, not the figure in pricing.json.</summary>
    private static PricingTerms WithForecastError(PricingTerms terms, IReadOnlyList<Core.Forecasting.ChannelForecast>? forecasts)
    {
        if (forecasts is null)
        {
            return terms;
        }

        var cv = ForecastVolumeError.DailyCv(forecasts);
        Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Performance fee: day-level volume error from the forecast, CV {cv:0.###}"));
        return terms with { Performance = terms.Performance with { DailyVolumeCv = cv } };
    }

    /// <summary>The scheduling efficiency this run's roster achieved, which the capacity plan then uses; null without a roster.</summary>
    private static double? MeasuredEfficiency(RosterReport? report, double plannedFraction) =>
        report?.Summary is { PaidHours: > 0 } s && s.RequiredGrossAgentHours > s.UnderCoverageAgentHours
            ? FteConversion.EfficiencyFromRoster(s.RequiredGrossAgentHours, s.UnderCoverageAgentHours, s.PaidHours, plannedFraction)
            : null;

    private static CapacityPlanSettings CapacitySettings((CapacityInputs Inputs, int Weeks) capacity, TimeSpan limit, int seed) =>
        new(limit, capacity.Inputs.Settings.MonteCarloRuns, seed);
}
