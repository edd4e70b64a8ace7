using System.Globalization;
using Workforce.Core.Common;

namespace Workforce.Files.Benchmarks;

/// <summary>
/// One data line of a benchmark instance file, split at commas, with typed accessors that name the
/// file, the line and the field (the column names of the file's own comment lines) on error.
/// </summary>
internal sealed class NrpLine(string path, int line, string section, string[] fields, string[] columns)
{
    public int Line { get; } = line;

    public string Section { get; } = section;

    public int Count => fields.Length;

    /// <summary>The field's text, trimmed; an empty field is refused.</summary>
    public string Text(int index)
    {
        var value = Raw(index);
        return value.Length > 0 ? value : throw Fail(index, "is empty");
    }

    /// <summary>The field's text, trimmed, possibly empty.</summary>
    public string Raw(int index) => index < fields.Length ? fields[index].Trim() : string.Empty;

    /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
    public int Int(int index, int minimum = 0) => ParseInt(index, Text(index), minimum);

    /// <summary>Parses <paramref name="text"/> (part of the field at <paramref name="index"/>) as a whole number of at least <paramref name="minimum"/>.</summary>
    public int ParseInt(int index, string text, int minimum)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Fail(index, $"expected a whole number, got '{text}'");
        }

        return value >= minimum
            ? value
            : throw Fail(index, string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}, got {value}"));
    }

    /// <summary>A day index inside the horizon [0, days).</summary>
    public int Day(int index, int days)
    {
        var day = Int(index);
        return day < days
            ? day
            : throw Fail(index, string.Create(CultureInfo.InvariantCulture, $"day {day} is outside the horizon of {days} days (0 to {days - 1})"));
    }

    /// <summary>Checks the line has exactly as many fields as the section's columns.</summary>
    public NrpLine Expect(int count)
    {
        if (fields.Length != count)
        {
            throw new InputErrorException(new InputError(
                path,
                Line,
                null,
                string.Create(CultureInfo.InvariantCulture, $"{Section}: expected {count} fields ({string.Join(", ", columns.Take(count))}), got {fields.Length}")));
        }

        return this;
    }

    public InputErrorException Fail(int index, string message) =>
        new(new InputError(path, Line, columns[Math.Min(index, columns.Length - 1)], $"{Section}: {message}"));
}
