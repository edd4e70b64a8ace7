using Workforce.Core.Rostering;
using Workforce.Files.Scenario;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

public class ImportExportTests
{
    [DatabaseFact]
    public async Task Sample_written_back_from_the_database_equals_data_sample_byte_for_byte()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, inputs, CancellationToken.None);

        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("sample", CancellationToken.None);
        var output = Directory.CreateTempSubdirectory("workforce-export-");
        try
        {
            SiteFileWriter.Write(Path.Combine(output.FullName, SiteFileReader.FileName), stored!.Scenario.Site);
            ForecastCsvWriter.Write(Path.Combine(output.FullName, ForecastCsvReader.FileName), stored.Scenario.Forecast);
            RosterInputsFolder.Write(output.FullName, stored.RosterInputs!);

            foreach (var file in SampleScenario.DataFiles)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(SampleScenario.Directory, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(output.FullName, file))),
                    $"{file} differs after the round trip");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [DatabaseFact]
    public async Task Importing_the_same_folder_twice_adds_no_forecast_version_and_no_rows()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        var importer = new ScenarioImporter(database.DataSource);

        var first = await importer.ImportAsync("sample", scenario, inputs, CancellationToken.None);
        var rowsAfterFirst = await CountRowsAsync(database);
        var second = await importer.ImportAsync("sample", scenario, inputs, CancellationToken.None);

        Assert.True(first.ForecastVersionAdded);
        Assert.False(second.ForecastVersionAdded);
        Assert.Equal(first.ForecastVersionId, second.ForecastVersionId);
        Assert.Equal(rowsAfterFirst, await CountRowsAsync(database));
    }

    [DatabaseFact]
    public async Task A_changed_forecast_adds_a_version_and_the_export_has_the_new_numbers()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        var importer = new ScenarioImporter(database.DataSource);
        var first = await importer.ImportAsync("sample", scenario, inputs, CancellationToken.None);
        var changed = scenario with { Forecast = [scenario.Forecast[0] with { Volume = 99 }, .. scenario.Forecast.Skip(1)] };

        var second = await importer.ImportAsync("sample", changed, inputs, CancellationToken.None);
        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("sample", CancellationToken.None);

        Assert.True(second.ForecastVersionAdded);
        Assert.True(second.ForecastVersionId > first.ForecastVersionId);
        Assert.Equal(99, stored!.Scenario.Forecast[0].Volume);
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM forecast_versions"));
    }

    [DatabaseFact]
    public async Task An_agent_missing_from_the_next_import_is_kept_inactive_and_not_exported()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        var importer = new ScenarioImporter(database.DataSource);
        await importer.ImportAsync("sample", scenario, inputs, CancellationToken.None);
        var leaver = inputs.Agents[^1].Id;
        var fewer = new RosterInputs(
            [.. inputs.Agents.Where(a => a.Id != leaver)],
            inputs.Contracts,
            [.. inputs.TimeOff.Where(t => t.AgentId != leaver)],
            [.. inputs.CarryIn.Where(c => c.AgentId != leaver)]);

        await importer.ImportAsync("sample", scenario, fewer, CancellationToken.None);
        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("sample", CancellationToken.None);

        Assert.DoesNotContain(stored!.RosterInputs!.Agents, a => a.Id == leaver);
        Assert.Equal(inputs.Agents.Count - 1, stored.RosterInputs.Agents.Count);
        Assert.False(await database.ScalarAsync<bool>("SELECT active FROM agents WHERE agent_id = @leaver", new { leaver }));
    }

    [DatabaseFact]
    public async Task Sql_in_a_site_name_and_an_agent_id_is_stored_verbatim_and_harms_nothing()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        const string siteName = "Robert'); DROP TABLE sites; --";
        const string agentId = "A1'; DELETE FROM agents; --";
        var first = inputs.Agents[0];
        var agent = new Agent(agentId, first.Name, first.Skills, first.ContractId, first.HourlyWage, first.Status, first.ProductivityFactor);
        var hostile = new RosterInputs(
            [agent, .. inputs.Agents.Skip(1)],
            inputs.Contracts,
            [.. inputs.TimeOff.Where(t => t.AgentId != first.Id)],
            [.. inputs.CarryIn.Where(c => c.AgentId != first.Id)]);
        var importer = new ScenarioImporter(database.DataSource);

        await importer.ImportAsync("x'; DROP TABLE agents; --", scenario with { Site = scenario.Site with { Name = siteName } }, hostile, CancellationToken.None);
        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("x'; DROP TABLE agents; --", CancellationToken.None);

        Assert.Equal(siteName, stored!.Scenario.Site.Name);
        Assert.Equal(agentId, stored.RosterInputs!.Agents[0].Id);
        Assert.Equal(inputs.Agents.Count, stored.RosterInputs.Agents.Count);
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM sites"));
    }

    [DatabaseFact]
    public async Task An_unknown_site_loads_as_null()
    {
        await using var database = await MigratedDatabase.CreateAsync();

        Assert.Null(await new ScenarioExporter(database.DataSource).LoadAsync("nowhere", CancellationToken.None));
    }

    /// <summary>Rows in every table an import writes, so a second import can be shown to add none.</summary>
    internal static async Task<string> CountRowsAsync(MigratedDatabase database)
    {
        string[] tables =
        [
            "sites", "public_holidays", "shrinkage_components", "channels", "contracts", "contract_breaks", "agents", "agent_skills", "time_off",
            "carry_in", "agent_preferences", "training_sessions", "training_attendees", "forecast_versions", "forecast_intervals", "actuals",
            "roster_versions", "roster_shifts",
        ];
        var counts = new List<string>();
        foreach (var table in tables)
        {
            counts.Add($"{table}={await database.ScalarAsync<long>($"SELECT count(*) FROM {table}")}");
        }

        return string.Join(' ', counts);
    }
}
