using Workforce.Tests.Database;

namespace Workforce.Service.Tests;

public class HealthTests
{
    [DatabaseFact]
    public async Task Health_reports_the_database_and_the_last_run_of_each_site()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("planned");
        await ServiceProcess.RunOnceAsync(database.ConnectionString);
        await database.ImportTinySiteAsync("new");

        using var health = ServiceProcess.Start(database.ConnectionString, null, "health");
        var exitCode = await health.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, exitCode);
        var lines = health.Output.Trim().Split('\n');
        Assert.Equal($"database: ok (schema version {Storage.Migration.Embedded()[^1].Version})", lines[0]);
        Assert.Equal("site new: never planned", lines[1]);
        Assert.StartsWith("site planned: run 1 for ", lines[2], StringComparison.Ordinal);
        Assert.Contains(" completed, started ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_exits_1_when_the_database_does_not_answer()
    {
        using var health = ServiceProcess.Start("Host=127.0.0.1;Port=1;Username=nobody;Timeout=3", null, "health");
        var exitCode = await health.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("database: unavailable", health.Output, StringComparison.Ordinal);
    }
}
