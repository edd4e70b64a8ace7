using System.Text.Json;

namespace Workforce.Cli.Tests;

/// <summary>
/// <c>workforce price</c> on the worked example of docs/pricing.md (data/examples/pricing-worked-example),
/// whose roster folder is written out by hand, so most tests price without solving anything.
/// </summary>
public sealed class PriceCommandTests : IDisposable
{
    private readonly string _scenario;

    public PriceCommandTests()
    {
        _scenario = Path.Combine(Path.GetTempPath(), "workforce-price-tests", Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(CliRunner.RepositoryRoot(), "data", "examples", "pricing-worked-example"), _scenario);
    }

    private string RosterDir => Path.Combine(_scenario, "roster");

    private string OutDir => Path.Combine(_scenario, "out");

    [Fact]
    public void Pricing_a_roster_folder_writes_the_docs_prices_to_the_cent()
    {
        var outcome = CliRunner.Run("price", "--scenario", _scenario, "--roster", RosterDir, "--out", OutDir);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var prices = File.ReadAllLines(Path.Combine(OutDir, "prices.csv"));
        Assert.Equal("model,channel,unit,unit_price,units,expected_monthly_revenue,monthly_cost,margin", prices[0]);
        Assert.Contains(prices, l => l.StartsWith("per-hour,,productive agent-hour,47.26,374.4,", StringComparison.Ordinal));
        Assert.Contains(prices, l => l.StartsWith("per-minute,,billable minute,1.6359,", StringComparison.Ordinal));
        Assert.Contains(prices, l => l.StartsWith("per-contact,phone,contact,7.09,2496,", StringComparison.Ordinal));
        Assert.Contains(prices, l => l.StartsWith("fixed-monthly,,month,17693.81,1,17693.81,14155.05,", StringComparison.Ordinal));
        Assert.Equal(1 + 45, File.ReadAllLines(Path.Combine(OutDir, "sensitivity.csv")).Length);
        var page = File.ReadAllText(Path.Combine(OutDir, "pricing.html"));
        Assert.Contains("id=\"pricing\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sensitivity\"", page, StringComparison.Ordinal);
        Assert.Contains("Monthly cost 14,155.05 EUR", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_the_documented_shape()
    {
        var outcome = CliRunner.Run("price", "--scenario", _scenario, "--roster", RosterDir, "--json");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var root = json.RootElement;
        Assert.Equal("EUR", root.GetProperty("currency").GetString());
        Assert.Equal(14155.05m, root.GetProperty("monthlyCost").GetDecimal());
        var models = root.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(["per-hour", "per-minute", "per-contact", "fixed-monthly", "performance"], models.Select(m => m.GetProperty("model").GetString()));
        foreach (var model in models)
        {
            foreach (var field in new[] { "unit", "unitPrice", "expectedMonthlyRevenue", "margin" })
            {
                Assert.True(model.TryGetProperty(field, out _), field);
            }
        }

        Assert.Equal(45, root.GetProperty("sensitivity").GetArrayLength());
    }

    [Fact]
    public void A_markup_on_the_command_line_replaces_the_files_margin()
    {
        var outcome = CliRunner.Run("price", "--scenario", _scenario, "--roster", RosterDir, "--markup", "0.25", "--json");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var fixedFee = json.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("model").GetString() == "fixed-monthly");
        // 14,155.0514… × 1.25, the same as a 20 % margin: that is the point of naming which one it is.
        Assert.Equal(17693.81m, fixedFee.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(0.25m, json.RootElement.GetProperty("profitTarget").GetProperty("markup").GetDecimal());
    }

    [Theory]
    [InlineData("--margin", "1", "--margin: a margin is a share of the price and must be below 1")]
    [InlineData("--markup", "-0.1", "--markup: expected a number ≥ 0")]
    public void A_bad_profit_target_on_the_command_line_exits_2(string option, string value, string message)
    {
        var outcome = CliRunner.Run("price", "--scenario", _scenario, "--roster", RosterDir, "--out", OutDir, option, value);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDir));
    }

