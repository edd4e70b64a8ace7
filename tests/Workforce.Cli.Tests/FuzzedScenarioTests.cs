using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit.Abstractions;

namespace Workforce.Cli.Tests;

/// <summary>
/// Property-based fuzzing of the scenario files (CsCheck): a 16-agent cut of the sample, one file
/// mutated at a time (a field, a row, bytes, the encoding, the size, a JSON value), run in process
/// through the same entry point as the shell's <c>workforce</c>. Whatever the input, a run must end in
/// exit 0, 2, 3 or 4 (never 1, the internal error), print no stack trace, and leave no partial output.
/// </summary>
public sealed partial class FuzzedScenarioTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Mutated scenarios read, checked and staffed (<c>workforce check</c>).</summary>
    private const int CheckedScenarios = 2000;

    /// <summary>Mutated scenarios that pass the check and are then planned with a roster.</summary>
    private const int PlannedScenarios = 12;

    /// <summary>
    /// The scenarios CI tries are fixed, so that a run is repeatable; set WORKFORCE_FUZZ_SEED to a CsCheck
    /// seed, or to "random", to try others.
    /// </summary>
    private static readonly string? Seed = Environment.GetEnvironmentVariable("WORKFORCE_FUZZ_SEED") switch
    {
        null or "" => "3o065CYpOPD1",
        "random" => null,
        var chosen => chosen,
    };

    private static readonly string[] Files = ["site.json", "forecast.csv", "agents.csv", "contracts.json", "carry_in.csv", "time_off.csv", "pricing.json"];

    /// <summary>Values that have broken readers before, or could: ranges, number formats, quoting, dates, text.</summary>
    private static readonly string[] Hostile =
    [
        "", " ", "-1", "0", "1", "-0", "0.5", "1.0", "1e12", "1e30", "-1e30", "99999999999999999999999", "NaN", "Infinity", "-Infinity", "∞",
        "1,5", "abc", "=HYPERLINK(\"http://x\")", "\"", "\"\"", ",", "A001", "A002", "phone", "email", "ft-day", "2026-02-30T00:00",
        "2026-03-08T00:07", "2026-03-08T00:00", "9999-12-31T23:59", "0001-01-01T00:00", "24:00", "23:59", "true", "null", "[]", "{}",
        "ß漢字", "\t", "\n", "\r\n", "\u0000", new string('9', 400), new string('x', 5000),
    ];

    private static readonly Gen<Mutation> Mutations = Gen.Select(
        Gen.OneOf(Files),
        Gen.Enum<MutationKind>(),
        Gen.Int[0, 1_000_000],
        Gen.Int[0, 1_000],
        Gen.OneOf(Gen.OneOf(Hostile), Gen.String[0, 12]),
        (file, kind, at, amount, value) => new Mutation(file, kind, at, amount, value));

    private readonly string _root = Path.Combine(Path.GetTempPath(), "workforce-fuzz", Guid.NewGuid().ToString("N"));

    private enum MutationKind
    {
        Field,
        JsonValue,
        DeleteRow,
        DuplicateRow,
        SwapRows,
        Truncate,
        FlipBit,
        InsertText,
        Encoding,
        Empty,
        Missing,
        Grow,
    }

    [Fact]
    public void Every_mutated_scenario_is_read_checked_and_staffed_or_refused_with_one_line()
    {
        var cut = SixteenAgentCut();
        var tried = 0;
        var failures = new List<string>();
        Mutations.Sample(
            mutation =>
            {
                var scenario = Mutated(cut, mutation, ++tried);
                var run = InProcess("check", "--scenario", scenario);
                failures.AddRange(Problems(run, mutation, [0, 2]));
                Directory.Delete(scenario, recursive: true);
            },
            seed: Seed,
            iter: CheckedScenarios,
            threads: 1);
        output.WriteLine($"{tried} mutated scenarios checked, {failures.Count} ended badly");

        // Every problem at once, one line per kind of message, so that one run shows all there is to fix.
        Assert.True(failures.Count == 0, string.Join('\n', failures.GroupBy(f => f[(f.IndexOf('|', StringComparison.Ordinal) + 1)..]).Select(g => $"{g.Count()}× {g.First()}")));
        Assert.True(tried >= CheckedScenarios);
    }

    [Fact]
    public void Mutated_scenarios_that_pass_the_check_are_planned_with_a_one_second_roster_or_refused_whole()
    {
        var cut = SixteenAgentCut();
        var (tried, planned) = (0, 0);
        var outcomes = new Dictionary<int, int>();
        Mutations.Sample(
            mutation =>
            {
                if (planned >= PlannedScenarios)
                {
                    return;
                }

                var scenario = Mutated(cut, mutation, ++tried);
                if (InProcess("check", "--scenario", scenario).ExitCode != 0)
                {
                    return;
                }

                planned++;
                var outDir = Path.Combine(_root, $"out{tried}");
                // The whole run's limit: pricing's 2.5 s and writing are set aside from it, which leaves the roster about a second.
                var run = InProcess("plan", "--scenario", scenario, "--out", outDir, "--time-limit", "4.5s", "--threads", "1");
                Assert.Empty(Problems(run, mutation, [0, 2, 3, 4]));
                outcomes[run.ExitCode] = outcomes.GetValueOrDefault(run.ExitCode) + 1;
                if (run.ExitCode != 0)
                {
                    Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any(), $"exit {run.ExitCode} left files in --out after {mutation}");
                }
                else
                {
                    // A folder without agents.csv is a staffing plan: no roster is asked for.
                    Assert.True(File.Exists(Path.Combine(outDir, "requirements.csv")), $"exit 0 without requirements.csv after {mutation}");
                    Assert.True(File.Exists(Path.Combine(outDir, "roster.csv")) == File.Exists(Path.Combine(scenario, "agents.csv")), $"exit 0 with roster.csv not matching agents.csv after {mutation}");
                }
            },
            seed: Seed,
            iter: 400,
            threads: 1);
        output.WriteLine($"{tried} mutated scenarios tried, {planned} planned; exit codes: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}×{o.Value}"))}");
        Assert.Equal(PlannedScenarios, planned);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>What is wrong with how a run ended, each as "mutation|message", the message cut to its kind.</summary>
    private static IEnumerable<string> Problems((int ExitCode, string Output, string Error) run, Mutation mutation, int[] allowed)
    {
        var firstLine = run.Error.Trim().Split('\n')[^1];
        if (!allowed.Contains(run.ExitCode) || run.Error.Contains("internal error", StringComparison.Ordinal))
        {
            yield return $"{mutation}|exit {run.ExitCode}: {Regex.Replace(run.Error.Trim().Split('\n')[0], "[0-9]+", "N")}";
        }

        if (StackFrame().IsMatch(run.Error))
        {
            yield return $"{mutation}|a stack trace: {firstLine}";
        }

        if (run.ExitCode == 2 && run.Error.TrimEnd().Split('\n').Count(l => l.StartsWith("error:", StringComparison.Ordinal)) != 1)
        {
            yield return $"{mutation}|not one error line: {run.Error.Trim()}";
        }
    }

    /// <summary>Runs <c>workforce</c> in this process, its deadline counted from now, with its console captured.</summary>
    private static (int ExitCode, string Output, string Error) InProcess(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            RunDeadline.CountFromNow();
            var code = WorkforceApp.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    /// <summary>The sample's first 16 agents with their carry-in and time off, and everything else as is.</summary>
    private string SixteenAgentCut()
    {
        var cut = Path.Combine(_root, "cut");
        Directory.CreateDirectory(cut);
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "data", "sample");
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(sample, file), Path.Combine(cut, file));
        }

        AgentCut.Write(sample, cut, 16);

        return cut;
    }

    private string Mutated(string cut, Mutation mutation, int number)
    {
        var scenario = Path.Combine(_root, $"s{number}");
        Directory.CreateDirectory(scenario);
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(cut, file), Path.Combine(scenario, file));
        }

        var path = Path.Combine(scenario, mutation.File);
        if (mutation.Kind == MutationKind.Missing)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllBytes(path, mutation.Apply(File.ReadAllBytes(path)));
        }

        return scenario;
    }

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"(?<=:\s*)(""(?:[^""\\]|\\.)*""|-?[0-9][0-9.eE+-]*|true|false|null)")]
    private static partial Regex JsonScalar();

    /// <summary>One change to one file of the scenario.</summary>
    /// <param name="At">Where: a row, a byte position or a JSON value, taken modulo the file's size.</param>
    /// <param name="Amount">Which field, which bit, which encoding, or how many copies.</param>
    /// <param name="Value">The text put in.</param>
    private sealed record Mutation(string File, MutationKind Kind, int At, int Amount, string Value)
    {
        public byte[] Apply(byte[] bytes)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var rows = text.Split('\n').ToList();
            var row = At % rows.Count;
            switch (Kind)
            {
                case MutationKind.Field:
                    var fields = rows[row].Split(',');
                    fields[Amount % fields.Length] = Value;
                    rows[row] = string.Join(',', fields);
                    return Utf8(string.Join('\n', rows));
                case MutationKind.JsonValue:
                    var scalars = JsonScalar().Matches(text);
                    if (scalars.Count == 0)
                    {
                        return Utf8(Value + text);
                    }

                    var scalar = scalars[At % scalars.Count];
                    var replacement = Amount % 2 == 0 ? Value : "\"" + Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
                    return Utf8(string.Concat(text.AsSpan(0, scalar.Index), replacement, text.AsSpan(scalar.Index + scalar.Length)));
                case MutationKind.DeleteRow:
                    rows.RemoveAt(row);
                    return Utf8(string.Join('\n', rows));
                case MutationKind.DuplicateRow:
                    rows.Insert(row, rows[row]);
                    return Utf8(string.Join('\n', rows));
                case MutationKind.SwapRows:
                    var other = Amount % rows.Count;
                    (rows[row], rows[other]) = (rows[other], rows[row]);
                    return Utf8(string.Join('\n', rows));
                case MutationKind.Truncate:
                    return bytes[..(bytes.Length == 0 ? 0 : At % bytes.Length)];
                case MutationKind.FlipBit:
                    var flipped = (byte[])bytes.Clone();
                    if (flipped.Length > 0)
                    {
                        flipped[At % flipped.Length] ^= (byte)(1 << (Amount % 8));
                    }

                    return flipped;
                case MutationKind.InsertText:
                    var position = bytes.Length == 0 ? 0 : At % bytes.Length;
                    return [.. bytes[..position], .. Utf8(Value), .. bytes[position..]];
                case MutationKind.Encoding:
                    return (Amount % 3) switch
                    {
                        0 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
                        1 => Encoding.Latin1.GetBytes(text.Replace("a", "ä", StringComparison.Ordinal)),
                        _ => [.. Encoding.UTF8.GetPreamble(), .. bytes],
                    };
                case MutationKind.Empty:
                    return [];
                case MutationKind.Grow:
                    rows.InsertRange(row, Enumerable.Repeat(rows[row], 1 + (Amount * 10)));
                    return Utf8(string.Join('\n', rows));
                default:
                    return bytes;
            }
        }

        public override string ToString() => $"{Kind} in {File} at {At}, {Amount}, \"{(Value.Length > 40 ? Value[..40] + "…" : Value)}\"";

        private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
    }
}
