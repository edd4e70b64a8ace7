using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Workforce.Core.Planning;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Pricing;
using Workforce.Storage.Scenarios;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce db import</c>: stores a scenario folder as one site, an idempotent upsert (the same folder
/// twice changes nothing), its forecast with the quantile columns forecast.csv has (or, forecast from
/// history, with its P10, P80 and P90), with its <c>history.csv</c> as the site's actuals, its <c>worked_time.csv</c>
/// as the agents' worked time and its <c>pricing.json</c> as the site's pricing terms. The whole folder is read and checked before the database is touched.
/// </summary>
internal static class DbImportCommand
{
    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder (site.json, forecast.csv, and optionally agents.csv, contracts.json, ...)");
    private static readonly Option<string?> Site = new("--site") { Description = "Site id in the database (default: the folder's name)" };

    public static Command Build()
    {
        var connection = DatabaseOption.Create();
        var command = new Command("import", "Import (upsert) a scenario folder as a site") { ScenarioDir, Site, connection };
        command.SetAction((parse, cancellationToken) =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            var siteId = SiteId(parse.GetValue(Site), directory);
            var demand = ScenarioFiles.Demand(ScenarioFiles.Load(directory, parts: PlanParts.Demand));
            var scenario = demand.Scenario;
            var quantiles = demand.Forecasts is { } made
                ? SiteForecast.Quantiles(scenario.Site, made)
                : ScenarioFiles.Checked(ForecastCsvReader.ReadQuantiles(Path.Combine(directory, ForecastCsvReader.FileName), scenario.Site));
            var inputs = RosterInputsFolder.Load(directory, scenario.Site);
            if (!inputs.Succeeded)
            {
                throw new BadInputException(inputs.Error!.ToString());
            }

            var actuals = Optional(directory, HistoryCsvReader.FileName, path => HistoryCsvReader.Read(path, scenario.Site))?.Rows;
            var workedTime = Optional(directory, WorkedTimeCsvReader.FileName, path => WorkedTimeCsvReader.Read(path, scenario.Site, inputs.Value?.Agents ?? []));
            var pricingJson = PricingText(directory, scenario, inputs.Value);
            return DatabaseOption.RunAsync(parse, connection, async dataSource =>
            {
                var summary = await new ScenarioImporter(dataSource).ImportAsync(siteId, scenario, quantiles, inputs.Value, actuals, workedTime, pricingJson, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Imported site '{summary.SiteId}': {summary.Channels} channels, {summary.Agents} agents, forecast version {summary.ForecastVersionId}{(summary.ForecastVersionAdded ? " (new)" : " (unchanged)")}{(actuals is null ? string.Empty : $", {actuals.Count} intervals of actuals")}{(workedTime is null ? string.Empty : $", {workedTime.Count} stretches of worked time")}{(pricingJson is null ? string.Empty : ", pricing terms")}"));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>
    /// An optional file of the folder (<c>history.csv</c>, the site's actuals; <c>worked_time.csv</c>, its
    /// time and attendance), or null when the folder has none.
    /// </summary>
    private static T? Optional<T>(string directory, string fileName, Func<string, Core.Common.InputResult<T>> read)
        where T : class
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var result = read(path);
        return result.Succeeded ? result.Value : throw new BadInputException(result.Error!.ToString());
    }

    /// <summary>
    /// The text of the folder's <c>pricing.json</c>, stored as it is so an export gives the same bytes back, or null
    /// when there is none. With agents it is checked as <c>price</c> reads it; without, only as UTF-8 JSON (nothing
    /// prices a roster then).
    /// </summary>
    private static string? PricingText(string directory, Core.Scenario scenario, Core.Rostering.RosterInputs? inputs)
    {
        var path = Path.Combine(directory, PricingFileReader.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new BadInputException($"{path}: not UTF-8 text; save the file as UTF-8");
        }

        if (inputs is not null)
        {
            var priced = scenario.Forecast.Where(f => f.Volume > 0).Select(f => f.ChannelId).ToHashSet(StringComparer.Ordinal);
            var terms = PricingFileReader.Read(path, scenario.Site, inputs.Contracts, priced);
            return terms.Succeeded ? text : throw new BadInputException(terms.Error!.ToString());
        }

        try
        {
            using var _ = JsonDocument.Parse(text.TrimStart('\uFEFF'), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return text;
        }
        catch (JsonException ex)
        {
            throw new BadInputException($"{path}: not valid JSON: {ex.Message}");
        }
    }

    private static string SiteId(string? option, string directory)
    {
        var id = option ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return string.IsNullOrWhiteSpace(id) || id.Trim() != id || id.Any(char.IsControl)
            ? throw new UsageException("--site", $"a site id must be non-empty, without leading or trailing spaces or control characters (a line break, a tab, ...), got '{string.Concat(id.Select(c => char.IsControl(c) ? "?" : c.ToString()))}'")
            : id;
    }
}
