using System.Globalization;
using System.Text;
using NodaTime.Text;
using Workforce.Core.Capacity;

namespace Workforce.Files.Output.Report;

/// <summary>
/// The capacity plan over its weeks as an inline SVG: the Monte Carlo P10–P90 band of productive FTE,
/// the expected productive FTE, the required FTE, and each week's new hires as bars along the bottom.
/// </summary>
internal static class SvgCapacityChart
{
    private const double Width = WeekAxis.ChartWidth;
    private const double Height = 300;
    private const double Left = 56;
    private const double Top = 40;
    private const double Bottom = 34;
    private const double HireBarsHeight = 36;

    public static string Render(CapacityPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = plan.WeekRows();
        var weeks = rows.Count;
        var right = Width - WeekAxis.RightMargin;
        var plotBottom = Height - Bottom;
        var step = (right - Left) / weeks;
        var max = rows.Select(r => Math.Max(Math.Max(r.RequiredFte, r.Band.P90), r.ProductiveFte)).DefaultIfEmpty(0).Max();
        var (tick, top) = SvgStepChart.NiceScale(max);
        double Y(double value) => plotBottom - (Math.Clamp(value, 0, top) / top * (plotBottom - Top));
        double X(int week) => Left + (week * step);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        svg.Append("<rect class=\"plot\" x=\"").Append(Markup.Coord(Left)).Append("\" y=\"").Append(Markup.Coord(Top))
            .Append("\" width=\"").Append(Markup.Coord(right - Left)).Append("\" height=\"").Append(Markup.Coord(plotBottom - Top)).Append("\"/>");
        for (var value = 0.0; value <= top + 1e-9; value += tick)
        {
            svg.Append("<line class=\"grid\" x1=\"").Append(Markup.Coord(Left)).Append("\" y1=\"").Append(Markup.Coord(Y(value)))
                .Append("\" x2=\"").Append(Markup.Coord(right)).Append("\" y2=\"").Append(Markup.Coord(Y(value))).Append("\"/>");
            svg.Append("<text class=\"ytick\" x=\"").Append(Markup.Coord(Left - 5)).Append("\" y=\"").Append(Markup.Coord(Y(value) + 3.5))
                .Append("\" text-anchor=\"end\">").Append(Markup.Figure(value, tick < 1 ? 1 : 0)).Append("</text>");
        }

        // The band: P90 left to right, then P10 back, each week a flat step.
        var band = new StringBuilder();
        for (var k = 0; k < weeks; k++)
        {
            band.Append(k == 0 ? "M" : " L").Append(Markup.Coord(X(k))).Append(' ').Append(Markup.Coord(Y(rows[k].Band.P90)))
                .Append(" H").Append(Markup.Coord(X(k + 1)));
        }

        for (var k = weeks - 1; k >= 0; k--)
        {
            band.Append(" L").Append(Markup.Coord(X(k + 1))).Append(' ').Append(Markup.Coord(Y(rows[k].Band.P10))).Append(" H").Append(Markup.Coord(X(k)));
        }

        svg.Append("<path class=\"band\" d=\"").Append(band).Append(" Z\"/>");
        svg.Append("<path class=\"productive\" d=\"").Append(Steps(rows.Select(r => r.ProductiveFte).ToList(), X, Y)).Append("\"/>");
        svg.Append("<path class=\"required\" d=\"").Append(Steps(rows.Select(r => r.RequiredFte).ToList(), X, Y)).Append("\"/>");

        var mostHires = Math.Max(rows.Max(r => r.HiresStarting), 1);
        for (var k = 0; k < weeks; k++)
        {
            if (rows[k].HiresStarting > 0)
            {
                var h = HireBarsHeight * rows[k].HiresStarting / mostHires;
                svg.Append("<rect class=\"hires\" x=\"").Append(Markup.Coord(X(k) + (step * 0.2))).Append("\" y=\"").Append(Markup.Coord(plotBottom - h))
                    .Append("\" width=\"").Append(Markup.Coord(step * 0.6)).Append("\" height=\"").Append(Markup.Coord(h)).Append("\"><title>")
                    .Append(Markup.Figure(rows[k].HiresStarting)).Append(" hires start training</title></rect>");
            }

            if (k % Math.Max(weeks / 13, 1) == 0)
            {
                svg.Append("<text class=\"hour\" x=\"").Append(Markup.Coord(X(k) + 2)).Append("\" y=\"").Append(Markup.Coord(plotBottom + 12)).Append("\">")
                    .Append(Markup.Escape(LocalDatePattern.Iso.Format(rows[k].WeekStart))).Append("</text>");
            }
        }

        var middle = (Top + plotBottom) / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ylabel\" x=\"12\" y=\"{Markup.Coord(middle)}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {Markup.Coord(middle)})\">FTE</text>");
        Legend(svg);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Steps(List<double> values, Func<int, double> x, Func<double, double> y)
    {
        var d = new StringBuilder();
        for (var k = 0; k < values.Count; k++)
        {
            d.Append(k == 0 ? "M" : " V").Append(k == 0 ? Markup.Coord(x(k)) + " " : string.Empty).Append(Markup.Coord(y(values[k]))).Append(" H").Append(Markup.Coord(x(k + 1)));
        }

        return d.ToString();
    }

    private static void Legend(StringBuilder svg)
    {
        (string Css, string Label, bool Line)[] items =
        [
            ("required", "Required FTE", true),
            ("productive", "Productive FTE (expected)", true),
            ("band", "P10–P90 (Monte Carlo)", false),
            ("hires", "Hires starting training", false),
        ];
        var x = Left;
        foreach (var (css, label, line) in items)
        {
            svg.Append(line
                ? $"<path class=\"{css}\" d=\"M{Markup.Coord(x)} 20 H{Markup.Coord(x + 18)}\"/>"
                : $"<rect class=\"{css}\" x=\"{Markup.Coord(x)}\" y=\"14\" width=\"18\" height=\"10\"/>");
            svg.Append("<text class=\"legend\" x=\"").Append(Markup.Coord(x + 24)).Append("\" y=\"24\">").Append(Markup.Escape(label)).Append("</text>");
            x += 40 + (label.Length * 6.2);
        }
    }
}
