using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Files.Output;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce forecast</c>: volume and AHT per interval and channel from a history, with P10–P90
/// quantiles (docs/forecasting.md); or, with <c>--backtest</c>, every method's accuracy over rolling origins.
/// </summary>
internal static class ForecastCommand
{
    private static readonly Option<string> HistoryFile = OptionFactory.RequiredPath("--history", "History CSV (interval_start,channel,volume,aht_seconds)");
    private static readonly Option<string?> SiteFile = new("--site") { Description = "site.json whose zone, interval grid, channels and public holidays apply" };
    private static readonly Option<string?> TimeZone = new("--time-zone") { Description = "IANA time zone of the history's times when no --site is given (default UTC)" };
    private static readonly Option<string?> From = new("--from") { Description = "First local date to forecast, YYYY-MM-DD; history from this date on is ignored" };
    private static readonly Option<int> Days = new("--days") { Description = "Days to forecast (default 7)", DefaultValueFactory = _ => 7 };
    private static readonly Option<string?> Out = new("--out") { Description = "Forecast CSV to write" };
    private static readonly Option<string> Method = new("--method") { Description = $"Forecasting method: {string.Join(", ", ForecastMethods.Names)} (default auto)", DefaultValueFactory = _ => ForecastMethods.Auto };
    private static readonly Option<bool> BacktestMode = new("--backtest") { Description = "Print every method's WAPE, MASE and interval coverage over rolling origins instead of forecasting" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the summary as JSON" };

    public static Command Build()
    {
        Method.AcceptOnlyFromAmong([.. ForecastMethods.Names]);
        var command = new Command("forecast", "Forecast volume and AHT per interval from history, with prediction intervals")
        {
            HistoryFile, SiteFile, TimeZone, From, Days, Out, Method, BacktestMode, Json,
        };
        command.SetAction(parse =>
        {
            var historyPath = parse.GetValue(HistoryFile)!;
            var (history, zone, specialDays) = LoadHistory(parse, historyPath);
            return parse.GetValue(BacktestMode)
                ? Backtest(history, zone, specialDays, historyPath, parse.GetValue(Json))
                : Forecast(parse, history, zone, specialDays, historyPath);
        });
        return command;
    }

    private static (History History, DateTimeZone Zone, IReadOnlySet<LocalDate> SpecialDays) LoadHistory(ParseResult parse, string historyPath)
    {
        if (parse.GetValue(SiteFile) is { } sitePath)
        {
            if (parse.GetValue(TimeZone) is not null)
            {
                throw new UsageException("--time-zone", "give either --site or --time-zone: the site's zone applies when a site is given");
            }

            var site = Read(SiteFileReader.Read(sitePath));
            return (Read(HistoryCsvReader.Read(historyPath, site)), site.TimeZone, site.PublicHolidays.Select(h => h.Date).ToHashSet());
        }

        var zoneId = parse.GetValue(TimeZone) ?? "UTC";
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new UsageException("--time-zone", $"unknown time zone '{zoneId}'; use an IANA id such as Europe/London");
        return (Read(HistoryCsvReader.Read(historyPath, zone)), zone, new HashSet<LocalDate>());
    }

    private static int Forecast(ParseResult parse, History history, DateTimeZone zone, IReadOnlySet<LocalDate> specialDays, string historyPath)
    {
        var fromText = parse.GetValue(From) ?? throw new UsageException("--from", "is required to forecast (or give --backtest)");
        var from = LocalDatePattern.Iso.Parse(fromText);
        if (!from.Success)
        {
            throw new UsageException("--from", $"expected a date such as 2026-03-08, got '{fromText}'");
        }

        var days = parse.GetValue(Days);
        if (days is < 1 or > 366)
        {
            throw new UsageException("--days", $"must be from 1 to 366, got {days}");
        }

        var outPath = parse.GetValue(Out) ?? throw new UsageException("--out", "is required to forecast (or give --backtest)");
        OutputFolder.CheckFile(outPath);
        var request = new ForecastRequest(zone, history.IntervalLength, from.Value, days, parse.GetValue(Method)!, specialDays);
        var forecasts = Run(history.Rows, request, historyPath);
        QuantileForecastCsvWriter.Write(outPath, forecasts.SelectMany(f => f.Intervals));
        Console.Out.Write(parse.GetValue(Json) ? JsonSerializer.Serialize(forecasts.Select(Summary), CliJson.Options) + "\n" : Text(forecasts));
        foreach (var line in SiteForecast.LeftOutLines(forecasts))
        {
            Console.Error.WriteLine(line);
        }

        Console.Error.WriteLine($"Wrote {forecasts.Sum(f => f.Intervals.Count)} forecast intervals to {outPath}");
        return ExitCodes.Success;
    }

    /// <summary>Runs the forecaster, reporting history that cannot support it as bad input in the history file.</summary>
    private static IReadOnlyList<ChannelForecast> Run(IReadOnlyList<ForecastInterval> history, ForecastRequest request, string historyPath)
    {
        try
        {
            return SiteForecast.FromHistory(history, request);
        }
        catch (ForecastInputException ex)
        {
            throw new BadInputException($"{historyPath}: {ex.Message}");
        }
    }

    private static int Backtest(History history, DateTimeZone zone, IReadOnlySet<LocalDate> specialDays, string historyPath, bool json)
    {
        var end = history.Rows.Max(r => r.Start.WithZone(zone).Date).PlusDays(1);
        var results = Forecaster.Series(history.Rows, zone, history.IntervalLength, end)
            .Select(s => (s.ChannelId, s.Series.Days, Scores: Forecaster.Backtest(s.Series, specialDays)))
            .ToList();
        if (results.All(r => r.Scores.Count == 0))
        {
            throw new BadInputException($"{historyPath}: too little history to backtest ({results.Max(r => r.Days)} days at most per channel; the seasonal naïve method needs 8, the weekly models 15)");
        }

        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(results.Select(r => new { channel = r.ChannelId, days = r.Days, methods = r.Scores.Select(Score) }), CliJson.Options));
            return ExitCodes.Success;
        }

