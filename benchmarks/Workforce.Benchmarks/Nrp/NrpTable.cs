using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Workforce.Benchmarks.Nrp;

/// <summary>
/// <c>nrp-table RESULTS DATA DOC.md</c>: turns the cached runs of <c>benchmarks/nrp/run.sh</c> into the
/// Curtois–Qu table of <c>docs/benchmarks.md</c>, between its <c>nrp-table</c> markers: per instance,
/// the best known value, each setting's objective with its gap, the time its best roster was found and
/// the machine's load, and the published 10-minute results of other methods.
/// </summary>
internal static partial class NrpTable
{
    private const string Start = "<!-- nrp-table:start (benchmarks/nrp/run.sh writes this part) -->";
    private const string End = "<!-- nrp-table:end -->";

    /// <summary>The settings in table order, with their column titles.</summary>
    private static readonly (string Folder, string Title)[] Settings =
    [
        ("plain-60s", "Plain model, 60 s"),
        ("engine-60s", "Engine, 60 s"),
        ("engine-10m", "Engine, 10 min"),
    ];

    private static readonly string[] Published = ["ip_vns_hybrid", "ejection_chain", "gurobi", "orprojects_study"];

    [GeneratedRegex(@"^\s*(?<t>[0-9.]+) s\s+objective\s+(?<o>[0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"load average: (?<l>[0-9.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Load();

    public static int Run(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: nrp-table RESULTS_DIR DATA_DIR DOC.md");
            return 2;
        }

        var (results, data, doc) = (args[0], args[1], args[2]);
        var best = Csv(Path.Combine(data, "best_known.csv"));
        var published = Csv(Path.Combine(data, "published_results_instances1_19.csv")).Where(r => r["time_limit_min"] == "10").ToDictionary(r => r["instance"]);
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(Start);
        table.AppendLine();
        table.Append("| Instance | Best known |");
        foreach (var (_, title) in Settings)
        {
            table.Append(c, $" {title} |");
        }

        table.AppendLine(" IP&VNS, 10 min | Ejection chain, 10 min | Gurobi, 10 min | ORProjects, 10 min |");
        table.AppendLine("|---|---:|" + string.Concat(Settings.Select(_ => "---:|")) + "---:|---:|---:|---:|");
        var machines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in best)
        {
            var instance = row["instance"];
            var known = long.Parse(row["best_known_objective"], c);
            var optimal = row["optimal_yes_no"] == "yes" ? " (optimal)" : row["optimal_yes_no"] == "disputed" ? " (disputed)" : string.Empty;
            table.Append(c, $"| {instance} | {known}{optimal} |");
            foreach (var (folder, _) in Settings)
            {
                table.Append(c, $" {Cell(Path.Combine(results, folder), instance, known, machines)} |");
            }

            foreach (var method in Published)
            {
                table.Append(c, $" {(published.TryGetValue(instance, out var p) && p[method].Length > 0 ? p[method] : "–")} |");
            }

            table.AppendLine();
        }

        table.AppendLine();
        table.AppendLine("Each cell: objective (gap to best known; time the best roster was found; 1-minute load average at the end of the run). "
            + "\"–\": not run yet; \"none\": no roster within the limit. Every roster was checked by the independent evaluator from its solution file.");
        table.AppendLine();
        foreach (var machine in machines)
        {
            table.AppendLine(c, $"Machine: {machine}.");
        }

        table.AppendLine();
        table.Append(End);

        var text = File.Exists(doc) ? File.ReadAllText(doc) : string.Empty;
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? string.Concat(text.AsSpan(0, from), table.ToString(), text.AsSpan(to + End.Length))
            : text.TrimEnd() + "\n\n" + table + "\n";
        File.WriteAllText(doc, text);
        Console.Error.WriteLine($"wrote the table into {doc}");
        return 0;
    }

    private static string Cell(string folder, string instance, long known, SortedSet<string> machines)
    {
        var json = Path.Combine(folder, instance + ".json");
        if (!File.Exists(json))
        {
            return "–";
        }

        using var result = JsonDocument.Parse(File.ReadAllText(json));
        if (!result.RootElement.TryGetProperty("objective", out var value) || value.ValueKind != JsonValueKind.Number)
        {
            return "none";
        }

        var objective = value.GetInt64();
        var c = CultureInfo.InvariantCulture;
        var log = Path.Combine(folder, instance + ".log");
        var found = File.Exists(log)
            ? File.ReadLines(log).Select(l => ProgressLine().Match(l)).Where(m => m.Success && long.Parse(m.Groups["o"].Value, c) == objective).Select(m => m.Groups["t"].Value).FirstOrDefault()
            : null;
        var env = Path.Combine(folder, instance + ".env");
        string? load = null;
        if (File.Exists(env))
        {
            var lines = File.ReadAllLines(env);
            load = lines.Where(l => l.StartsWith("after:", StringComparison.Ordinal)).Select(l => Load().Match(l)).Where(m => m.Success).Select(m => m.Groups["l"].Value).FirstOrDefault();
            foreach (var machine in lines.Where(l => l.StartsWith("machine:", StringComparison.Ordinal)))
            {
                machines.Add(machine["machine:".Length..].Trim());
            }
        }

        var gap = (objective - known) * 100.0 / known;
        return string.Create(c, $"{objective} ({gap:+0.0;-0.0;0.0} %; {found ?? "?"} s; load {load ?? "?"})");
    }

    private static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var fields = SplitCsv(l);
            return header.Select((h, i) => (h, v: i < fields.Count ? fields[i] : string.Empty)).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal);
        })];
    }

    /// <summary>Splits one CSV line, honouring double quotes (the notes column has commas).</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
