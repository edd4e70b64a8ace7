using System.Text.Json;

namespace Workforce.Cli.Tests;

/// <summary><c>workforce nrp</c> on the Curtois–Qu benchmark: solving, the solution file, refereeing and bad input.</summary>
public sealed class NrpCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nrp-cli-").FullName;

    private static string Instance(int number) =>
        Path.Combine(CliRunner.RepositoryRoot(), "data", "benchmarks", "curtois-qu-2014", $"Instance{number}.txt");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Instance1_solves_to_its_proven_optimum_607_and_the_solution_file_scores_the_same()
    {
        var solution = Path.Combine(_folder, "instance1.csv");

        var outcome = CliRunner.Run("nrp", Instance(1), "--time-limit", "60s", "--threads", "2", "--seed", "1", "--solution-out", solution, "--json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var root = json.RootElement;
        Assert.Equal(["instance", "status", "objective", "bound", "seconds"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Instance1", root.GetProperty("instance").GetString());
        Assert.Equal(607, root.GetProperty("objective").GetInt64());
        Assert.True(root.GetProperty("bound").GetDouble() <= 607);
        Assert.Contains("objective", outcome.StandardError, StringComparison.Ordinal);

        Assert.Equal("employee,day,shift", File.ReadLines(solution).First());
        var scored = CliRunner.Run("nrp", Instance(1), "--evaluate", solution, "--json");
        Assert.Equal(0, scored.ExitCode);
        using var score = JsonDocument.Parse(scored.StandardOutput);
        Assert.True(score.RootElement.GetProperty("feasible").GetBoolean());
        Assert.Equal(607, score.RootElement.GetProperty("objective").GetInt64());
    }

    [Fact]
    public void A_solution_that_breaks_a_hard_rule_is_named_and_exits_3()
    {
        // Employee A works all fourteen days: too many in a row, too many minutes, a day off and two weekends.
        var solution = Path.Combine(_folder, "bad.csv");
        File.WriteAllLines(solution, ["employee,day,shift", .. Enumerable.Range(0, 14).Select(d => $"A,{d},D")]);

        var outcome = CliRunner.Run("nrp", Instance(1), "--evaluate", solution);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("employee A: works on day 0, a day off", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("above the maximum 5", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_instance_line_names_file_line_and_field_and_exits_2()
    {
        var path = Path.Combine(_folder, "Broken.txt");
        var lines = File.ReadAllLines(Instance(1));
        var staff = Array.FindIndex(lines, l => l.StartsWith("B,D=14", StringComparison.Ordinal));
        lines[staff] = "B,D=14,4320,3360,five,2,2,1";
        File.WriteAllLines(path, lines);

        var outcome = CliRunner.Run("nrp", path, "--time-limit", "5s");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: {path}:{staff + 1}: MaxConsecutiveShifts: SECTION_STAFF: expected a whole number, got 'five'", outcome.StandardError.Trim());
        Assert.Empty(outcome.StandardOutput);
    }

    [Fact]
    public void A_missing_instance_file_exits_2()
    {
        var outcome = CliRunner.Run("nrp", Path.Combine(_folder, "None.txt"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("None.txt: file not found", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_solution_row_exits_2()
    {
        var solution = Path.Combine(_folder, "bad-row.csv");
        File.WriteAllLines(solution, ["employee,day,shift", "A,monday,D"]);

        var outcome = CliRunner.Run("nrp", Instance(1), "--evaluate", solution);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("bad-row.csv:2: day: expected a day index", outcome.StandardError, StringComparison.Ordinal);
    }
}
