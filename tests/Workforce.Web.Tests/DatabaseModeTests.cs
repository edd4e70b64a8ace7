using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workforce.Service.Tests;
using Workforce.Tests.Database;

namespace Workforce.Web.Tests;

/// <summary>The API in the database mode: every endpoint against a real PostgreSQL, with 400, 401, 403, 404 and 409.</summary>
[Collection(DatabaseSiteTests.Name)]
public sealed class DatabaseModeTests(DatabaseSite site)
{
    private static readonly string[] RemovedAgents = ["T01"];

    private static string SiteA => $"/api/sites/{DatabaseSite.SiteA}";

    [DatabaseFact]
    public async Task Anonymous_callers_get_401_on_every_route_but_the_open_ones() =>
        await RouteSweep.AnonymousGet401Async(site.Anonymous(), await IdsAsync());

    [DatabaseFact]
    public async Task A_planner_of_site_b_gets_404_for_site_a_everywhere_and_sees_only_b()
    {
        using var outsider = site.Bearer("outsider");
        await RouteSweep.OutsiderGets404Async(site.Anonymous(), outsider, await IdsAsync());
        var sites = await EmbeddedSite.JsonAsync(await outsider.GetAsync("/api/sites"));
        Assert.Equal([DatabaseSite.SiteB], sites.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [DatabaseFact]
    public async Task A_viewer_reads_every_endpoint_and_gets_403_on_what_ifs_publishing_and_prices() =>
        await RouteSweep.ViewerAsync(site.Anonymous(), site.Bearer("viewer"), await IdsAsync());

    [DatabaseFact]
    public async Task The_service_runs_version_reads_back_with_shifts_coverage_and_its_run()
    {
        using var client = site.Bearer("viewer");
        var ids = await IdsAsync();
        var version = await EmbeddedSite.JsonAsync(await client.GetAsync($"{SiteA}/roster-versions/{ids.RosterVersionId}"));
        Assert.Equal("plan_run", version.GetProperty("version").GetProperty("source").GetString());
        Assert.Equal(ids.RunId, version.GetProperty("version").GetProperty("planRunId").GetString());
        Assert.True(version.GetProperty("shifts").GetArrayLength() > 10);
        Assert.True(version.GetProperty("figures").GetProperty("objective").GetDouble() > 0);
        var coverage = await EmbeddedSite.JsonAsync(await client.GetAsync($"{SiteA}/roster-versions/{ids.RosterVersionId}/coverage"));
        Assert.Equal(24 * 7, coverage.GetArrayLength());
        Assert.Contains(coverage.EnumerateArray(), c => c.GetProperty("projectedServiceLevel").ValueKind == JsonValueKind.Number && c.GetProperty("targetServiceLevel").GetDouble() == 0.8);
        var requirements = await EmbeddedSite.JsonAsync(await client.GetAsync($"{SiteA}/requirements"));
        Assert.True(requirements.GetArrayLength() >= 24 * 7);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{SiteA}/roster-versions/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{SiteA}/forecasts/999999")).StatusCode);
    }

    [DatabaseFact]
    public async Task A_published_what_if_is_the_baseline_of_the_next_service_run_and_a_stale_publish_is_409()
    {
        using var client = site.Bearer("planner");
        var published = (await IdsAsync()).RosterVersionId;
        var body = new { volumeFactors = new[] { new { channel = "phone", date = "2026-03-04", factor = 1.5 } }, frozenThrough = "2026-03-01" };
        var first = await EmbeddedSite.JsonAsync(await client.PostAsJsonAsync($"{SiteA}/what-ifs?wait=true", body));
        var second = await EmbeddedSite.JsonAsync(await client.PostAsJsonAsync($"{SiteA}/what-ifs?wait=true", new { removedAgents = RemovedAgents, frozenThrough = "2026-03-01" }));
        Assert.Equal("completed", first.GetProperty("run").GetProperty("status").GetString());
        var result = first.GetProperty("result");
        Assert.Equal(published, result.GetProperty("baseVersionId").GetInt64());
        var wednesday = result.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("date").GetString() == "2026-03-04");
        Assert.True(wednesday.GetProperty("requiredAfter").GetDouble() > wednesday.GetProperty("requiredBefore").GetDouble());
        var removed = second.GetProperty("result").GetProperty("changedShifts").EnumerateArray().Where(c => c.GetProperty("agentId").GetString() == "T01").ToList();
        Assert.NotEmpty(removed);
        Assert.All(removed, c => Assert.Equal("removed", c.GetProperty("change").GetString()));

        var draft = result.GetProperty("draftVersionId").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"{SiteA}/roster-versions/{draft}/publish", new { baseVersion = published })).StatusCode);
        var stale = second.GetProperty("result").GetProperty("draftVersionId").GetInt64();
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"{SiteA}/roster-versions/{stale}/publish", new { baseVersion = published })).StatusCode);

        // The next day's run re-plans against the draft the planner published.
        var next = await ServiceProcess.RunOnceAsync(site.Database.ConnectionString, DatabaseSite.ServiceSettings, "--plan-date", "2026-03-01");
        Assert.True(next.ExitCode == 0, next.Output);
        Assert.Contains($"Site {DatabaseSite.SiteA}: rostering the week of 2026-03-02 against published roster version {draft}", next.Output, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_what_if_staffed_at_the_stored_p80_asks_for_more_agents_and_a_quantile_not_stored_is_400()
    {
        using var client = site.Bearer("planner");
        var p80 = await EmbeddedSite.JsonAsync(await client.PostAsJsonAsync($"{SiteA}/what-ifs?wait=true", new { staffAt = "p80", frozenThrough = "2026-03-01" }));
        var coverage = p80.GetProperty("result").GetProperty("coverage").EnumerateArray().ToList();
        Assert.True(coverage.Sum(c => c.GetProperty("requiredAfter").GetDouble()) > coverage.Sum(c => c.GetProperty("requiredBefore").GetDouble()));

        var response = await client.PostAsJsonAsync($"{SiteA}/what-ifs", new { staffAt = "p90" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var title = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();
        Assert.StartsWith("what-if: staffAt:", title, StringComparison.Ordinal);
        Assert.Contains("no p90 column", title, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_user_signs_in_with_the_password_kept_in_the_database()
    {
        using var client = site.Anonymous();
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/login", new { userName = "viewer", password = EmbeddedSite.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Anonymous().PostAsJsonAsync("/login", new { userName = "viewer", password = "wrong" })).StatusCode);
    }

    [DatabaseFact]
    public async Task Health_turns_unhealthy_when_the_database_is_cut_off_and_healthy_when_it_is_back()
    {
        using var client = site.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        site.Proxy.Cut();
        try
        {
            var down = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains("not reachable", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            site.Proxy.Up();
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [DatabaseFact]
    public async Task Metrics_count_the_services_completed_runs_from_plan_runs()
    {
        using var client = site.Anonymous();
        var text = await client.GetStringAsync("/metrics");
        Assert.Matches("workforce_plan_runs\\{site=\"a\",status=\"completed\"\\} [1-9]", text);
        Assert.Matches("workforce_last_run_objective_cents\\{site=\"a\"\\} [0-9]", text);
        Assert.Matches("workforce_last_run_under_covered_agent_hours\\{site=\"a\"\\} [0-9]", text);
        Assert.Matches("workforce_last_run_solve_seconds\\{site=\"b\"\\} [0-9]", text);
    }

    private async Task<RouteSweep.Ids> IdsAsync()
    {
        using var client = site.Bearer("viewer");
        var versions = await EmbeddedSite.JsonAsync(await client.GetAsync($"{SiteA}/roster-versions"));
        var version = versions.EnumerateArray().Where(v => v.GetProperty("source").GetString() == "plan_run").MinBy(v => v.GetProperty("id").GetInt64());
        var forecasts = await EmbeddedSite.JsonAsync(await client.GetAsync($"{SiteA}/forecasts"));
        return new RouteSweep.Ids(
            DatabaseSite.SiteA,
            version.GetProperty("id").GetInt64(),
            forecasts[0].GetProperty("id").GetInt64(),
            version.GetProperty("planRunId").GetString()!);
    }
}
