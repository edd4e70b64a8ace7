using Workforce.Tests.Database;

namespace Workforce.Cli.Tests;

/// <summary>
/// Ids as an HR export may hold them (a comma, a quote, non-Latin letters, a leading <c>=</c>) go through
/// <c>plan</c>, <c>price --roster</c>, <c>db import</c> and <c>db export</c>: every file that Workforce
/// reads back is RFC 4180 CSV written verbatim, so the export is the imported folder byte for byte.
/// </summary>
public sealed class HostileIdsRoundTripTests : IDisposable
{
    /// <summary>The sample's first eight agents under hostile ids, each as RFC 4180 writes it (quoted only where needed).</summary>
    private static readonly (string Sample, string Written)[] Ids =
    [
        ("A001", "\"A,001\""),
        ("A002", "\"A\"\"002\""),
        ("A003", "Агент003"),
        ("A004", "代理004"),
        ("A005", "\"=HYPERLINK(\"\"http://example.com\"\",\"\"A005\"\")\""),
        ("A006", "=A006"),
        ("A007", "Ölçü 007"),
        ("A008", "@A008"),
    ];

    private static readonly string[] ScenarioFiles = ["site.json", "forecast.csv", "agents.csv", "contracts.json", "time_off.csv", "carry_in.csv", "pricing.json"];

    private readonly SampleCopy _scenario = new();

    public HostileIdsRoundTripTests()
    {
        File.Delete(Path.Combine(_scenario.Directory, "README.md"));
        Cut("agents.csv", line => line.Replace(",Karim Cohen,", ",\"Cohen, Karim\",", StringComparison.Ordinal));
        Cut("carry_in.csv", line => line);
        File.WriteAllText(
            Path.Combine(_scenario.Directory, "time_off.csv"),
            "agent_id,start,end,reason\n" + Ids[1].Written + ",2026-03-11T10:00,2026-03-11T12:30,\"doctor, then \"\"home\"\"\"\n" + Ids[4].Written + ",2026-03-12T00:00,2026-03-13T00:00,holiday\n");
    }

    private string Scenario => _scenario.Directory;

    private string PlanOut => Path.Combine(Path.GetDirectoryName(Scenario)!, Path.GetFileName(Scenario) + "-plan");

    [DatabaseFact]
    public async Task Ids_with_commas_quotes_non_Latin_letters_and_a_leading_equals_survive_plan_price_import_and_export_byte_for_byte()
    {
        var priceOut = PlanOut + "-price";
        var exportOut = PlanOut + "-export";
        await using var database = await TestDatabase.CreateAsync();
        try
        {
            var plan = CliRunner.Run("plan", "--scenario", Scenario, "--out", PlanOut, "--time-limit", "10s", "--threads", "1", "--seed", "1");
            Assert.True(plan.ExitCode == 0, plan.StandardError);
            var roster = File.ReadAllText(Path.Combine(PlanOut, "roster.csv"));
            Assert.All(Ids, id => Assert.Contains("\n" + id.Written + ",2026-03-", roster, StringComparison.Ordinal));
            var report = File.ReadAllText(Path.Combine(PlanOut, "report.html"));
            Assert.Contains(">&#39;=A006</text>", report, StringComparison.Ordinal);
            Assert.DoesNotContain(">=A006<", report, StringComparison.Ordinal);

            var price = CliRunner.Run("price", "--scenario", Scenario, "--roster", PlanOut, "--out", priceOut);
            Assert.True(price.ExitCode == 0, price.StandardError);

            Assert.Equal(0, CliRunner.Run("db", "migrate", "--connection", database.ConnectionString).ExitCode);
            var import = CliRunner.Run("db", "import", "--scenario", Scenario, "--site", "hostile", "--connection", database.ConnectionString);
            Assert.True(import.ExitCode == 0, import.StandardError);
            var export = CliRunner.Run("db", "export", "--site", "hostile", "--out", exportOut, "--connection", database.ConnectionString);
            Assert.True(export.ExitCode == 0, export.StandardError);

            Assert.Equal(ScenarioFiles.Order(), Directory.GetFiles(exportOut).Select(Path.GetFileName).Where(f => f != Workforce.Files.Output.OutputFolder.MarkerFile).Order());
            foreach (var file in ScenarioFiles)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(Scenario, file)), File.ReadAllBytes(Path.Combine(exportOut, file)));
            }
        }
        finally
        {
            foreach (var folder in new[] { PlanOut, priceOut, exportOut }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("db import")]
    public void An_agent_id_with_a_line_break_is_refused_with_exit_2_on_one_line(string command)
    {
        var agents = Path.Combine(Scenario, "agents.csv");
        File.WriteAllText(agents, File.ReadAllText(agents).Replace("\"A\"\"002\"", "\"A\n002\"", StringComparison.Ordinal));

        // For db import the server does not exist: the bad id must be found before the database is touched.
        string[] args = command == "plan"
            ? ["plan", "--scenario", Scenario, "--out", PlanOut, "--time-limit", "10s"]
            : ["db", "import", "--scenario", Scenario, "--connection", "Host=127.0.0.1;Port=1;Username=nobody"];
        var outcome = CliRunner.Run(args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("agents.csv:3: agent_id: an id must not hold control characters (a line break, a tab, ...), got 'A\\n002'", ErrorLine(outcome.StandardError));
        Assert.False(Directory.Exists(PlanOut));
    }

    /// <summary>The one error line, without the "error: " prefix and the folder the file name is in.</summary>
    private string ErrorLine(string standardError)
    {
        var line = Assert.Single(standardError.Trim().Split('\n'));
        return line.Replace("error: ", string.Empty, StringComparison.Ordinal).Replace(Scenario + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Keeps the header and the sample's first eight agents of a file, under their hostile ids.</summary>
    private void Cut(string file, Func<string, string> edit)
    {
        var path = Path.Combine(Scenario, file);
        var lines = File.ReadAllLines(path);
        var kept = lines.Take(1).Concat(Ids.Select(id => edit(id.Written + lines.Single(l => l.StartsWith(id.Sample + ",", StringComparison.Ordinal))[id.Sample.Length..])));
        File.WriteAllText(path, string.Join('\n', kept) + "\n");
    }

    public void Dispose() => _scenario.Dispose();
}
