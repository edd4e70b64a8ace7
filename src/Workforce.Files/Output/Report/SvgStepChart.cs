using System.Globalization;
using System.Text;
using NodaTime;

namespace Workforce.Files.Output.Report;

/// <summary>One series of a step chart: a value per interval, drawn as a step line or a filled area.</summary>
/// <param name="CssClass">Class of the path (colours live in the page's style sheet).</param>
internal sealed record StepSeries(string Label, string CssClass, IReadOnlyList<double> Values, bool Filled);

/// <summary>
/// What a step chart shows: interval starts (half-open intervals of <paramref name="IntervalLength"/>),
/// its series, and the intervals to highlight (e.g. shortfall) as bands behind them.
/// </summary>
internal sealed record StepChartData(
    IReadOnlyList<Instant> IntervalStarts,
    Duration IntervalLength,
    IReadOnlyList<StepSeries> Series,
    IReadOnlyList<bool>? Highlight,
    string HighlightLabel,
    string YLabel);

/// <summary>Draws agents per interval over the week as an inline SVG: y ticks, day separators, legend.</summary>
internal static class SvgStepChart
{
    public const double Width = WeekAxis.ChartWidth;
    public const double Height = 250;
    private const double Left = 56;
    private const double Top = 48;
    private const double Bottom = 30;

    public static string Render(StepChartData chart, DateTimeZone zone, LocalDate weekStart, int days)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plotTop = Top;
        var plotBottom = Height - Bottom;
        var axis = new WeekAxis(zone, weekStart, days, Instant.MinValue, Left, Width - Left - WeekAxis.RightMargin);
        var max = chart.Series.SelectMany(s => s.Values).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        var (step, top) = NiceScale(max);
        double Y(double value) => plotBottom - (Math.Clamp(value, 0, top) / top * (plotBottom - plotTop));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        svg.Append("<rect class=\"plot\" x=\"").Append(Markup.Coord(axis.Left)).Append("\" y=\"").Append(Markup.Coord(plotTop))
            .Append("\" width=\"").Append(Markup.Coord(axis.Width)).Append("\" height=\"").Append(Markup.Coord(plotBottom - plotTop)).Append("\"/>");

        if (chart.Highlight is { } highlight)
        {
            foreach (var (from, to) in Runs(highlight))
            {
                var x1 = axis.X(chart.IntervalStarts[from]);
                var x2 = axis.X(chart.IntervalStarts[to - 1] + chart.IntervalLength);
                svg.Append("<rect class=\"shortfall\" x=\"").Append(Markup.Coord(x1)).Append("\" y=\"").Append(Markup.Coord(plotTop))
                    .Append("\" width=\"").Append(Markup.Coord(Math.Max(x2 - x1, 0.8))).Append("\" height=\"").Append(Markup.Coord(plotBottom - plotTop)).Append("\"/>");
            }
        }

        for (var value = 0.0; value <= top + 1e-9; value += step)
        {
            var y = Y(value);
            svg.Append("<line class=\"grid\" x1=\"").Append(Markup.Coord(axis.Left)).Append("\" y1=\"").Append(Markup.Coord(y))
                .Append("\" x2=\"").Append(Markup.Coord(axis.Right)).Append("\" y2=\"").Append(Markup.Coord(y)).Append("\"/>");
            svg.Append("<text class=\"ytick\" x=\"").Append(Markup.Coord(axis.Left - 5)).Append("\" y=\"").Append(Markup.Coord(y + 3.5))
                .Append("\" text-anchor=\"end\">").Append(Markup.Figure(value, step < 1 ? 1 : 0)).Append("</text>");
        }

