using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Workforce.Core.Tests.Staffing.Queueing;

/// <summary>
/// One of the published reference tables in <c>data/erlang</c> (see the README there for sources).
/// Rows are keyed by case id and metric, which is unique within each file.
/// </summary>
internal sealed partial class ReferenceTable
{
    private readonly List<Dictionary<string, string>> _rows;

    private ReferenceTable(List<Dictionary<string, string>> rows) => _rows = rows;

    public static ReferenceTable ErlangC { get; } = Load("erlang_c_reference.csv");

    public static ReferenceTable ErlangA { get; } = Load("erlang_a_reference.csv");

    public static ReferenceTable ErlangB { get; } = Load("erlang_b_reference.csv");

    public IEnumerable<Dictionary<string, string>> Rows => _rows;

    public Dictionary<string, string> Row(string caseId, string metric) =>
        _rows.Single(r => r["case_id"] == caseId && r["metric"] == metric);

    /// <summary>(case id, metric) of every row that satisfies <paramref name="predicate"/>, as xunit member data.</summary>
    public TheoryData<string, string> Keys(Func<Dictionary<string, string>, bool> predicate)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in _rows.Where(predicate))
        {
            data.Add(row["case_id"], row["metric"]);
        }

        return data;
    }

    public static double Number(string text) =>
        double.Parse(text.Replace("...", string.Empty, StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double? OptionalNumber(string text) => text.Length == 0 ? null : Number(text);

    /// <summary>
    /// Half a unit of the last digit the source printed, read from the <c>published_rounding</c> column:
    /// "exact", "N sig. digits", "N dp" (with any trailing words) or "as printed".
    /// </summary>
    public static double Tolerance(string rounding, string printed)
    {
        if (rounding.StartsWith("exact", StringComparison.Ordinal))
        {
            return 1e-9;
        }

        if (SignificantDigits().Match(rounding) is { Success: true } sig)
        {
            var digits = int.Parse(sig.Groups[1].Value, CultureInfo.InvariantCulture);
            var magnitude = Math.Floor(Math.Log10(Math.Abs(Number(printed))));
            return 0.5 * Math.Pow(10, magnitude - (digits - 1));
        }

        if (DecimalPlaces().Match(rounding) is { Success: true } dp)
        {
            return 0.5 * Math.Pow(10, -int.Parse(dp.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        if (rounding == "as printed")
        {
            var point = printed.IndexOf('.', StringComparison.Ordinal);
            var decimals = point < 0 ? 0 : printed.Length - point - 1;
            return 0.5 * Math.Pow(10, -decimals);
        }

        throw new InvalidDataException($"Unknown rounding '{rounding}'.");
    }

    private static ReferenceTable Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "erlang", fileName);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = SplitCsvLine(lines[0]);
        var rows = new List<Dictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var fields = SplitCsvLine(line);
            if (fields.Count != header.Count)
            {
                throw new InvalidDataException($"{fileName}: expected {header.Count} fields, found {fields.Count}: {line}");
            }

            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return new ReferenceTable(rows);
    }

    /// <summary>Splits one CSV line; fields may be quoted, with "" standing for a quote.</summary>
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    [GeneratedRegex(@"^(\d+) sig\. digits")]
    private static partial Regex SignificantDigits();

    [GeneratedRegex(@"^(\d+) dp")]
    private static partial Regex DecimalPlaces();
}
