using Workforce.Tests.Database;

namespace Workforce.Cli.Tests;

public class DbCommandTests
{
    private static readonly string[] SampleDataFiles = ["site.json", "forecast.csv", "agents.csv", "contracts.json", "time_off.csv", "carry_in.csv", "pricing.json"];

    private const string WorkedTimeCsv = "agent_id,start,end\nA003,2026-03-07T06:30,2026-03-07T14:30\nA001,2026-03-07T16:00,2026-03-08T00:00\n";

    [DatabaseFact]
    public async Task Export_of_an_import_of_data_sample_gives_the_same_files_byte_for_byte()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "data", "sample");
        var output = Directory.CreateTempSubdirectory("workforce-db-export-");
        try
        {
            Assert.Equal(0, CliRunner.Run("db", "migrate", "--connection", database.ConnectionString).ExitCode);
            var import = CliRunner.Run("db", "import", "--scenario", sample, "--connection", database.ConnectionString);
            var export = CliRunner.Run("db", "export", "--site", "sample", "--out", output.FullName, "--connection", database.ConnectionString);

            Assert.True(import.ExitCode == 0, import.StandardError);
            Assert.True(export.ExitCode == 0, export.StandardError);
            Assert.Equal(SampleDataFiles.Order(), output.GetFiles().Select(f => f.Name).Where(f => f != ".workforce-output").Order());
            foreach (var file in SampleDataFiles)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(sample, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(output.FullName, file))),
                    $"{file} differs after import and export");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [DatabaseFact]
    public async Task A_history_only_scenario_comes_back_with_its_history_byte_for_byte()
    {
        await using var database = await TestDatabase.CreateAsync();
        var bank = Path.Combine(CliRunner.RepositoryRoot(), "data", "anonymous-bank-week4");
        var output = Directory.CreateTempSubdirectory("workforce-db-export-");
        try
        {
            Assert.Equal(0, CliRunner.Run("db", "migrate", "--connection", database.ConnectionString).ExitCode);
            var import = CliRunner.Run("db", "import", "--scenario", bank, "--connection", database.ConnectionString);
            var export = CliRunner.Run("db", "export", "--site", "anonymous-bank-week4", "--out", output.FullName, "--connection", database.ConnectionString);

            Assert.True(import.ExitCode == 0, import.StandardError);
            Assert.Contains("1008 intervals of actuals", import.StandardOutput, StringComparison.Ordinal);
            Assert.True(export.ExitCode == 0, export.StandardError);
            Assert.True(
                File.ReadAllBytes(Path.Combine(bank, "history.csv")).SequenceEqual(File.ReadAllBytes(Path.Combine(output.FullName, "history.csv"))),
                "history.csv differs after import and export");

            // The bank's site.json is laid out by hand: it comes back as the site writer lays the same site out.
            var site = Files.Scenario.SiteFileReader.Read(Path.Combine(bank, "site.json")).Value;
            var expected = Path.Combine(output.FullName, "expected-site.json");
            Files.Scenario.SiteFileWriter.Write(expected, site);
            Assert.Equal(File.ReadAllText(expected), File.ReadAllText(Path.Combine(output.FullName, "site.json")));

            // The folder has no forecast.csv: the import forecast the site's week from the history, and that is what
            // comes back, with the forecast's quantiles.
            Assert.StartsWith("interval_start,channel,volume,aht_seconds,volume_p10,volume_p80,volume_p90\n", File.ReadAllText(Path.Combine(output.FullName, "forecast.csv")), StringComparison.Ordinal);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [DatabaseFact]
    public async Task A_forecast_with_quantile_columns_from_workforce_forecast_comes_back_byte_for_byte()
    {
        await using var database = await TestDatabase.CreateAsync();
        var bank = Path.Combine(CliRunner.RepositoryRoot(), "data", "anonymous-bank-week4");
        var folder = Directory.CreateTempSubdirectory("workforce-db-quantiles-");
        var output = Directory.CreateTempSubdirectory("workforce-db-export-");
        try
        {
            File.Copy(Path.Combine(bank, "site.json"), Path.Combine(folder.FullName, "site.json"));
            var forecast = Path.Combine(folder.FullName, "forecast.csv");
            var made = CliRunner.Run("forecast", "--history", Path.Combine(bank, "history.csv"), "--time-zone", "Asia/Jerusalem", "--from", "1999-02-22", "--days", "7", "--out", forecast);
            Assert.True(made.ExitCode == 0, made.StandardError);
            Assert.StartsWith("interval_start,channel,volume,aht_seconds,volume_p10,volume_p80,volume_p90\n", File.ReadAllText(forecast), StringComparison.Ordinal);

            Assert.Equal(0, CliRunner.Run("db", "migrate", "--connection", database.ConnectionString).ExitCode);
            var import = CliRunner.Run("db", "import", "--scenario", folder.FullName, "--site", "bank", "--connection", database.ConnectionString);
            var export = CliRunner.Run("db", "export", "--site", "bank", "--out", output.FullName, "--connection", database.ConnectionString);

            Assert.True(import.ExitCode == 0, import.StandardError);
            Assert.True(export.ExitCode == 0, export.StandardError);
            Assert.Equal(File.ReadAllText(forecast), File.ReadAllText(Path.Combine(output.FullName, "forecast.csv")));
            Assert.True(File.ReadAllBytes(forecast).SequenceEqual(File.ReadAllBytes(Path.Combine(output.FullName, "forecast.csv"))), "forecast.csv differs after import and export");
        }
        finally
        {
            folder.Delete(recursive: true);
            output.Delete(recursive: true);
        }
    }

    [DatabaseFact]
    public async Task Worked_time_comes_back_byte_for_byte()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var sample = new SampleCopy();
        File.WriteAllText(Path.Combine(sample.Directory, "worked_time.csv"), WorkedTimeCsv);
        var output = Directory.CreateTempSubdirectory("workforce-db-export-");
        try
        {
            Assert.Equal(0, CliRunner.Run("db", "migrate", "--connection", database.ConnectionString).ExitCode);
            var import = CliRunner.Run("db", "import", "--scenario", sample.Directory, "--site", "sample", "--connection", database.ConnectionString);
            var export = CliRunner.Run("db", "export", "--site", "sample", "--out", output.FullName, "--connection", database.ConnectionString);

            Assert.True(import.ExitCode == 0, import.StandardError);
            Assert.Contains("2 stretches of worked time", import.StandardOutput, StringComparison.Ordinal);
            Assert.True(export.ExitCode == 0, export.StandardError);
            Assert.Equal(WorkedTimeCsv, File.ReadAllText(Path.Combine(output.FullName, "worked_time.csv")));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [DatabaseFact]
    public async Task Migrate_twice_reports_the_schema_up_to_date_the_second_time()
    {
        await using var database = await TestDatabase.CreateAsync();

        var first = CliRunner.Run("db", "migrate", "--connection", database.ConnectionString);
        var second = CliRunner.Run("db", "migrate", "--connection", database.ConnectionString);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Applied {Storage.Migration.Embedded().Count} migration(s)", first.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.StandardOutput, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task The_connection_string_comes_from_WORKFORCE_DB_when_no_option_is_given()
    {
        await using var database = await TestDatabase.CreateAsync();

        var outcome = CliRunner.RunWithEnvironment(new Dictionary<string, string?> { ["WORKFORCE_DB"] = database.ConnectionString }, "db", "migrate");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Applied", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Import_before_migrate_says_to_migrate_first()
    {
        await using var database = await TestDatabase.CreateAsync();

        var outcome = CliRunner.Run("db", "import", "--scenario", Path.Combine(CliRunner.RepositoryRoot(), "data", "sample"), "--connection", database.ConnectionString);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: database: relation \"sites\" does not exist: run `workforce db migrate` first", outcome.StandardError.Trim());
    }

    [Fact]
    public void An_unreachable_server_is_one_line_and_exit_code_2()
    {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        var outcome = CliRunner.Run("db", "migrate", "--connection", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=5");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: database: cannot reach the server", outcome.StandardError, StringComparison.Ordinal);
        Assert.Single(outcome.StandardError.Trim().Split('\n'));
    }

    [Fact]
    public void A_malformed_connection_string_is_one_line_naming_the_option_and_exit_code_2()
    {
        var outcome = CliRunner.Run("db", "migrate", "--connection", "Hots=localhost");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: --connection: not a valid PostgreSQL connection string", outcome.StandardError, StringComparison.Ordinal);
        Assert.Single(outcome.StandardError.Trim().Split('\n'));
    }

    [Fact]
    public void No_connection_option_and_no_WORKFORCE_DB_is_exit_code_2()
    {
        var outcome = CliRunner.RunWithEnvironment(new Dictionary<string, string?> { ["WORKFORCE_DB"] = null }, "db", "migrate");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --connection: no database given: pass --connection or set WORKFORCE_DB", outcome.StandardError.Trim());
    }

    [Fact]
    public void Overlapping_worked_time_is_reported_before_the_database_is_touched()
    {
        using var sample = new SampleCopy();
        File.WriteAllText(Path.Combine(sample.Directory, "worked_time.csv"), WorkedTimeCsv + "A001,2026-03-07T16:00,2026-03-07T18:00\n");

        var outcome = CliRunner.Run("db", "import", "--scenario", sample.Directory, "--connection", "Host=127.0.0.1;Port=1;Username=nobody");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("worked_time.csv:4", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_scenario_folder_is_reported_before_the_database_is_touched()
    {
        using var sample = new SampleCopy();
        sample.ReplaceForecastLine(2, "2026-03-08T00:00,phone,-3,277");

        // The server named here does not exist: the bad row must be the reported error.
        var outcome = CliRunner.Run("db", "import", "--scenario", sample.Directory, "--connection", "Host=127.0.0.1;Port=1;Username=nobody");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("forecast.csv:2", outcome.StandardError, StringComparison.Ordinal);
    }
}
