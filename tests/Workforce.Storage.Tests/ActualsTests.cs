using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Files.Scenario;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

public class ActualsTests
{
    private static readonly string BankDirectory = Path.Combine(Path.GetDirectoryName(SampleScenario.Directory)!, "anonymous-bank-week4");

    [DatabaseFact]
    public async Task The_anonymous_bank_history_written_back_from_the_database_is_the_same_file_byte_for_byte()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (site, history) = LoadBank();
        await new ScenarioImporter(database.DataSource).ImportAsync("bank", new Core.Scenario(site, []), null, history, CancellationToken.None);

        var stored = await new ActualsStore(database.DataSource).LoadAsync("bank", site.TimeZone, null, CancellationToken.None);
        var output = Path.Combine(Directory.CreateTempSubdirectory("workforce-history-").FullName, HistoryCsvReader.FileName);
        HistoryCsvWriter.Write(output, stored);

        Assert.Equal(File.ReadAllText(Path.Combine(BankDirectory, HistoryCsvReader.FileName)), File.ReadAllText(output));
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    [DatabaseFact]
    public async Task An_interval_with_contacts_and_no_handle_time_is_stored_without_an_aht()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (site, history) = LoadBank();
        Assert.Contains(history, h => h.Volume > 0 && h.AhtSeconds == 0);

        await new ScenarioImporter(database.DataSource).ImportAsync("bank", new Core.Scenario(site, []), null, history, CancellationToken.None);

        Assert.Equal(history.Count(h => h.AhtSeconds == 0), await database.ScalarAsync<long>("SELECT count(*) FROM actuals WHERE aht_seconds IS NULL"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM actuals WHERE aht_seconds = 0"));
    }

    [DatabaseFact]
    public async Task A_later_import_corrects_and_adds_intervals_and_keeps_the_others()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (site, history) = LoadBank();
        var importer = new ScenarioImporter(database.DataSource);
        await importer.ImportAsync("bank", new Core.Scenario(site, []), null, history.Take(100).ToList(), CancellationToken.None);
        var corrected = history[50] with { Volume = history[50].Volume + 13 };

        await importer.ImportAsync("bank", new Core.Scenario(site, []), null, [corrected, .. history.Skip(100)], CancellationToken.None);
        var stored = await new ActualsStore(database.DataSource).LoadAsync("bank", site.TimeZone, null, CancellationToken.None);

        Assert.Equal(history.Count, stored.Count);
        Assert.Equal(corrected.Volume, stored[50].Volume);
        Assert.Equal(history[49], stored[49]);
    }

    [DatabaseFact]
    public async Task Loading_before_an_instant_leaves_out_the_intervals_that_start_at_it_or_later()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (site, history) = LoadBank();
        await new ScenarioImporter(database.DataSource).ImportAsync("bank", new Core.Scenario(site, []), null, history, CancellationToken.None);
        var cut = new LocalDate(1999, 2, 15).AtStartOfDayInZone(site.TimeZone).ToInstant();

        var before = await new ActualsStore(database.DataSource).LoadAsync("bank", site.TimeZone, cut, CancellationToken.None);

        Assert.Equal(history.Count(h => h.Start.ToInstant() < cut), before.Count);
        Assert.All(before, h => Assert.True(h.Start.ToInstant() < cut));
    }

    private static (Core.Sites.Site Site, IReadOnlyList<ForecastInterval> History) LoadBank()
    {
        var site = SiteFileReader.Read(Path.Combine(BankDirectory, SiteFileReader.FileName));
        Assert.True(site.Succeeded, site.Error?.ToString());
        var history = HistoryCsvReader.Read(Path.Combine(BankDirectory, HistoryCsvReader.FileName), site.Value);
        Assert.True(history.Succeeded, history.Error?.ToString());
        return (site.Value, history.Value.Rows);
    }
}
