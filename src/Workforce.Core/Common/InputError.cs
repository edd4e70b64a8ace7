namespace Workforce.Core.Common;

/// <summary>
/// One problem with a planner's input, located precisely enough to fix it without a debugger.
/// </summary>
/// <param name="File">The file name as the planner knows it (e.g. <c>forecast.csv</c>).</param>
/// <param name="Line">1-based line number, when the problem sits on one line.</param>
/// <param name="Field">The column or JSON path, when the problem sits in one field.</param>
/// <param name="Message">What was wrong and what was expected.</param>
public sealed record InputError(string File, int? Line, string? Field, string Message)
{
    /// <summary>Formats as <c>file:line: field: message</c>, omitting the parts that are unknown.</summary>
    public override string ToString()
    {
        var location = Line is { } line ? $"{File}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : File;
        return Field is null ? $"{location}: {Message}" : $"{location}: {Field}: {Message}";
    }
}
