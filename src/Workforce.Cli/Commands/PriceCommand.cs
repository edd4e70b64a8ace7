using System.CommandLine;
using System.Globalization;
using Workforce.Core.Planning;
using Workforce.Core.Pricing;
using Workforce.Files.Output;
using Workforce.Files.Output.Pricing;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Pricing;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce price</c>: costs a roster and prices the bid in every billing model, with the
/// sensitivity grid. The roster is read from a roster output folder (<c>--roster DIR</c>, as
/// <c>workforce roster</c> or <c>plan</c> wrote it) or, without it, solved here first.
/// </summary>
internal static class PriceCommand
{
    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder (site.json, forecast.csv, agents.csv, contracts.json, pricing.json)");
    private static readonly Option<string?> RosterDir = new("--roster") { Description = "A roster output folder (roster.csv, coverage.csv) to price instead of solving a roster" };
    private static readonly Option<string?> Out = new("--out") { Description = "Output folder for prices.csv, sensitivity.csv, prices.json and pricing.html" };
    private static readonly Option<decimal?> MarginOption = Fraction("--margin", "Target margin, a share of the price (0.20: price = cost ÷ 0.8); overrides pricing.json");
    private static readonly Option<decimal?> MarkupOption = Fraction("--markup", "Target markup, a share of the cost (0.25: price = cost × 1.25); overrides pricing.json");
    private static readonly Option<int?> Months = new("--months") { Description = "Contract term in months, over which one-off hiring is spread; overrides pricing.json" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of tables" };

    public static Command Build()
    {
        var command = new Command("price", $"Cost a roster and price the bid in every billing model (solving one first unless --roster is given). {ExitCodes.RosterHelp}")
        {
            ScenarioDir, RosterDir, Out, MarginOption, MarkupOption, Months, Json,
            RosterOptions.TimeLimit, RosterOptions.Threads, RosterOptions.Seed, RosterOptions.DeterministicTime, RosterOptions.Strict,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            using var output = parse.GetValue(Out) is { } outDir ? OutputFolder.Begin(outDir, directory, parse.GetValue(RosterDir)) : null;
            var loaded = ScenarioFiles.Load(directory, parts: PlanParts.Roster | PlanParts.Pricing);
            var inputs = ScenarioFiles.RequireRoster(loaded, directory);
            var terms = WithOverrides(loaded.Pricing ?? throw new BadInputException($"{Path.Combine(directory, PricingFileReader.FileName)}: file not found"), parse);

            PriceSheet sheet;
            Core.Rostering.Reporting.RosterReport? solved = null;
            if (parse.GetValue(RosterDir) is { } rosterDir)
            {
                var scenario = ScenarioFiles.Scenario(loaded);
                var files = ScenarioFiles.Checked(RosterOutputReader.Read(rosterDir, scenario.Site, inputs.Agents));
                sheet = BidPricer.Price(new PricingRoster(scenario.Site, inputs.Agents, inputs.Contracts, scenario.Forecast, files.Roster, files.Coverage), terms);
            }
            else
            {
                var settings = RosterConsole.Settings(parse, inputs.Agents.Count);
                var (plan, exitCode) = RosterConsole.Run(loaded with { Pricing = terms, Settings = PlanSettings.Default with { Roster = settings } });
                if (plan.Prices is null)
                {
                    return exitCode;
                }

                solved = plan.Roster!.Report;
                sheet = plan.Prices;
            }

            Console.Out.Write(parse.GetValue(Json) ? PriceSheetJson.Serialize(sheet) + "\n" : PriceTables.Render(sheet));
            if (output is not null)
            {
                PlanFiles.WritePrices(output.WorkingDirectory, sheet);
                PricingHtmlSection.WritePage(output.WorkingDirectory, loaded.Site.Name, sheet);
                if (solved is not null)
                {
                    // A roster solved here is kept, so it can be priced again with --roster.
                    RosterOutputWriter.Write(output.WorkingDirectory, solved);
                    ReportHtmlWriter.Write(output.WorkingDirectory, solved, new ReportSections(Pricing: sheet));
                }

                output.Commit();
                Console.Error.WriteLine($"Wrote the prices to {output.Target}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static PricingTerms WithOverrides(PricingTerms terms, ParseResult parse)
    {
        var margin = parse.GetValue(MarginOption);
        var markup = parse.GetValue(MarkupOption);
        if (margin is not null && markup is not null)
        {
            throw new UsageException("--margin", "give --margin or --markup, not both: a margin is a share of the price, a markup a share of the cost");
        }

        if (margin is { } m && m >= 1)
        {
            throw new UsageException("--margin", $"a margin is a share of the price and must be below 1, got {m.ToString(CultureInfo.InvariantCulture)}");
        }

        var months = parse.GetValue(Months);
        if (months is < 1 or > 240)
        {
            throw new UsageException("--months", $"expected a whole number of months from 1 to 240, got {months}");
        }

        ProfitTarget target = margin is { } mm ? new Margin(mm) : markup is { } k ? new Markup(k) : terms.Target;
        return terms with { Target = target, ContractMonths = months ?? terms.ContractMonths };
    }

    /// <summary>A decimal ≥ 0 read from its text (no detour through double).</summary>
    private static Option<decimal?> Fraction(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                return value;
            }

            result.AddError($"{name}: expected a number ≥ 0, got '{text}'");
            return null;
        },
    };
}
