using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Files.Output.Report;

/// <summary>
/// The roster as a Gantt chart: one thin row per agent (sorted by their first shift's start, then id),
/// shift bars over the week, and breaks, lunches, training and time off drawn over them in their own colours.
/// </summary>
internal static class SvgGantt
{
    public const double Width = WeekAxis.ChartWidth;
    public const double RowHeight = 9;
    private const double LabelWidth = 118;
    private const double Top = 44;

    /// <summary>Activities drawn over the shift bars, bottom layer first, with their legend labels.</summary>
    private static readonly (string Activity, string Label)[] Overlays =
    [
        ("training", "training"),
        ("break", "break"),
        ("lunch", "lunch"),
    ];

    private static readonly LocalDateTimePattern TimeLabel = LocalDateTimePattern.CreateWithInvariantCulture("ddd HH:mm");

    public static string Render(RosterReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var horizon = report.Data.Horizon;
        var byAgent = report.Activities.GroupBy(a => a.AgentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var agents = report.Data.Agents.Select(a => a.Agent.Id)
            .Concat(byAgent.Keys)
            .Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, First: FirstShift(byAgent, id)))
            .OrderBy(a => a.First)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => a.Id)
            .ToList();

        var lastEnd = report.Activities.Where(a => a.Activity == "shift").Select(a => a.End.ToInstant()).DefaultIfEmpty(horizon.WeekEnd).Max();
        var end = Instant.Max(horizon.WeekEnd, Instant.Min(lastEnd, horizon.InstantAt(horizon.Intervals)));
        var axis = new WeekAxis(horizon.Site.TimeZone, horizon.Site.WeekStart, RosterHorizon.Days, end, LabelWidth, Width - LabelWidth - WeekAxis.RightMargin);
        var bottom = Top + (agents.Count * RowHeight);
        var height = bottom + 8;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" width=\"{Width}\" height=\"{Markup.Coord(height)}\" viewBox=\"0 0 {Width} {Markup.Coord(height)}\" role=\"img\">");
        Legend(svg);
        if (end > horizon.WeekEnd)
        {
            var x = axis.X(horizon.WeekEnd);
            svg.Append("<rect class=\"beyond\" x=\"").Append(Markup.Coord(x)).Append("\" y=\"").Append(Markup.Coord(Top))
                .Append("\" width=\"").Append(Markup.Coord(axis.Right - x)).Append("\" height=\"").Append(Markup.Coord(bottom - Top)).Append("\"/>");
        }

        for (var row = 0; row < agents.Count; row++)
        {
            var y = Top + (row * RowHeight);
            if (row % 2 == 1)
            {
                svg.Append("<rect class=\"zebra\" x=\"0\" y=\"").Append(Markup.Coord(y)).Append("\" width=\"").Append(Markup.Coord(axis.Right))
                    .Append("\" height=\"").Append(Markup.Coord(RowHeight)).Append("\"/>");
            }

            svg.Append("<text class=\"agent\" x=\"").Append(Markup.Coord(LabelWidth - 4)).Append("\" y=\"").Append(Markup.Coord(y + RowHeight - 1.5))
                .Append("\" text-anchor=\"end\">").Append(Markup.Text(agents[row])).Append("</text>");
            if (!byAgent.TryGetValue(agents[row], out var activities))
            {
                continue;
            }

            foreach (var absence in activities.Where(a => a.Activity == "time_off"))
            {
                Bar(svg, axis, absence, "timeoff", y, 0, RowHeight);
            }

            foreach (var shift in activities.Where(a => a.Activity == "shift"))
            {
                Bar(svg, axis, shift, "shift", y, 1, RowHeight - 2);
            }

            foreach (var (activity, _) in Overlays)
            {
                foreach (var overlay in activities.Where(a => a.Activity == activity))
                {
                    Bar(svg, axis, overlay, activity, y, activity == "training" ? 3 : 1, activity == "training" ? RowHeight - 6 : RowHeight - 2);
                }
            }
        }

        axis.Draw(svg, Top, bottom, Top - 5, hourTicks: false);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static Instant FirstShift(Dictionary<string, List<ActivityRow>> byAgent, string id) =>
        byAgent.TryGetValue(id, out var rows)
            ? rows.Where(r => r.Activity == "shift").Select(r => r.Start.ToInstant()).DefaultIfEmpty(Instant.MaxValue).Min()
            : Instant.MaxValue;

    private static void Bar(StringBuilder svg, WeekAxis axis, ActivityRow row, string cssClass, double rowTop, double inset, double height)
    {
        var x1 = axis.X(row.Start);
        var x2 = axis.X(row.End);
        if (x2 <= x1)
        {
            return;
        }

        svg.Append("<rect class=\"").Append(cssClass).Append("\" x=\"").Append(Markup.Coord(x1)).Append("\" y=\"").Append(Markup.Coord(rowTop + inset))
            .Append("\" width=\"").Append(Markup.Coord(Math.Max(x2 - x1, 0.6))).Append("\" height=\"").Append(Markup.Coord(height)).Append("\"><title>")
            .Append(Markup.Text($"{row.AgentId}: {row.Activity.Replace('_', ' ')} {TimeLabel.Format(row.Start.LocalDateTime)}–{TimeLabel.Format(row.End.LocalDateTime)}"))
            .Append("</title></rect>");
    }

    private static void Legend(StringBuilder svg)
    {
        var x = LabelWidth;
        foreach (var (cssClass, label) in new[] { ("shift", "shift") }.Concat(Overlays).Append(("timeoff", "time off")))
        {
            svg.Append("<rect class=\"").Append(cssClass).Append(" key\" x=\"").Append(Markup.Coord(x)).Append("\" y=\"8\" width=\"18\" height=\"10\"/>");
            svg.Append("<text class=\"legend\" x=\"").Append(Markup.Coord(x + 24)).Append("\" y=\"17\">").Append(Markup.Escape(label)).Append("</text>");
            x += 40 + (label.Length * 6.2);
        }

        svg.Append("<rect class=\"beyond key\" x=\"").Append(Markup.Coord(x)).Append("\" y=\"8\" width=\"18\" height=\"10\"/>");
        svg.Append("<text class=\"legend\" x=\"").Append(Markup.Coord(x + 24)).Append("\" y=\"17\">after the week (shifts that started in it)</text>");
    }
}
