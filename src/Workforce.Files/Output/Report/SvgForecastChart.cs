using System.Globalization;
using System.Text;
using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Files.Output.Report;

/// <summary>
/// One channel's forecast against its history: the contacts that arrived (a grey step line over the
/// last <see cref="HistoryDays"/> days before the forecast, and over the forecast days too when the
/// history reaches into them), the P10–P90 band as a shaded area and the P50 as a blue step line.
/// </summary>
internal static class SvgForecastChart
{
    public const int HistoryDays = 14;
    private const double Height = 250;
    private const double Left = 56;
    private const double Top = 48;
    private const double Bottom = 30;

    public static string Render(DateTimeZone zone, Duration intervalLength, IReadOnlyList<ForecastInterval> history, IReadOnlyList<QuantileForecastInterval> forecast)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(forecast);
        var from = forecast[0].Start.Date;
        var to = forecast[^1].Start.Date.PlusDays(1);
        var historyFirst = history.Count > 0 ? history.Min(h => h.Start.WithZone(zone).Date) : from;
        var first = Max(historyFirst, from.PlusDays(-HistoryDays));
        var days = Period.Between(first, to, PeriodUnits.Days).Days;
        var axis = new WeekAxis(zone, first, days, Instant.MinValue, Left, WeekAxis.ChartWidth - Left - WeekAxis.RightMargin);
        var shown = history.Where(h => h.Start.ToInstant() >= axis.Start && h.Start.ToInstant() < axis.End).OrderBy(h => h.Start.ToInstant()).ToList();
        var max = shown.Select(h => h.Volume).Concat(forecast.Select(f => f.P90)).DefaultIfEmpty(0).Max();
        var (step, top) = SvgStepChart.NiceScale(max);
        double Y(double value) => Height - Bottom - (Math.Clamp(value, 0, top) / top * (Height - Bottom - Top));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart forecast\" width=\"{WeekAxis.ChartWidth}\" height=\"{Height}\" viewBox=\"0 0 {WeekAxis.ChartWidth} {Height}\" role=\"img\">");
        svg.Append("<rect class=\"plot\" x=\"").Append(Markup.Coord(axis.Left)).Append("\" y=\"").Append(Markup.Coord(Top))
            .Append("\" width=\"").Append(Markup.Coord(axis.Width)).Append("\" height=\"").Append(Markup.Coord(Height - Bottom - Top)).Append("\"/>");
        for (var value = 0.0; value <= top + 1e-9; value += step)
        {
            svg.Append("<line class=\"grid\" x1=\"").Append(Markup.Coord(axis.Left)).Append("\" y1=\"").Append(Markup.Coord(Y(value)))
                .Append("\" x2=\"").Append(Markup.Coord(axis.Right)).Append("\" y2=\"").Append(Markup.Coord(Y(value))).Append("\"/>");
            svg.Append("<text class=\"ytick\" x=\"").Append(Markup.Coord(axis.Left - 5)).Append("\" y=\"").Append(Markup.Coord(Y(value) + 3.5))
                .Append("\" text-anchor=\"end\">").Append(Markup.Figure(value, step < 1 ? 1 : 0)).Append("</text>");
        }

        axis.Draw(svg, Top, Height - Bottom, Top - 6, hourTicks: days <= 7);
        svg.Append("<path class=\"band\" d=\"").Append(Band(forecast, intervalLength, axis, Y)).Append("\"/>");
        svg.Append("<path class=\"history\" d=\"").Append(Steps(shown.Select(h => (h.Start.ToInstant(), h.Volume)), intervalLength, axis, Y)).Append("\"/>");
        svg.Append("<path class=\"p50\" d=\"").Append(Steps(forecast.Select(f => (f.Start.ToInstant(), f.P50)), intervalLength, axis, Y)).Append("\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ylabel\" x=\"12\" y=\"{Markup.Coord((Top + Height - Bottom) / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {Markup.Coord((Top + Height - Bottom) / 2)})\">contacts per interval</text>");
        Legend(svg);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    /// <summary>A step line; a gap in time (a missing interval, a skipped hour) starts a new segment.</summary>
    private static string Steps(IEnumerable<(Instant Start, double Value)> points, Duration length, WeekAxis axis, Func<double, double> y)
    {
        var d = new StringBuilder();
        Instant? previousEnd = null;
        foreach (var (start, value) in points)
        {
            d.Append(previousEnd == start ? " V" : " M" + Markup.Coord(axis.X(start)) + " ").Append(Markup.Coord(y(value)))
                .Append(" H").Append(Markup.Coord(axis.X(start + length)));
            previousEnd = start + length;
        }

        return d.ToString().TrimStart();
    }

    /// <summary>The P10–P90 band: along the P90 steps, back along the P10 steps, closed.</summary>
    private static string Band(IReadOnlyList<QuantileForecastInterval> forecast, Duration length, WeekAxis axis, Func<double, double> y)
    {
        var d = new StringBuilder();
        var upper = Steps(forecast.Select(f => (f.Start.ToInstant(), f.P90)), length, axis, y);
        d.Append(upper);
        for (var i = forecast.Count - 1; i >= 0; i--)
        {
            var start = forecast[i].Start.ToInstant();
            d.Append(" H").Append(Markup.Coord(axis.X(start + length))).Append(" V").Append(Markup.Coord(y(forecast[i].P10)))
                .Append(" H").Append(Markup.Coord(axis.X(start)));
        }

        return d.Append(" Z").ToString();
    }

    private static void Legend(StringBuilder svg)
    {
        const double y = 14;
        var x = Left;
        foreach (var (css, label, filled) in new[] { ("history", "contacts that arrived", false), ("p50", "forecast P50", false), ("band", "P10–P90", true) })
        {
            svg.Append(filled
                ? $"<rect class=\"{css} key\" x=\"{Markup.Coord(x)}\" y=\"{Markup.Coord(y - 8)}\" width=\"18\" height=\"10\"/>"
                : $"<path class=\"{css} key\" d=\"M{Markup.Coord(x)} {Markup.Coord(y - 3)} H{Markup.Coord(x + 18)}\"/>");
            svg.Append("<text class=\"legend\" x=\"").Append(Markup.Coord(x + 24)).Append("\" y=\"").Append(Markup.Coord(y)).Append("\">").Append(Markup.Escape(label)).Append("</text>");
            x += 44 + (label.Length * 6.2);
        }
    }
}
