using System.Text.Json;

namespace Workforce.Cli.Tests;

public class ErlangCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var outcome = CliRunner.Run(["erlang", .. args, "--json"]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        return JsonDocument.Parse(outcome.StandardOutput).RootElement;
    }

    [Fact]
    public void The_classic_example_needs_14_agents_at_88_84_percent()
    {
        var result = Json("--calls", "100", "--period", "30m", "--aht", "180s", "--answer-within", "20s", "--target-sl", "0.8");

        Assert.Equal(14, result.GetProperty("agents").GetInt32());
        Assert.Equal(0.8884, result.GetProperty("serviceLevel").GetDouble(), 0.0001);
        Assert.Equal(7.84, result.GetProperty("asaSeconds").GetDouble(), 0.005);
        Assert.Equal(10, result.GetProperty("trafficErlangs").GetDouble(), 1e-9);
        Assert.Equal(14, result.GetProperty("requiredGross").GetInt32());
        Assert.False(result.TryGetProperty("probAbandon", out _));
    }

    [Fact]
    public void Twenty_thousand_erlangs_need_20022_agents()
    {
        var result = Json("--calls", "120000", "--period", "30m", "--aht", "300s", "--answer-within", "20s", "--target-sl", "0.8");

        Assert.Equal(20_000, result.GetProperty("trafficErlangs").GetDouble(), 1e-6);
        Assert.Equal(20_022, result.GetProperty("agents").GetInt32());
        Assert.Equal(0.8111, result.GetProperty("serviceLevel").GetDouble(), 0.0001);
        Assert.Equal(0.9989, result.GetProperty("occupancy").GetDouble(), 0.0001);
    }

    [Fact]
    public void The_occupancy_cap_binds_at_twenty_thousand_erlangs()
    {
        var result = Json("--calls", "120000", "--period", "30m", "--aht", "300s", "--answer-within", "20s", "--target-sl", "0.8", "--max-occupancy", "0.85");
        Assert.Equal(23_530, result.GetProperty("agents").GetInt32());
    }

    [Fact]
    public void Shrinkage_grosses_up_the_scheduled_agents()
    {
        var result = Json("--calls", "100", "--period", "30m", "--aht", "180s", "--target-sl", "0.8", "--max-occupancy", "0.85", "--shrinkage", "0.3");
        Assert.Equal(14, result.GetProperty("agents").GetInt32());
        Assert.Equal(20, result.GetProperty("requiredGross").GetInt32());
    }

    [Fact]
    public void A_given_head_count_is_evaluated_instead_of_solved()
    {
        var result = Json("--calls", "100", "--period", "30m", "--aht", "180s", "--agents", "12");
        Assert.Equal(12, result.GetProperty("agents").GetInt32());
        Assert.Equal(0.640158, result.GetProperty("serviceLevel").GetDouble(), 1e-6);
    }

    [Fact]
    public void A_patience_selects_erlang_a_and_reports_abandonment()
    {
        var result = Json("--calls", "100", "--period", "30m", "--aht", "180s", "--patience", "300s", "--agents", "14");
        Assert.Equal(0.013984, result.GetProperty("probAbandon").GetDouble(), 1e-6);
        Assert.Equal(0.916792, result.GetProperty("serviceLevel").GetDouble(), 1e-6);
    }

    [Fact]
    public void Chat_concurrency_two_needs_fewer_agents_than_one_but_more_than_half()
    {
        string[] common = ["--calls", "300", "--period", "30m", "--aht", "420s", "--answer-within", "60s", "--target-sl", "0.8"];
        var single = Json([.. common, "--concurrency", "1"]).GetProperty("agents").GetInt32();
        var dual = Json([.. common, "--concurrency", "2"]).GetProperty("agents").GetInt32();

        Assert.True(dual < single, $"concurrency 2 needs {dual}, concurrency 1 needs {single}");
        Assert.True(dual > single / 2.0, $"concurrency 2 needs {dual}, half of concurrency 1 is {single / 2.0}");
    }

    [Theory]
    [InlineData("--target-sl", "1.2")]
    [InlineData("--target-sl", "0")]
    [InlineData("--calls", "-5")]
    [InlineData("--calls", "NaN")]
    [InlineData("--aht", "0s")]
    [InlineData("--aht", "180")]
    [InlineData("--max-occupancy", "1.5")]
    [InlineData("--shrinkage", "1")]
    public void A_bad_option_value_exits_2_with_one_line_naming_the_option(string option, string value)
    {
        var args = new Dictionary<string, string>
        {
            ["--calls"] = "100", ["--period"] = "30m", ["--aht"] = "180s", ["--target-sl"] = "0.8",
        };
        args[option] = value;
        var outcome = CliRunner.Run(["erlang", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(option, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_option_exits_2()
    {
        var outcome = CliRunner.Run("erlang", "--period", "30m", "--aht", "180s", "--target-sl", "0.8");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--calls", outcome.StandardError, StringComparison.Ordinal);
    }
}
