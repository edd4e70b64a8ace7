using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Files.Scenario;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

/// <summary>A forecast.csv's quantile columns kept in forecast_intervals: stored, read at a quantile, written back.</summary>
public class ForecastQuantilesTests
{
    [DatabaseFact]
    public async Task Imported_p80_column_is_what_the_site_loads_at_p80()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var folder = QuantileFolder.Create(p90Factor: 1.5);
        await folder.ImportAsync(database);

        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("quantiles", StaffingQuantile.P80, CancellationToken.None);
        var expected = ForecastCsvReader.Read(folder.ForecastPath, folder.Site, StaffingQuantile.P80).Value;

        Assert.Equal(StaffingQuantile.P80, stored!.StaffingQuantile);
        Assert.Equal(expected.Select(f => (f.ChannelId, f.Start.ToInstant(), f.Volume, f.AhtSeconds)), stored.Scenario.Forecast.Select(f => (f.ChannelId, f.Start.ToInstant(), f.Volume, f.AhtSeconds)));
        Assert.Contains(stored.Scenario.Forecast, f => f.Volume > 0);
    }

    [DatabaseFact]
    public async Task The_p50_load_keeps_the_mean_volumes()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var folder = QuantileFolder.Create(p90Factor: 1.5);
        await folder.ImportAsync(database);

        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("quantiles", CancellationToken.None);

        Assert.Equal(folder.Forecast.Select(f => f.Volume), stored!.Scenario.Forecast.Select(f => f.Volume));
        Assert.True(stored.HasQuantile(StaffingQuantile.P90));
    }

    [DatabaseFact]
    public async Task A_forecast_without_quantile_columns_has_no_p80()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, inputs, CancellationToken.None);
        var exporter = new ScenarioExporter(database.DataSource);

        var stored = await exporter.LoadAsync("sample", CancellationToken.None);
        var missing = await Assert.ThrowsAsync<MissingForecastQuantileException>(() => exporter.LoadAsync("sample", StaffingQuantile.P80, CancellationToken.None));

        Assert.False(stored!.HasQuantile(StaffingQuantile.P80));
        Assert.True(stored.HasQuantile(StaffingQuantile.P50));
        Assert.Equal(StaffingQuantile.P80, missing.Quantile);
        Assert.Contains("has no p80 column: import a forecast.csv with volume_p80", missing.Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Loading_an_unknown_site_at_a_quantile_gives_null()
    {
        await using var database = await MigratedDatabase.CreateAsync();

        Assert.Null(await new ScenarioExporter(database.DataSource).LoadAsync("nowhere", StaffingQuantile.P90, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task A_change_of_the_p90_alone_adds_a_forecast_version()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var first = QuantileFolder.Create(p90Factor: 1.5);
        using var second = QuantileFolder.Create(p90Factor: 1.6);

        var before = await first.ImportAsync(database);
        var again = await first.ImportAsync(database);
        var after = await second.ImportAsync(database);

        Assert.False(again.ForecastVersionAdded);
        Assert.True(after.ForecastVersionAdded);
        Assert.True(after.ForecastVersionId > before.ForecastVersionId);
    }

    [DatabaseFact]
    public async Task Forecast_with_quantile_columns_is_written_back_byte_for_byte()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var folder = QuantileFolder.Create(p90Factor: 1.5);
        await folder.ImportAsync(database);

        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("quantiles", CancellationToken.None);
        var exported = Path.Combine(folder.Directory, "exported.csv");
        ForecastCsvWriter.Write(exported, stored!.Scenario.Forecast, stored.ForecastQuantiles);

        Assert.Equal(File.ReadAllText(folder.ForecastPath), File.ReadAllText(exported));
        Assert.True(File.ReadAllBytes(folder.ForecastPath).SequenceEqual(File.ReadAllBytes(exported)));
    }

    [DatabaseFact]
    public async Task Only_the_quantile_columns_a_file_has_are_stored()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var folder = QuantileFolder.Create(p90Factor: 1.5, columns: ["volume_p80"]);
        await folder.ImportAsync(database);

        var stored = await new ScenarioExporter(database.DataSource).LoadAsync("quantiles", CancellationToken.None);

        Assert.True(stored!.HasQuantile(StaffingQuantile.P80));
        Assert.False(stored.HasQuantile(StaffingQuantile.P90));
        Assert.Null(stored.ForecastQuantiles.P10);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM forecast_intervals WHERE volume_p90 IS NOT NULL OR volume_p80 IS NULL"));
    }

    /// <summary>
    /// data/sample's site with its forecast as <c>workforce forecast</c> writes one: P10 = 0.5 × the mean, P80 =
    /// 1.25 ×, P90 = <c>p90Factor</c> ×, rounded to the file's three decimals; only <c>columns</c> when given.
    /// </summary>
    private sealed class QuantileFolder : IDisposable
    {
        private QuantileFolder(string directory) => Directory = directory;

        public string Directory { get; }

        public string ForecastPath => Path.Combine(Directory, ForecastCsvReader.FileName);

        public Core.Sites.Site Site { get; private set; } = null!;

        public IReadOnlyList<ForecastInterval> Forecast { get; private set; } = [];

        public static QuantileFolder Create(double p90Factor, string[]? columns = null)
        {
            var folder = new QuantileFolder(System.IO.Directory.CreateTempSubdirectory("workforce-quantiles-").FullName);
            var (sample, _) = SampleScenario.Load();
            File.Copy(Path.Combine(SampleScenario.Directory, SiteFileReader.FileName), Path.Combine(folder.Directory, SiteFileReader.FileName));
            var quantiles = sample.Forecast.Select(f => new QuantileForecastInterval(
                f.Start, f.ChannelId, f.Volume, Math.Round(f.Volume * 0.5, 3), f.Volume, Math.Round(f.Volume * 1.25, 3), Math.Round(f.Volume * p90Factor, 3), f.AhtSeconds)).ToList();
            QuantileForecastCsvWriter.Write(folder.ForecastPath, quantiles);
            if (columns is not null)
            {
                DropColumns(folder.ForecastPath, columns);
            }

            folder.Site = sample.Site;
            folder.Forecast = ForecastCsvReader.Read(folder.ForecastPath, sample.Site).Value;
            return folder;
        }

        public Task<ImportSummary> ImportAsync(MigratedDatabase database)
        {
            var quantiles = ForecastCsvReader.ReadQuantiles(ForecastPath, Site);
            Assert.True(quantiles.Succeeded, quantiles.Error?.ToString());
            return new ScenarioImporter(database.DataSource).ImportAsync("quantiles", new Core.Scenario(Site, Forecast), quantiles.Value, null, null, null, null, CancellationToken.None);
        }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

        /// <summary>Keeps the four columns of every forecast and <paramref name="kept"/> of the quantile ones.</summary>
        private static void DropColumns(string path, string[] kept)
        {
            var lines = File.ReadAllLines(path);
            var header = lines[0].Split(',');
            var keep = header.Select((name, i) => (name, i)).Where(c => c.i < 4 || kept.Contains(c.name)).Select(c => c.i).ToList();
            File.WriteAllText(path, string.Concat(lines.Select(line => string.Join(',', keep.Select(i => line.Split(',')[i])) + "\n")));
        }
    }
}