    [Theory]
    [InlineData("\"margin\": 0.20", "\"margin\": 1.0", "pricing.json:2: profit.margin: a margin is a share of the price")]
    [InlineData("\"margin\": 0.20", "\"markup\": -0.25", "pricing.json:2: profit.markup: a markup is a share of the cost and must not be negative")]
    [InlineData("\"margin\": 0.20", "\"margin\": 0.2, \"markup\": 0.25", "pricing.json:2: profit: give exactly one of margin")]
    [InlineData("\"phone\": { \"talkSeconds\": 230, \"holdSeconds\": 30, \"afterCallWorkSeconds\": 40 }", "", "pricing.json:11: channels: no rate for channel 'phone'")]
    [InlineData("\"seatCostPerMonth\": 150", "\"seatCostPerMonth\": -150", "pricing.json:9: seatCostPerMonth: must not be negative")]
    public void Bad_pricing_json_names_file_line_and_field_and_exits_2(string find, string replace, string message)
    {
        var path = Path.Combine(_scenario, "pricing.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace(find, replace, StringComparison.Ordinal));

        var outcome = CliRunner.Run("price", "--scenario", _scenario, "--roster", RosterDir, "--out", OutDir);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDir));
    }

    [Fact]
    public void A_negative_wage_exits_2_naming_agents_csv()
    {
        var path = Path.Combine(_scenario, "agents.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace("A2,Agent two,phone,late,20.00", "A2,Agent two,phone,late,-20.00", StringComparison.Ordinal));

        var outcome = CliRunner.Run("price", "--scenario", _scenario, "--roster", RosterDir, "--out", OutDir);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("agents.csv:3: hourly_wage", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDir));
    }

    [Fact]
    public void A_roster_row_for_an_unknown_agent_exits_2_naming_roster_csv()
    {
        var path = Path.Combine(RosterDir, "roster.csv");
        File.AppendAllText(path, "A9,2026-03-02,2026-03-02T09:00,2026-03-02T17:00,8\n");

        var outcome = CliRunner.Run("price", "--scenario", _scenario, "--roster", RosterDir);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("roster.csv:14: agent_id: unknown agent 'A9'", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_roster_folder_price_solves_one_and_keeps_it()
    {
        var outcome = CliRunner.Run("price", "--scenario", _scenario, "--out", OutDir, "--threads", "1", "--seed", "1", "--deterministic-time", "2", "--time-limit", "60s");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.True(File.Exists(Path.Combine(OutDir, "prices.csv")));
        Assert.True(File.Exists(Path.Combine(OutDir, "roster.csv")));
        Assert.Contains("id=\"pricing\"", File.ReadAllText(Path.Combine(OutDir, "report.html")), StringComparison.Ordinal);

        // The roster it kept prices the same when read back.
        var again = CliRunner.Run("price", "--scenario", _scenario, "--roster", OutDir, "--json");
        var first = CliRunner.Run("price", "--scenario", _scenario, "--roster", OutDir, "--json");
        Assert.Equal(first.StandardOutput, again.StandardOutput);
        Assert.Equal(
            JsonDocument.Parse(File.ReadAllText(Path.Combine(OutDir, "prices.json"))).RootElement.GetProperty("monthlyCost").GetDecimal(),
            JsonDocument.Parse(again.StandardOutput).RootElement.GetProperty("monthlyCost").GetDecimal());
    }

    [Fact]
    public void Plan_includes_the_price_table_and_sensitivity_grid_in_its_report()
    {
        var outcome = CliRunner.Run("plan", "--scenario", _scenario, "--out", OutDir, "--threads", "1", "--seed", "1", "--deterministic-time", "2", "--time-limit", "60s");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var report = File.ReadAllText(Path.Combine(OutDir, "report.html"));
        Assert.Contains("id=\"pricing\"", report, StringComparison.Ordinal);
        Assert.Contains("id=\"sensitivity\"", report, StringComparison.Ordinal);
        Assert.Contains("per-contact (phone)", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(OutDir, "prices.json")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scenario, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyFolder(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