        axis.Draw(svg, plotTop, plotBottom, plotTop - 6, hourTicks: true);
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ylabel\" x=\"12\" y=\"{Markup.Coord((plotTop + plotBottom) / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {Markup.Coord((plotTop + plotBottom) / 2)})\">{Markup.Escape(chart.YLabel)}</text>");

        foreach (var series in chart.Series.Where(s => s.Filled))
        {
            svg.Append("<path class=\"").Append(Markup.Escape(series.CssClass)).Append("\" d=\"").Append(StepPath(chart, series.Values, axis, Y, filled: true, plotBottom)).Append("\"/>");
        }

        foreach (var series in chart.Series.Where(s => !s.Filled))
        {
            svg.Append("<path class=\"").Append(Markup.Escape(series.CssClass)).Append("\" d=\"").Append(StepPath(chart, series.Values, axis, Y, filled: false, plotBottom)).Append("\"/>");
        }

        Legend(svg, chart, axis.Left);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Consecutive runs of true values, as half-open index ranges.</summary>
    internal static IEnumerable<(int From, int To)> Runs(IReadOnlyList<bool> flags)
    {
        var start = -1;
        for (var i = 0; i <= flags.Count; i++)
        {
            var on = i < flags.Count && flags[i];
            if (on && start < 0)
            {
                start = i;
            }
            else if (!on && start >= 0)
            {
                yield return (start, i);
                start = -1;
            }
        }
    }

    /// <summary>A round tick step (1, 2 or 5 × 10ⁿ) giving at most six ticks, and the axis top it reaches.</summary>
    internal static (double Step, double Top) NiceScale(double max)
    {
        if (!(max > 0))
        {
            return (1, 1);
        }

        var rough = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1.0, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough);
        return (step, Math.Ceiling(max / step) * step);
    }

    private static string StepPath(StepChartData chart, IReadOnlyList<double> values, WeekAxis axis, Func<double, double> y, bool filled, double baseline)
    {
        var d = new StringBuilder();
        Instant? previousEnd = null;
        var count = Math.Min(values.Count, chart.IntervalStarts.Count);
        for (var i = 0; i < count; i++)
        {
            var start = chart.IntervalStarts[i];
            var x1 = Markup.Coord(axis.X(start));
            var x2 = Markup.Coord(axis.X(start + chart.IntervalLength));
            var value = Markup.Coord(y(double.IsFinite(values[i]) ? values[i] : 0));
            if (previousEnd != start)
            {
                if (filled && previousEnd is not null)
                {
                    d.Append(" V").Append(Markup.Coord(baseline)).Append(" Z");
                }

                d.Append(" M").Append(x1).Append(' ').Append(filled ? Markup.Coord(baseline) : value);
            }

            d.Append(" V").Append(value).Append(" H").Append(x2);
            previousEnd = start + chart.IntervalLength;
        }

        if (filled && previousEnd is not null)
        {
            d.Append(" V").Append(Markup.Coord(baseline)).Append(" Z");
        }

        return d.ToString().TrimStart();
    }

    private static void Legend(StringBuilder svg, StepChartData chart, double left)
    {
        var x = left;
        const double y = 14;
        foreach (var series in chart.Series)
        {
            if (series.Filled)
            {
                svg.Append("<rect class=\"").Append(Markup.Escape(series.CssClass)).Append(" key\" x=\"").Append(Markup.Coord(x)).Append("\" y=\"").Append(Markup.Coord(y - 8)).Append("\" width=\"18\" height=\"10\"/>");
            }
            else
            {
                svg.Append("<path class=\"").Append(Markup.Escape(series.CssClass)).Append(" key\" d=\"M").Append(Markup.Coord(x)).Append(' ').Append(Markup.Coord(y - 3)).Append(" H").Append(Markup.Coord(x + 18)).Append("\"/>");
            }

            x = LegendLabel(svg, x + 24, y, series.Label);
        }

        if (chart.Highlight is not null)
        {
            svg.Append("<rect class=\"shortfall key\" x=\"").Append(Markup.Coord(x)).Append("\" y=\"").Append(Markup.Coord(y - 8)).Append("\" width=\"18\" height=\"10\"/>");
            LegendLabel(svg, x + 24, y, chart.HighlightLabel);
        }
    }

    private static double LegendLabel(StringBuilder svg, double x, double y, string label)
    {
        svg.Append("<text class=\"legend\" x=\"").Append(Markup.Coord(x)).Append("\" y=\"").Append(Markup.Coord(y)).Append("\">").Append(Markup.Escape(label)).Append("</text>");
        return x + 20 + (label.Length * 6.2);
    }
}
