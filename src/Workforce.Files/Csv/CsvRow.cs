using System.Globalization;
using Workforce.Core.Common;

namespace Workforce.Files.Csv;

/// <summary>One data row of a CSV file, with typed accessors that name the file, line and column on error.</summary>
internal sealed class CsvRow(string fileName, int line, IReadOnlyDictionary<string, int> columns, string[] fields)
{
    public int Line { get; } = line;

    public string Text(string column)
    {
        var value = fields[columns[column]].Trim();
        return value.Length > 0 ? value : throw Fail(column, "is empty");
    }

    /// <summary>
    /// An id (of an agent, a contract, a channel, a session): non-empty text with no control character
    /// anywhere in the field, not even one that trimming would drop. A line break or a tab in an id would
    /// split the lines of every file, log and message that names it.
    /// </summary>
    public string Id(string column)
    {
        var raw = fields[columns[column]];
        return IdText.HasControl(raw)
            ? throw Fail(column, $"an id must not hold control characters (a line break, a tab, ...), got '{IdText.Visible(raw)}'")
            : Text(column);
    }

    /// <summary>Whether the file's header has the column.</summary>
    public bool Has(string column) => columns.ContainsKey(column);

    public string OptionalText(string column) =>
        columns.TryGetValue(column, out var index) && index < fields.Length ? fields[index].Trim() : string.Empty;

    public bool IsEmpty(string column) => OptionalText(column).Length == 0;

    /// <summary>A finite number; NaN and infinities are rejected because they poison every sum downstream.</summary>
    public double Number(string column)
    {
        var text = Text(column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Fail(column, $"expected a finite number, got '{text}'");
        }

        return value;
    }

    public double NonNegative(string column)
    {
        var value = Number(column);
        return value >= 0 ? value : throw Fail(column, $"must not be negative, got {Text(column)}");
    }

    public InputErrorException Fail(string column, string message) => new(new InputError(fileName, Line, column, message));
}
