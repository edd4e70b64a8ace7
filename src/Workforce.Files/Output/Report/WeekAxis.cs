using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Workforce.Files.Output.Report;

/// <summary>
/// The horizontal time scale of the report's charts: real time from local midnight of the week's
/// first day to <see cref="End"/>, so a clock-change day is 23 or 25 hours wide. Day separators sit at
/// each local midnight and are labelled with the local date.
/// </summary>
internal sealed class WeekAxis
{
    private static readonly LocalDatePattern DayLabel = LocalDatePattern.CreateWithInvariantCulture("ddd d MMM");

    /// <summary>Every chart of the page is this wide, so their days line up one above the other.</summary>
    public const double ChartWidth = 1300;

    /// <summary>Space right of the plot, the same on every chart.</summary>
    public const double RightMargin = 16;

    public WeekAxis(DateTimeZone zone, LocalDate weekStart, int days, Instant end, double left, double width)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
        WeekStart = weekStart;
        Days = days;
        Start = zone.AtStartOfDay(weekStart).ToInstant();
        End = end > Start ? end : zone.AtStartOfDay(weekStart.PlusDays(days)).ToInstant();
        Left = left;
        Width = width;
    }

    public DateTimeZone Zone { get; }

    public LocalDate WeekStart { get; }

    public int Days { get; }

    public Instant Start { get; }

    public Instant End { get; }

    public double Left { get; }

    public double Width { get; }

    public double Right => Left + Width;

    /// <summary>The x coordinate of an instant, clamped to the axis.</summary>
    public double X(Instant instant)
    {
        var fraction = (instant - Start).TotalTicks / (End - Start).TotalTicks;
        return Left + (Math.Clamp(fraction, 0, 1) * Width);
    }

    public double X(ZonedDateTime time) => X(time.ToInstant());

    /// <summary>
    /// Day separators from <paramref name="top"/> to <paramref name="bottom"/>, the local date centred
    /// above each day, and (when <paramref name="hourTicks"/>) small 06/12/18 ticks under the plot.
    /// </summary>
    public void Draw(StringBuilder svg, double top, double bottom, double labelY, bool hourTicks)
    {
        ArgumentNullException.ThrowIfNull(svg);
        for (var day = 0; day <= Days; day++)
        {
            var date = WeekStart.PlusDays(day);
            var midnight = Zone.AtStartOfDay(date).ToInstant();
            if (midnight > End)
            {
                break;
            }

            var x = X(midnight);
            svg.Append("<line class=\"day\" x1=\"").Append(Markup.Coord(x)).Append("\" y1=\"").Append(Markup.Coord(top))
                .Append("\" x2=\"").Append(Markup.Coord(x)).Append("\" y2=\"").Append(Markup.Coord(bottom)).Append("\"/>");
            if (day == Days)
            {
                break;
            }

            var nextMidnight = Zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
            var centre = (x + X(nextMidnight)) / 2;
            svg.Append("<text class=\"daylabel\" x=\"").Append(Markup.Coord(centre)).Append("\" y=\"").Append(Markup.Coord(labelY))
                .Append("\" text-anchor=\"middle\">").Append(Markup.Escape(DayLabel.Format(date))).Append("</text>");
            if (!hourTicks)
            {
                continue;
            }

            foreach (var hour in new[] { 6, 12, 18 })
            {
                var tick = X(Zone.AtLeniently(date.At(new LocalTime(hour, 0))).ToInstant());
                svg.Append("<line class=\"tick\" x1=\"").Append(Markup.Coord(tick)).Append("\" y1=\"").Append(Markup.Coord(bottom))
                    .Append("\" x2=\"").Append(Markup.Coord(tick)).Append("\" y2=\"").Append(Markup.Coord(bottom + 4)).Append("\"/>");
                svg.Append("<text class=\"hour\" x=\"").Append(Markup.Coord(tick)).Append("\" y=\"").Append(Markup.Coord(bottom + 13))
                    .Append("\" text-anchor=\"middle\">").Append(hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append("</text>");
            }
        }
    }
}
