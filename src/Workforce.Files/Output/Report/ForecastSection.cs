using System.Text;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;

namespace Workforce.Files.Output.Report;

/// <summary>A forecast that the plan made from the scenario's history, as the report shows it.</summary>
/// <param name="History">The history rows (every channel).</param>
/// <param name="Forecasts">The forecast of each channel, with its method and backtest.</param>
public sealed record ForecastAgainstHistory(IReadOnlyList<ForecastInterval> History, IReadOnlyList<ChannelForecast> Forecasts);

/// <summary>The report's "Forecast" section: per channel, the method and its backtest, and the chart of forecast against history.</summary>
internal static class ForecastSection
{
    public static void Append(StringBuilder html, Site site, ForecastAgainstHistory forecast)
    {
        html.Append("<h2 id=\"forecast\">Forecast</h2>\n<p class=\"note\">Made from history.csv; the method per channel is the best of a rolling-origin backtest (lowest WAPE). ")
            .Append("Coverage is the share of backtest intervals with at least 5 contacts inside the P10–P90 band.</p>\n<table>\n");
        ReportPage.Header(html, "Channel", "Method", "Backtest WAPE", "Backtest MASE", "P10–P90 coverage", "Forecast contacts (P50)");
        html.Append("<tbody>\n");
        foreach (var f in forecast.Forecasts)
        {
            var score = f.Backtest.First(s => s.Method == f.Method);
            ReportPage.Row(html, Markup.Neutral(f.ChannelId), f.Method, Markup.Figure(score.Wape, 3), Markup.Figure(score.Mase, 3), Markup.Percent(score.Coverage, 1), Markup.Figure(f.Intervals.Sum(i => i.P50)));
        }

        html.Append("</tbody>\n</table>\n");
        foreach (var f in forecast.Forecasts.Where(f => f.LeftOut.Count > 0))
        {
            html.Append("<p class=\"note\">").Append(Markup.Escape(f.ChannelId)).Append(": left out of the backtest for too little history: ")
                .Append(Markup.Escape(string.Join(", ", f.LeftOut.Select(m => $"{m.Method} (needs {m.DaysNeeded} days)")))).Append(".</p>\n");
        }

        foreach (var f in forecast.Forecasts.Where(f => f.Intervals.Count > 0))
        {
            html.Append("<h3>").Append(Markup.Text(f.ChannelId)).Append("</h3>\n");
            html.Append(SvgForecastChart.Render(site.TimeZone, site.IntervalLength, [.. forecast.History.Where(h => h.ChannelId == f.ChannelId)], f.Intervals)).Append('\n');
        }
    }
}
