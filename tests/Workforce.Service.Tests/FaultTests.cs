using System.Text.RegularExpressions;
using Npgsql;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;
using Xunit.Abstractions;

namespace Workforce.Service.Tests;

/// <summary>
/// The service against a database that goes away, a process that is killed, and SIGTERM. Each test prints
/// its figures (runs attempted, completed, abandoned, cancelled; roster rows before and after, rows lost).
/// </summary>
public partial class FaultTests(ITestOutputHelper output)
{
    [DatabaseFact]
    public async Task A_database_unreachable_at_start_is_retried_until_it_answers()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("tiny");
        await using var proxy = ProxyFor(database, out var throughProxy);

        using var service = ServiceProcess.Start(throughProxy, null, "--once");
        await Task.Delay(TimeSpan.FromSeconds(4));
        proxy.Up();
        var exitCode = await service.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, service.Output);
        Assert.Contains("Database unreachable", service.Output, StringComparison.Ordinal);
        Assert.Equal("completed", Assert.Single(await database.RunsAsync()).Status);
        await ReportRunsAsync(database);
    }

    [DatabaseFact]
    public async Task A_database_that_never_answers_is_not_read_as_nothing_to_do()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await using var proxy = ProxyFor(database, out var throughProxy);

        var outcome = await ServiceProcess.RunOnceAsync(throughProxy, new Dictionary<string, string> { ["MaxDatabaseOutage"] = "00:00:03" });

        Assert.Equal(PlanningWorker.ExitDatabaseUnavailable, outcome.ExitCode);
        Assert.Contains("Giving up", outcome.Output, StringComparison.Ordinal);
        await ReportRunsAsync(database);
    }

    [DatabaseFact]
    public async Task A_killed_instance_leaves_the_published_roster_intact_and_its_run_is_abandoned_when_the_lease_expires()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("tiny");
        var first = await ServiceProcess.RunOnceAsync(database.ConnectionString);
        Assert.True(first.ExitCode == 0, first.Output);
        var publishedShifts = await PublishedShiftsAsync(database);
        // The next day's run is slow: the 128-agent sample replaces the tiny site's agents and forecast.
        await ImportSampleOverTinyAsync(database);

        using (var doomed = ServiceProcess.Start(database.ConnectionString, new Dictionary<string, string> { ["Lease"] = "00:00:03", ["SolverTimeLimit"] = "00:01:00" }, "--once", "--force"))
        {
            await WaitUntilAsync(async () => (await database.RunsAsync()).Any(r => r.Status == "running"), TimeSpan.FromMinutes(1));
            await Task.Delay(TimeSpan.FromSeconds(2));
            doomed.KillHard();
            await doomed.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal("running", (await database.RunsAsync())[^1].Status);
        Assert.Equal(publishedShifts, await PublishedShiftsAsync(database));
        await Task.Delay(TimeSpan.FromSeconds(4));

        // The next instance closes the dead run, then plans the day itself and may publish its own roster.
        var next = await ServiceProcess.RunOnceAsync(database.ConnectionString, new Dictionary<string, string> { ["SolverTimeLimit"] = "00:00:05" }, "--force");

        var runs = await database.RunsAsync();
        Assert.Equal(["completed", "abandoned"], runs.Take(2).Select(r => r.Status));
        Assert.Contains("lease expired", runs[1].Error, StringComparison.Ordinal);
        Assert.Contains("as abandoned", next.Output, StringComparison.Ordinal);
        var afterwards = await PublishedShiftsAsync(database);
        Assert.StartsWith(publishedShifts, afterwards, StringComparison.Ordinal);
        Assert.True(afterwards == publishedShifts || runs[^1].Status == "completed", "a roster was published by a run that did not complete");
        await ReportRunsAsync(database);
        output.WriteLine($"published roster rows before the kill: {publishedShifts.Split('\n').Length}, after the next instance: {afterwards.Split('\n').Length}, unchanged: {publishedShifts == afterwards}");
    }

    [DatabaseFact]
    public async Task A_database_outage_in_the_middle_of_a_run_ends_in_a_completed_run_after_retries()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportBusySiteAsync("busy");
        await using var proxy = ProxyFor(database, out var throughProxy);
        proxy.Up();

        // The database goes away as soon as the run is seen claimed (within a 200 ms poll) and stays away
        // 20 s. The busy site's run takes seconds, so whichever of its steps comes next (loading the site,
        // or the final write) meets a dead database and is retried until it comes back; the run must
        // still complete. Waiting longer before the cut made the test depend on the machine's speed.
        using var service = ServiceProcess.Start(throughProxy, new Dictionary<string, string> { ["SolverTimeLimit"] = "00:00:15", ["Lease"] = "00:02:00" }, "--once");
        await WaitUntilAsync(async () => (await database.RunsAsync()).Any(r => r.Status == "running"), TimeSpan.FromMinutes(1));
        proxy.Cut();
        await Task.Delay(TimeSpan.FromSeconds(20));
        proxy.Up();
        var exitCode = await service.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, service.Output);
        Assert.Contains("Database unreachable (", service.Output, StringComparison.Ordinal);
        var run = Assert.Single(await database.RunsAsync());
        Assert.True(run.Status == "completed", service.Output);
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM roster_versions WHERE status = 'published'"));
        // Rows lost: what the run says it wrote against what the database holds.
        var reportedShifts = long.Parse(CompletedShifts().Match(service.Output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var storedShifts = await database.CountAsync("SELECT count(*) FROM roster_shifts");
        var storedRequirements = await database.CountAsync("SELECT count(*) FROM requirements");
        Assert.Equal(reportedShifts, storedShifts);
        Assert.Equal(TinySite.Busy().Forecast.Count, storedRequirements);
        await ReportRunsAsync(database);
        output.WriteLine($"database retries logged: {Regex.Count(service.Output, "Database unreachable \\(")}; shifts reported {reportedShifts}, stored {storedShifts}; requirement rows expected {TinySite.Busy().Forecast.Count}, stored {storedRequirements}; rows lost {reportedShifts - storedShifts + TinySite.Busy().Forecast.Count - storedRequirements}");
    }

    [DatabaseFact]
    public async Task Sigterm_stops_the_search_and_records_the_run_as_cancelled_without_a_roster()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await ImportSampleAsync(database, "sample");

        using var service = ServiceProcess.Start(database.ConnectionString, new Dictionary<string, string> { ["SolverTimeLimit"] = "00:01:00" }, "--once");
        await WaitUntilAsync(async () => (await database.RunsAsync()).Any(r => r.Status == "running"), TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(3));
        service.Terminate();
        await service.WaitAsync(TimeSpan.FromSeconds(60));

        var run = Assert.Single(await database.RunsAsync());
        Assert.True(run.Status == "cancelled", service.Output);
        Assert.Equal(0, await database.CountAsync("SELECT count(*) FROM roster_versions"));
        await ReportRunsAsync(database);
    }

    [GeneratedRegex(@"completed: site \S+, (\d+) shifts")]
    private static partial Regex CompletedShifts();

    /// <summary>Prints the runs the test left by status.</summary>
    private async Task ReportRunsAsync(ServiceDatabase database)
    {
        var runs = await database.RunsAsync();
        string Count(string status) => runs.Count(r => r.Status == status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine($"runs attempted {runs.Count}: completed {Count("completed")}, abandoned {Count("abandoned")}, cancelled {Count("cancelled")}, failed {Count("failed")}, running {Count("running")}");
    }

    private static TcpProxy ProxyFor(ServiceDatabase database, out string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var proxy = new TcpProxy(builder.Host!, builder.Port);
        builder.Host = "127.0.0.1";
        builder.Port = proxy.Port;
        builder.Timeout = 3;
        connectionString = builder.ConnectionString;
        return proxy;
    }

    /// <summary>The published roster as text, so "intact" means every shift unchanged.</summary>
    private static async Task<string> PublishedShiftsAsync(ServiceDatabase database)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = await Dapper.SqlMapper.QueryAsync<string>(
            connection,
            """
            SELECT v.roster_version_id || ' ' || s.agent_id || ' ' || s.starts_at || ' ' || s.ends_at
            FROM roster_versions v JOIN roster_shifts s USING (roster_version_id)
            WHERE v.status = 'published' ORDER BY 1
            """);
        var text = string.Join('\n', rows);
        Assert.NotEmpty(text);
        return text;
    }

    private static Task ImportSampleOverTinyAsync(ServiceDatabase database) => ImportSampleAsync(database, "tiny");

    private static async Task ImportSampleAsync(ServiceDatabase database, string siteId)
    {
        var directory = Path.Combine(RepositoryRoot(), "data", "sample");
        var scenario = Files.Scenario.ScenarioFolder.Load(directory).Value;
        var inputs = Files.Scenario.RosterInputsFolder.Load(directory, scenario.Site).Value;
        await new ScenarioImporter(database.DataSource).ImportAsync(siteId, scenario, inputs, CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(200);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workforce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Workforce.sln not found above the test binaries.");
    }
}
