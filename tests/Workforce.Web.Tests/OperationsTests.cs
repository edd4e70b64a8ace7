namespace Workforce.Web.Tests;

/// <summary>/health and /metrics in the embedded mode.</summary>
[Collection(EmbeddedSiteTests.Name)]
public sealed class OperationsTests(EmbeddedSite site)
{
    [Fact]
    public async Task Health_is_200_without_a_database()
    {
        using var client = site.Anonymous();
        var health = await EmbeddedSite.JsonAsync(await client.GetAsync("/health"));
        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Metrics_show_the_first_plan_and_the_http_requests()
    {
        using var client = site.Anonymous();
        await client.GetAsync("/health");
        var text = await client.GetStringAsync("/metrics");
        Assert.Matches($"workforce_plan_runs\\{{site=\"{EmbeddedSite.SiteId}\",status=\"completed\"\\}} [1-9]", text);
        Assert.Matches($"workforce_last_run_objective_cents\\{{site=\"{EmbeddedSite.SiteId}\"\\}} [0-9]", text);
        Assert.Contains("http_requests_received_total", text, StringComparison.Ordinal);
    }
}
