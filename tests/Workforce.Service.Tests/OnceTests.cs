using Xunit.Abstractions;
using Workforce.Tests.Database;

namespace Workforce.Service.Tests;

public class OnceTests(ITestOutputHelper output)
{
    [DatabaseFact]
    public async Task Once_plans_a_due_site_and_a_second_once_the_same_day_does_nothing()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("tiny");

        var first = await ServiceProcess.RunOnceAsync(database.ConnectionString);
        var second = await ServiceProcess.RunOnceAsync(database.ConnectionString);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        var run = Assert.Single(await database.RunsAsync());
        Assert.Equal("completed", run.Status);
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM roster_versions WHERE status = 'published' AND plan_run_id = @Id", new { Id = run.PlanRunId }));
        Assert.True(await database.CountAsync("SELECT count(*) FROM roster_shifts") > 0);
        Assert.Equal(24 * 7, await database.CountAsync("SELECT count(*) FROM requirements"));
        // The published version keeps the roster's coverage, one row per channel-interval of the week.
        Assert.Equal(24 * 7, await database.CountAsync("SELECT count(*) FROM roster_version_coverage c JOIN roster_versions v USING (roster_version_id) WHERE v.plan_run_id = @Id", new { Id = run.PlanRunId }));
    }

    [DatabaseFact]
    public async Task A_forced_once_plans_again_and_the_new_roster_supersedes_the_old()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("tiny");

        await ServiceProcess.RunOnceAsync(database.ConnectionString);
        var forced = await ServiceProcess.RunOnceAsync(database.ConnectionString, null, "--force");

        Assert.True(forced.ExitCode == 0, forced.Output);
        Assert.Equal(["completed", "completed"], (await database.RunsAsync()).Select(r => r.Status));
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM roster_versions WHERE status = 'published'"));
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM roster_versions WHERE status = 'superseded'"));
    }

    [DatabaseFact]
    public async Task A_site_before_its_run_time_is_not_planned()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("tiny");

        // 23:59 local: due only in the last minute of the day, so this run finds the site not yet due.
        var outcome = await ServiceProcess.RunOnceAsync(database.ConnectionString, new Dictionary<string, string> { ["SiteRunAt__tiny"] = "23:59" });

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.Empty(await database.RunsAsync());
    }

    [DatabaseFact]
    public async Task Two_instances_started_together_on_ten_sites_plan_each_site_exactly_once()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        var siteIds = Enumerable.Range(1, 10).Select(i => $"site-{i:00}").ToList();
        foreach (var siteId in siteIds)
        {
            await database.ImportTinySiteAsync(siteId);
        }

        using var a = ServiceProcess.Start(database.ConnectionString, null, "--once");
        using var b = ServiceProcess.Start(database.ConnectionString, null, "--once");
        var exits = await Task.WhenAll(a.WaitAsync(TimeSpan.FromMinutes(5)), b.WaitAsync(TimeSpan.FromMinutes(5)));

        Assert.True(exits.All(e => e == 0), a.Output + b.Output);
        var runs = await database.RunsAsync();
        Assert.Equal(10, runs.Count);
        Assert.Equal(siteIds, runs.Select(r => r.SiteId).Order());
        Assert.All(runs, r => Assert.Equal("completed", r.Status));
        Assert.Equal(10, await database.CountAsync("SELECT count(*) FROM roster_versions WHERE status = 'published'"));
        output.WriteLine($"sites planned per instance: {string.Join(", ", runs.GroupBy(r => r.ProcessId).Select(g => g.Count()))}");
    }
}
