using System.CommandLine;
using System.Text;
using Workforce.Files.Output;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Pricing;
using Workforce.Storage.Scenarios;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce db export</c>: writes a site back as a scenario folder (its current forecast version with the quantile columns it has, active
/// agents, the published roster of its week as <c>baseline_roster.csv</c>, its actuals as
/// <c>history.csv</c>, its agents' worked time as <c>worked_time.csv</c> and its pricing terms as
/// <c>pricing.json</c>, byte for byte as imported), with the same writers the other commands use, so an import followed by an export
/// gives the same files.
/// </summary>
internal static class DbExportCommand
{
    private static readonly Option<string> Site = new("--site") { Description = "Site id in the database", Required = true };
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Scenario folder to write");

    public static Command Build()
    {
        var connection = DatabaseOption.Create();
        var command = new Command("export", "Export a site as a scenario folder") { Site, Out, connection };
        command.SetAction((parse, cancellationToken) => DatabaseOption.RunAsync(parse, connection, async dataSource =>
        {
            var siteId = parse.GetValue(Site)!;
            using var output = OutputFolder.Begin(parse.GetValue(Out)!);
            var stored = await new ScenarioExporter(dataSource).LoadAsync(siteId, cancellationToken)
                ?? throw new UsageException("--site", $"no site '{siteId}' in the database");
            var directory = output.WorkingDirectory;
            SiteFileWriter.Write(Path.Combine(directory, SiteFileReader.FileName), stored.Scenario.Site);
            ForecastCsvWriter.Write(Path.Combine(directory, ForecastCsvReader.FileName), stored.Scenario.Forecast, stored.ForecastQuantiles);
            if (stored.RosterInputs is { } inputs)
            {
                RosterInputsFolder.Write(directory, inputs);
            }

            var actuals = await new ActualsStore(dataSource).LoadAsync(siteId, stored.Scenario.Site.TimeZone, null, cancellationToken);
            if (actuals.Count > 0)
            {
                HistoryCsvWriter.Write(Path.Combine(directory, HistoryCsvReader.FileName), actuals);
            }

            var workedTime = await new WorkedTimeStore(dataSource).LoadAsync(siteId, cancellationToken);
            if (workedTime.Count > 0)
            {
                WorkedTimeCsvWriter.Write(Path.Combine(directory, WorkedTimeCsvReader.FileName), workedTime);
            }

            if (await new PricingTermsStore(dataSource).LoadAsync(siteId, cancellationToken) is { } pricingJson)
            {
                File.WriteAllBytes(Path.Combine(directory, PricingFileReader.FileName), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(pricingJson));
            }

            output.Commit();
            parse.InvocationConfiguration.Output.WriteLine($"Exported site '{siteId}' to {output.Target}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
