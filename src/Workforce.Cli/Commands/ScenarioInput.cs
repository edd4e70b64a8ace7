using System.CommandLine;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Core.Rostering.Solving;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary>Loads a scenario folder for a command, turning bad input into the exception the entry point reports.</summary>
internal static class ScenarioInput
{
    public static readonly Option<string> StaffAt = new("--staff-at")
    {
        Description = "Forecast quantile to staff for: p50 (the forecast volume), p80 or p90 (default p50)",
        DefaultValueFactory = _ => "p50",
    };

    static ScenarioInput() => StaffAt.AcceptOnlyFromAmong("p50", "p80", "p90");

    public static Core.Scenario Load(string directory) => Load(directory, StaffingQuantile.P50).Scenario;

    /// <summary>
    /// The scenario with its forecast taken at <paramref name="quantile"/>. A folder with
    /// <c>history.csv</c> and no <c>forecast.csv</c> is forecast first (method auto, the site's week),
    /// and that forecast comes back with the history it was made from.
    /// </summary>
    public static LoadedScenario Load(string directory, StaffingQuantile quantile)
    {
        var historyPath = Path.Combine(directory, HistoryCsvReader.FileName);
        if (File.Exists(Path.Combine(directory, ForecastCsvReader.FileName)) || !File.Exists(historyPath))
        {
            var scenario = ScenarioFolder.Load(directory, quantile);
            return new LoadedScenario(scenario.Succeeded ? scenario.Value : throw new BadInputException(scenario.Error!.ToString()), null);
        }

        var site = SiteFileReader.Read(Path.Combine(directory, SiteFileReader.FileName));
        var history = site.Succeeded ? HistoryCsvReader.Read(historyPath, site.Value) : throw new BadInputException(site.Error!.ToString());
        if (!history.Succeeded)
        {
            throw new BadInputException(history.Error!.ToString());
        }

        var forecasts = ForecastCommand.Run(history.Value.Rows, SiteForecast.Request(site.Value, site.Value.WeekStart, RosterHorizon.Days), historyPath);
        foreach (var line in ForecastCommand.LeftOutLines(forecasts))
        {
            Console.Error.WriteLine(line);
        }

        return new LoadedScenario(new Core.Scenario(site.Value, SiteForecast.At(site.Value, forecasts, quantile)), new HistoryForecast(history.Value, forecasts));
    }

    public static StaffingQuantile Quantile(ParseResult parse) => parse.GetValue(StaffAt) switch
    {
        "p80" => StaffingQuantile.P80,
        "p90" => StaffingQuantile.P90,
        _ => StaffingQuantile.P50,
    };
}

/// <summary>A loaded scenario and, when its forecast was made from history, that forecast and history.</summary>
internal sealed record LoadedScenario(Core.Scenario Scenario, HistoryForecast? FromHistory);

/// <summary>A forecast made from a scenario's history, kept for the output folder and the report.</summary>
internal sealed record HistoryForecast(History History, IReadOnlyList<ChannelForecast> Forecasts);
