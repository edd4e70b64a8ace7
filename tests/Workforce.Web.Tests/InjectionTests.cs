namespace Workforce.Web.Tests;

/// <summary>A script planted in an agent's name comes back inert: escaped in JSON, encoded in HTML.</summary>
[Collection(EmbeddedSiteTests.Name)]
public sealed class InjectionTests(EmbeddedSite site)
{
    [Fact]
    public async Task A_planted_script_is_json_escaped_in_the_roster()
    {
        using var client = site.Bearer("viewer");
        var version = site.FirstPlan().View().RosterVersionId!.Value;
        var raw = await client.GetStringAsync($"/api/sites/{EmbeddedSite.SiteId}/roster-versions/{version}");
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        var json = System.Text.Json.JsonDocument.Parse(raw).RootElement;
        Assert.Contains(json.GetProperty("shifts").EnumerateArray(), s => s.GetProperty("agentName").GetString() == EmbeddedSite.PlantedName);
    }
}
