using Workforce.Files.Scenario;
using Workforce.Storage.Planning;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

public class ReplanInputsRoundTripTests
{
    [DatabaseFact]
    public async Task Preferences_training_carry_in_extras_and_the_baseline_come_back_byte_for_byte()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var folder = new ReplanInputsFolder();
        var (scenario, inputs) = SampleScenario.Load(folder.Directory);
        Assert.NotEmpty(inputs.Preferences);
        Assert.NotEmpty(inputs.Training);
        Assert.Contains(inputs.CarryIn, c => c.LateShiftsWorkedInReferencePeriod > 0);
        Assert.Contains(inputs.CarryIn, c => c.ConsecutiveDaysOff > 0);
        Assert.Contains(inputs.CarryIn, c => c.LastShiftStart is not null);
        Assert.Contains(inputs.CarryIn, c => c.LastShiftStart is null && c.LastShiftEnd is not null);
        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, inputs, CancellationToken.None);

        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("sample", CancellationToken.None);
        var output = Directory.CreateTempSubdirectory("workforce-export-");
        try
        {
            SiteFileWriter.Write(Path.Combine(output.FullName, SiteFileReader.FileName), stored!.Scenario.Site);
            ForecastCsvWriter.Write(Path.Combine(output.FullName, ForecastCsvReader.FileName), stored.Scenario.Forecast);
            RosterInputsFolder.Write(output.FullName, stored.RosterInputs!);

            Assert.Equal(ReplanInputsFolder.DataFiles.Order(), output.GetFiles().Select(f => f.Name).Order());
            foreach (var file in ReplanInputsFolder.DataFiles)
            {
                Assert.Equal(File.ReadAllText(Path.Combine(folder.Directory, file)), File.ReadAllText(Path.Combine(output.FullName, file)));
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [DatabaseFact]
    public async Task An_imported_baseline_is_the_published_roster_of_the_sites_week()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var folder = new ReplanInputsFolder();
        var (scenario, inputs) = SampleScenario.Load(folder.Directory);

        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, inputs, CancellationToken.None);
        var published = await new RosterVersionStore(database.DataSource).LoadPublishedAsync("sample", scenario.Site.WeekStart, CancellationToken.None);

        Assert.NotNull(published);
        Assert.Equal(inputs.Baseline!.Shifts, published.Roster.Shifts);
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM roster_versions WHERE plan_run_id IS NULL AND status = 'published'"));
        Assert.Null(await new RosterVersionStore(database.DataSource).LoadPublishedAsync("sample", scenario.Site.WeekStart.PlusDays(7), CancellationToken.None));
    }

    [DatabaseFact]
    public async Task Importing_the_folder_twice_adds_no_rows_and_no_roster_version()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var folder = new ReplanInputsFolder();
        var (scenario, inputs) = SampleScenario.Load(folder.Directory);
        var importer = new ScenarioImporter(database.DataSource);

        await importer.ImportAsync("sample", scenario, inputs, CancellationToken.None);
        var rowsAfterFirst = await ImportExportTests.CountRowsAsync(database);
        await importer.ImportAsync("sample", scenario, inputs, CancellationToken.None);

        Assert.Equal(rowsAfterFirst, await ImportExportTests.CountRowsAsync(database));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM roster_versions"));
    }

    [DatabaseFact]
    public async Task A_changed_baseline_supersedes_the_published_roster()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var folder = new ReplanInputsFolder();
        var (scenario, inputs) = SampleScenario.Load(folder.Directory);
        var importer = new ScenarioImporter(database.DataSource);
        await importer.ImportAsync("sample", scenario, inputs, CancellationToken.None);
        var changed = inputs with { Baseline = new Core.Rostering.BaselineRoster([.. inputs.Baseline!.Shifts.Skip(1)], null) };

        await importer.ImportAsync("sample", scenario, changed, CancellationToken.None);

        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM roster_versions WHERE status = 'superseded'"));
        var published = await new RosterVersionStore(database.DataSource).LoadPublishedAsync("sample", scenario.Site.WeekStart, CancellationToken.None);
        Assert.Equal(changed.Baseline.Shifts, published!.Roster.Shifts);
    }
}
