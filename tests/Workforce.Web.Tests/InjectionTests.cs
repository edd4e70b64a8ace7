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

    [Fact]
    public async Task A_planted_tag_in_the_site_name_is_html_encoded_on_the_page()
    {
        using var client = site.Bearer("viewer");
        var page = await client.GetStringAsync("/");
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.Contains("Tel Aviv &lt;img src=x onerror=alert(1)&gt; hub", page, StringComparison.Ordinal);
        var sites = await client.GetStringAsync("/api/sites");
        Assert.DoesNotContain("<img", sites, StringComparison.Ordinal);
        Assert.Contains(System.Text.Json.JsonDocument.Parse(sites).RootElement.EnumerateArray(), s => s.GetProperty("name").GetString() == EmbeddedSite.PlantedSiteName);
    }
}
