using System.Globalization;
using System.Text;

namespace Workforce.Files.Output.Report;

/// <summary>
/// Escaping and number formatting shared by the report's HTML and SVG. The page is written as
/// XHTML-compatible markup (every element closed, only XML's five entities), so it also parses as XML.
/// </summary>
internal static class Markup
{
    /// <summary>Text safe inside an element or a quoted attribute; control characters XML forbids are dropped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'): break;
                default: escaped.Append(ch); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// A name or id from the scenario (a channel, skill or agent) that opens a cell or a label, escaped
    /// and neutralised for spreadsheets: text that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a
    /// tab or a carriage return gets a leading apostrophe, so a table copied or opened into a spreadsheet
    /// shows it as text instead of running it as a formula (OWASP's CSV-injection advice). Figures, which
    /// may be negative, go through <see cref="Escape"/> alone.
    /// </summary>
    public static string Text(string? text) => Escape(Neutral(text));

    /// <summary>The text with an apostrophe before a leading formula character; other text unchanged.</summary>
    public static string Neutral(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text ?? string.Empty;

    /// <summary>A coordinate or length for SVG: invariant culture, at most two decimals.</summary>
    public static string Coord(double value) =>
        double.IsFinite(value) ? Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) : "0";

    /// <summary>A figure for people: thousands separators and the given decimals, or an en dash when not a number.</summary>
    public static string Figure(double value, int decimals = 0) =>
        double.IsFinite(value) ? value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";

    public static string Figure(decimal value, int decimals) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage, e.g. 0.1234 → "12.3 %".</summary>
    public static string Percent(double fraction, int decimals = 1) =>
        double.IsFinite(fraction) ? Figure(fraction * 100, decimals) + "\u00a0%" : "–";
}
