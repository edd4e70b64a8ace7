using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Workforce.Core.Common;
using Workforce.Files.Output;

namespace Workforce.Files.Csv;

/// <summary>
/// Reads and writes headed CSV files (RFC 4180) through CsvHelper. Reading checks that the columns a
/// format needs are present and that every row has as many fields as the header; writing quotes a field
/// only where RFC 4180 needs it, so whatever is written reads back as the same fields.
/// </summary>
/// <remarks>
/// Written fields go out verbatim: callers format numbers themselves (invariant culture), and text that
/// starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> is not altered, because Workforce reads these
/// files back (<c>roster.csv</c>, exports). Formula neutralisation belongs to the pages people open
/// (<see cref="Output.Report.Markup.Text"/>). Lines end in <c>\n</c>, in UTF-8 without a byte-order mark.
/// </remarks>
internal static class CsvFile
{
    private static readonly CsvConfiguration WriterConfiguration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        InjectionOptions = InjectionOptions.None,
        ShouldQuote = args => NeedsQuotes(args.Field),
    };

    /// <summary>
    /// Writes the header and one record per row, whole or not at all (<see cref="AtomicFile"/>).
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows, in file order.</param>
    /// <param name="fields">A row's fields as text, in the header's order.</param>
    public static void Write<TRow>(string path, IEnumerable<string> header, IEnumerable<TRow> rows, Func<TRow, IEnumerable<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(fields);
        AtomicFile.Write(path, writer => Write(writer, header, rows, fields));
    }

    /// <summary>As the other overload, to a writer the caller owns (a download), left open.</summary>
    public static void Write<TRow>(TextWriter writer, IEnumerable<string> header, IEnumerable<TRow> rows, Func<TRow, IEnumerable<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(fields);
        using var csv = new CsvWriter(writer, WriterConfiguration, leaveOpen: true);
        WriteRecord(csv, header);
        foreach (var row in rows)
        {
            WriteRecord(csv, fields(row));
        }
    }

    /// <summary>Whether RFC 4180 needs the field quoted: it holds the delimiter, a quote or a line break.</summary>
    private static bool NeedsQuotes(string? field) => field is not null && field.AsSpan().IndexOfAny(",\"\r\n") >= 0;

    private static void WriteRecord(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
    }

    public static IEnumerable<CsvRow> Read(string path, IReadOnlyList<string> requiredColumns)
    {
        if (!File.Exists(path))
        {
            throw new InputErrorException(new InputError(path, null, null, "file not found"));
        }

        // Read once: checked as UTF-8, then parsed from memory.
        var bytes = File.ReadAllBytes(path);
        if (Utf8Text.FirstInvalidLine(bytes) is { } notText)
        {
            throw new InputErrorException(new InputError(path, notText, null, Utf8Text.Advice));
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            BadDataFound = args => throw new InputErrorException(
                new InputError(path, args.Context.Parser?.RawRow, null, $"malformed CSV near '{Shorten(args.RawRecord)}' (check the quotes)")),
        };

        using var reader = new StreamReader(new MemoryStream(bytes, writable: false));
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new InputErrorException(new InputError(path, 1, null, $"empty file; expected a header: {string.Join(',', requiredColumns)}"));
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.HeaderRecord.Length; i++)
        {
            columns.TryAdd(csv.HeaderRecord[i].Trim().TrimStart('\uFEFF'), i);
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InputErrorException(new InputError(
                path, 1, missing[0], $"missing column; the header must contain {string.Join(',', requiredColumns)}"));
        }

        while (csv.Read())
        {
            // The line the record starts on: a quoted field may hold line breaks, and RawRow counts to its end.
            var line = csv.Parser.RawRow - csv.Parser.RawRecord.AsSpan().TrimEnd("\r\n").Count('\n');
            var fields = csv.Parser.Record ?? [];
            if (fields.Length != csv.HeaderRecord.Length)
            {
                throw new InputErrorException(new InputError(
                    path, line, null, $"expected {csv.HeaderRecord.Length.ToString(CultureInfo.InvariantCulture)} fields as in the header, got {fields.Length.ToString(CultureInfo.InvariantCulture)}"));
            }

            yield return new CsvRow(path, line, columns, fields);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text.Trim() : text[..40].Trim() + "…";
}
