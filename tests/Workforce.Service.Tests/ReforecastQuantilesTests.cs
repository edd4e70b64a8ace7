using Dapper;
using Workforce.Core.Forecasting;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Service.Tests;

public class ReforecastQuantilesTests
{
    private static readonly Dictionary<string, string> Settings = new() { ["FreezeDays"] = "2", ["HorizonDays"] = "7" };

    [DatabaseFact]
    public async Task A_run_stores_its_reforecast_with_p80_and_p90_that_the_site_then_loads_at()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        // The tiny site is imported without quantiles; four weeks of actuals let the run re-forecast.
        await new ScenarioImporter(database.DataSource).ImportAsync("tiny", TinySite.Scenario(), TinySite.Inputs(), TinySite.Actuals(TinySite.Monday.PlusDays(-28), 28), CancellationToken.None);
        var exporter = new ScenarioExporter(database.DataSource);
        Assert.False((await exporter.LoadAsync("tiny", CancellationToken.None))!.HasQuantile(StaffingQuantile.P80));

        var run = await ServiceProcess.RunOnceAsync(database.ConnectionString, Settings, "--plan-date", "2026-03-02");

        Assert.True(run.ExitCode == 0, run.Output);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(double Volume, double? P80, double? P90)>(
            """
            SELECT i.volume, i.volume_p80, i.volume_p90 FROM forecast_intervals i
            JOIN forecast_versions v USING (forecast_version_id)
            WHERE v.site_id = 'tiny' AND v.source = 'forecast'
            ORDER BY i.position
            """)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.P80 is not null && r.P90 is not null, "every interval of the re-forecast has a P80 and a P90"));
        Assert.All(rows, r => Assert.True(r.P90 >= r.P80 && r.P80 >= r.Volume, $"quantiles in order: {r.Volume} <= {r.P80} <= {r.P90}"));
        Assert.Contains(rows, r => r.P90 > r.Volume);

        var atP90 = await exporter.LoadAsync("tiny", StaffingQuantile.P90, CancellationToken.None);
        Assert.Equal(rows.Select(r => r.P90!.Value), atP90!.Scenario.Forecast.Select(f => f.Volume));
    }
}