        var text = new StringBuilder();
        foreach (var (channel, days, scores) in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"Channel {channel}: {days} days of history\n");
            if (scores.Count == 0)
            {
                text.Append("  too little history to backtest\n");
                continue;
            }

            text.Append("  method                 origins   WAPE   MASE  P10-P90 coverage\n");
            foreach (var s in scores.OrderBy(s => s.Wape))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {s.Method,-22} {s.Origins,7} {Figure(s.Wape, "0.000"),6} {Figure(s.Mase, "0.000"),6} {Figure(s.Coverage, "0.0%"),8}\n");
            }
        }

        text.Append("Coverage counts intervals with at least 5 contacts; the bands are calibrated on the same origins.\n");
        Console.Out.Write(text.ToString());
        return ExitCodes.Success;
    }

    private static object Summary(ChannelForecast forecast) => new
    {
        channel = forecast.ChannelId,
        method = forecast.Method,
        kappa = forecast.Kappa,
        parameters = forecast.Fit.Parameters,
        backtest = forecast.Backtest.Select(Score),
        leftOut = forecast.LeftOut.Select(m => new { method = m.Method, daysNeeded = m.DaysNeeded }),
    };

    /// <summary>A backtest score for JSON: a figure that cannot be computed (MASE when the naïve forecast is perfect) is null.</summary>
    private static object Score(BacktestScore s) => new
    {
        method = s.Method,
        origins = s.Origins,
        intervals = s.Intervals,
        wape = Finite(s.Wape),
        mase = Finite(s.Mase),
        coverage = Finite(s.Coverage),
        kappa = s.Kappa,
    };

    /// <summary>A figure for the text summary, or a dash when it cannot be computed.</summary>
    private static string Figure(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Text(IReadOnlyList<ChannelForecast> forecasts)
    {
        var text = new StringBuilder();
        foreach (var f in forecasts)
        {
            var score = f.Backtest.First(s => s.Method == f.Method);
            text.Append(CultureInfo.InvariantCulture, $"{f.ChannelId}: {f.Method} (backtest WAPE {Figure(score.Wape, "0.000")}, MASE {Figure(score.Mase, "0.000")}, P10-P90 coverage {Figure(score.Coverage, "0.0%")}), {f.Intervals.Sum(i => i.P50):0} contacts forecast\n");
            if (f.LeftOut.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  left out (too little history to backtest): {string.Join(", ", f.LeftOut.Select(m => $"{m.Method} needs {m.DaysNeeded} days"))}\n");
            }
        }

        return text.ToString();
    }

    private static T Read<T>(Core.Common.InputResult<T> result) => result.Succeeded ? result.Value : throw new BadInputException(result.Error!.ToString());
}
