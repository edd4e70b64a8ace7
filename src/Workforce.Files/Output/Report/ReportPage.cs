using System.Globalization;
using System.Text;

namespace Workforce.Files.Output.Report;

/// <summary>
/// The report page's frame: XHTML-compatible markup with its style sheet inline, no scripts, fonts
/// or links, so the file opens the same in any browser, offline, and parses as XML.
/// </summary>
internal static class ReportPage
{
    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2933; margin: 24px; max-width: 1320px; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #d9dee3; padding-bottom: 4px; }
        h3 { font-size: 14px; margin: 18px 0 2px; }
        p.sub, p.note { color: #52606d; font-size: 13px; margin: 2px 0 8px; }
        dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px; margin: 14px 0; }
        dl.figures div { background: #f5f7fa; border-radius: 4px; padding: 6px 10px; }
        dl.figures dt { font-size: 11px; color: #616e7c; text-transform: uppercase; letter-spacing: 0.03em; }
        dl.figures dd { margin: 2px 0 0; font-size: 17px; font-weight: 600; font-variant-numeric: tabular-nums; }
        table { border-collapse: collapse; font-size: 13px; margin: 6px 0; }
        th, td { padding: 4px 10px; border-bottom: 1px solid #e4e7eb; }
        th { text-align: left; background: #f5f7fa; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .status-Optimal, .status-optimal { color: #1b7a3d; } .status-Feasible, .status-feasible, .status-interrupted { color: #8a5a00; }
        svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
        svg text { fill: #3e4c59; }
        svg .plot { fill: #ffffff; stroke: #cbd2d9; stroke-width: 1; }
        svg .grid { stroke: #e4e7eb; stroke-width: 1; }
        svg .day { stroke: #9aa5b1; stroke-width: 1; }
        svg .tick { stroke: #9aa5b1; stroke-width: 1; }
        svg .daylabel { font-size: 11px; font-weight: 600; }
        svg .hour, svg .ytick { font-size: 9px; }
        svg .ylabel, svg .legend { font-size: 11px; }
        svg .agent { font-size: 7.5px; font-family: ui-monospace, Menlo, Consolas, monospace; }
        svg .scheduled { fill: #9ec5f0; fill-opacity: 0.85; stroke: #4a90d9; stroke-width: 0.6; }
        svg path.required { fill: none; stroke: #1f2933; stroke-width: 1.4; }
        svg .shortfall { fill: #e12d39; fill-opacity: 0.22; }
        svg .zebra { fill: #f5f7fa; }
        svg .beyond { fill: #e4e7eb; fill-opacity: 0.6; }
        svg .shift { fill: #4a90d9; }
        svg .break { fill: #f7c948; }
        svg .lunch { fill: #f0863c; }
        svg .training { fill: #8e44ad; }
        svg .timeoff { fill: #9aa5b1; fill-opacity: 0.55; }
        svg .band { fill: #9ec5f0; fill-opacity: 0.5; stroke: none; }
        svg path.history { fill: none; stroke: #52606d; stroke-width: 1; }
        svg path.p50 { fill: none; stroke: #1f5fa8; stroke-width: 1.4; }
        svg path.productive { fill: none; stroke: #4a90d9; stroke-width: 1.8; }
        svg .hires { fill: #8e44ad; fill-opacity: 0.7; }
        """;

    public static void Open(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
            .Append(Markup.Escape(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
    }

    public static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");

    /// <summary>A headline figure: a small caption over a big number.</summary>
    public static void Figure(StringBuilder html, string caption, string value, string? cssClass = null)
    {
        html.Append("<div><dt>").Append(Markup.Escape(caption)).Append("</dt><dd");
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(Markup.Escape(cssClass)).Append('"');
        }

        html.Append('>').Append(Markup.Escape(value)).Append("</dd></div>\n");
    }

    /// <summary>A table row; cells after the first are numbers and align right.</summary>
    public static void Row(StringBuilder html, string cell, params string[] numbers)
    {
        html.Append("<tr><td>").Append(Markup.Escape(cell)).Append("</td>");
        foreach (var number in numbers)
        {
            html.Append("<td class=\"n\">").Append(Markup.Escape(number)).Append("</td>");
        }

        html.Append("</tr>\n");
    }

    public static void Header(StringBuilder html, string first, params string[] numbers)
    {
        html.Append("<thead><tr><th>").Append(Markup.Escape(first)).Append("</th>");
        foreach (var number in numbers)
        {
            html.Append("<th class=\"n\">").Append(Markup.Escape(number)).Append("</th>");
        }

        html.Append("</tr></thead>\n");
    }

    public static string Week(Core.Sites.Site site) => string.Create(
        CultureInfo.InvariantCulture,
        $"Week {site.WeekStart:ddd d MMM uuuu} – {site.WeekStart.PlusDays(6):ddd d MMM uuuu}, {site.TimeZone.Id}, {site.IntervalLength.TotalMinutes:0}-minute intervals");
}
