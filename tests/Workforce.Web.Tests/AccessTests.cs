using System.Net;
using System.Text.Json;

namespace Workforce.Web.Tests;

/// <summary>
/// Who may call what, over every route of the OpenAPI document: anonymous callers get 401 (never a
/// redirect) except on the four open routes; a planner of another site gets 404 for this site everywhere;
/// a viewer gets 403 on what-ifs, publishing and prices, and the scope check comes before the role check.
/// </summary>
[Collection(EmbeddedSiteTests.Name)]
public sealed class AccessTests(EmbeddedSite site)
{
    [Fact]
    public async Task The_open_routes_answer_without_credentials()
    {
        using var client = site.Anonymous();
        foreach (var path in new[] { "/health", "/metrics", "/openapi/v1.json", "/login" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Anonymous_callers_get_401_on_every_other_route() => await RouteSweep.AnonymousGet401Async(site.Anonymous(), Ids());

    [Fact]
    public async Task A_planner_of_another_site_gets_404_for_this_site_everywhere()
    {
        using var client = site.Bearer("outsider");
        await RouteSweep.OutsiderGets404Async(site.Anonymous(), client, Ids());
        var sites = await EmbeddedSite.JsonAsync(await client.GetAsync("/api/sites"));
        Assert.Equal(0, sites.GetArrayLength());
    }

    [Fact]
    public async Task A_viewer_gets_403_on_what_ifs_publishing_and_prices_and_reads_the_rest() =>
        await RouteSweep.ViewerAsync(site.Anonymous(), site.Bearer("viewer"), Ids());

    [Fact]
    public async Task Scope_comes_before_role_an_unknown_site_is_404_for_a_viewer()
    {
        using var client = site.Bearer("viewer");
        var response = await client.PostAsync("/api/sites/nowhere/what-ifs", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Wages_and_costs_are_hidden_from_a_viewer_and_shown_to_pricing()
    {
        var version = site.FirstPlan().View().RosterVersionId!.Value;
        var asViewer = await EmbeddedSite.JsonAsync(await site.Bearer("viewer").GetAsync($"/api/sites/{EmbeddedSite.SiteId}/roster-versions/{version}"));
        var asPricing = await EmbeddedSite.JsonAsync(await site.Bearer("pricer").GetAsync($"/api/sites/{EmbeddedSite.SiteId}/roster-versions/{version}"));
        Assert.Equal(JsonValueKind.Null, asViewer.GetProperty("figures").GetProperty("labourCost").ValueKind);
        Assert.True(asPricing.GetProperty("figures").GetProperty("labourCost").GetDecimal() > 0);
        Assert.DoesNotContain("wage", asViewer.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var prices = await site.Bearer("pricer").GetAsync($"/api/sites/{EmbeddedSite.SiteId}/prices");
        Assert.Equal(HttpStatusCode.OK, prices.StatusCode);
    }

    [Fact]
    public async Task A_wrong_bearer_token_is_401()
    {
        using var client = site.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sites")).StatusCode);
    }

    private RouteSweep.Ids Ids()
    {
        var run = site.FirstPlan().View();
        return new RouteSweep.Ids(EmbeddedSite.SiteId, run.RosterVersionId!.Value, 1, run.Id);
    }
}
