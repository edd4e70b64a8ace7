using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Workforce.Core.Common;

namespace Workforce.Files.Csv;

/// <summary>
/// Reads a headed CSV file row by row, checking that the columns a format needs are present and
/// that every row has as many fields as the header.
/// </summary>
internal static class CsvFile
{
    public static IEnumerable<CsvRow> Read(string path, IReadOnlyList<string> requiredColumns)
    {
        if (!File.Exists(path))
        {
            throw new InputErrorException(new InputError(path, null, null, "file not found"));
        }

        if (Utf8Text.FirstInvalidLine(File.ReadAllBytes(path)) is { } notText)
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

        using var reader = new StreamReader(path);
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
            var line = csv.Parser.RawRow;
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
