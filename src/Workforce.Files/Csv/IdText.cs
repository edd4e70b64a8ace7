using System.Globalization;
using System.Text;

namespace Workforce.Files.Csv;

/// <summary>Checks shared by every reader of ids, in CSV and JSON files alike.</summary>
internal static class IdText
{
    /// <summary>Whether the id holds a control character (a line break, a tab, ...), which no id may.</summary>
    public static bool HasControl(string id) => id.Any(char.IsControl);

    /// <summary>The text on one line for a message: control characters as C escapes (<c>\n</c>, <c>\t</c>, <c>\r</c>) or <c>\uXXXX</c>.</summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var visible = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            _ = ch switch
            {
                '\n' => visible.Append("\\n"),
                '\t' => visible.Append("\\t"),
                '\r' => visible.Append("\\r"),
                _ when char.IsControl(ch) => visible.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}"),
                _ => visible.Append(ch),
            };
        }

        return visible.ToString();
    }
}
