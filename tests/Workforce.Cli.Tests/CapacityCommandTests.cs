using System.Globalization;
using System.Text.Json;

namespace Workforce.Cli.Tests;

public class CapacityCommandTests
{
    private static string CapacitySample => Path.Combine(CliRunner.RepositoryRoot(), "data", "capacity-sample");

    /// <summary>A private copy of data/capacity-sample a test may change.</summary>
    private static string CopyOfCapacitySample()
    {
        var directory = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(CapacitySample))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    [Fact]
    public void On_the_26_week_sample_productive_fte_meets_the_requirement_from_the_first_week_a_class_can_produce()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));

        var outcome = CliRunner.Run("capacity", "--scenario", CapacitySample, "--out", outDir, "--weeks", "26", "--seed", "5", "--time-limit", "20s");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "capacity.json"))).RootElement;
        var first = json.GetProperty("totals").GetProperty("firstProductionWeek").GetString();
        var rows = File.ReadAllLines(Path.Combine(outDir, "capacity.csv"));
        Assert.Equal("week_start,required_fte,in_training,in_nesting,in_production,productive_fte,productive_fte_p10,productive_fte_p50,productive_fte_p90,gap,hires_starting", rows[0]);
        Assert.Equal(27, rows.Length);
        var fromFirst = rows.Skip(1).SkipWhile(r => string.CompareOrdinal(r[..10], first) < 0).ToList();
        Assert.Equal(16, fromFirst.Count);
        foreach (var row in fromFirst)
        {
            var fields = row.Split(',');
            var required = double.Parse(fields[1], CultureInfo.InvariantCulture);
            var productive = double.Parse(fields[5], CultureInfo.InvariantCulture);
            Assert.True(productive >= required - 1e-3, $"short in {row}");
        }

        // The band brackets its median every week, and the plan hires.
        foreach (var fields in rows.Skip(1).Select(r => r.Split(',').Select(f => double.Parse(f.Length == 10 && f[4] == '-' ? "0" : f, CultureInfo.InvariantCulture)).ToArray()))
        {
            Assert.True(fields[6] <= fields[7] && fields[7] <= fields[8]);
        }

        Assert.True(json.GetProperty("totals").GetProperty("hires").GetInt32() > 0);
        Assert.True(json.GetProperty("costOfAttrition").GetProperty("total").GetDecimal() > 0);
        Assert.Contains("<h2 id=\"capacity\">", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_band()
    {
        var first = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));
        var second = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));
        var dir = CopyOfCapacitySample();
        File.WriteAllText(Path.Combine(dir, "capacity.json"), File.ReadAllText(Path.Combine(dir, "capacity.json")).Replace("\"startEveryWeeks\": 1", "\"startEveryWeeks\": 4", StringComparison.Ordinal));

        var a = CliRunner.Run("capacity", "--scenario", dir, "--out", first, "--weeks", "12", "--seed", "9", "--json");
        var b = CliRunner.Run("capacity", "--scenario", dir, "--out", second, "--weeks", "12", "--seed", "9", "--json");

        Assert.True(a.ExitCode == 0, a.StandardError);
        Assert.True(b.ExitCode == 0, b.StandardError);
        JsonDocument.Parse(a.StandardOutput);
        Assert.Equal(File.ReadAllText(Path.Combine(first, "capacity.csv")), File.ReadAllText(Path.Combine(second, "capacity.csv")));
    }

    [Theory]
    [InlineData("\"monthlyRate\": 0.10", "\"monthlyRate\": 1.0", "monthlyRate")]
    [InlineData("\"minClassSize\": 4", "\"minClassSize\": -4", "minClassSize")]
    [InlineData("\"weeks\": 4", "\"weeks\": 40", "training.weeks")]
    [InlineData("[0.5, 0.65, 0.8, 0.9]", "[0.5, 0.65, 1.8, 0.9]", "productivityByWeek[2]")]
    public void Bad_capacity_input_gives_one_line_exit_code_2_and_no_output(string valid, string spoiled, string field)
    {
        var dir = CopyOfCapacitySample();
        var path = Path.Combine(dir, "capacity.json");
        var text = File.ReadAllText(path);
        Assert.Contains(valid, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(valid, spoiled, StringComparison.Ordinal));
        var outDir = Path.Combine(dir, "out");

        var outcome = CliRunner.Run("capacity", "--scenario", dir, "--out", outDir);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("capacity.json:", line, StringComparison.Ordinal);
        Assert.Contains(field, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Plan_includes_the_capacity_plan_when_the_scenario_has_capacity_inputs()
    {
        // Without agents.csv the plan is staffing plus capacity (a bid for a new site: everyone is hired).
        var dir = CopyOfCapacitySample();
        foreach (var file in new[] { "agents.csv", "contracts.json", "time_off.csv", "carry_in.csv" })
        {
            File.Delete(Path.Combine(dir, file));
        }

        var path = Path.Combine(dir, "capacity.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"contract\": \"ft-day\",", string.Empty, StringComparison.Ordinal).Replace("\"startEveryWeeks\": 1", "\"startEveryWeeks\": 2", StringComparison.Ordinal));
        var outDir = Path.Combine(dir, "out");

        var outcome = CliRunner.Run("plan", "--scenario", dir, "--out", outDir, "--time-limit", "10s");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.True(File.Exists(Path.Combine(outDir, "requirements.csv")));
        Assert.Equal(27, File.ReadAllLines(Path.Combine(outDir, "capacity.csv")).Length);
        Assert.Contains("<h2 id=\"capacity\">", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
    }
}
