using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Workforce.Web.Tests;

/// <summary>What-ifs plan a draft against the published roster; publishing needs the version the draft was made from.</summary>
[Collection(EmbeddedSiteTests.Name)]
public sealed class WhatIfTests(EmbeddedSite site)
{
    private static readonly string[] Changes = ["added", "removed", "moved"];

    private static string Sites => $"/api/sites/{EmbeddedSite.SiteId}";

    [Fact]
    public async Task More_phone_volume_on_one_day_gives_a_draft_with_changed_shifts_and_coverage_and_publishing_twice_from_one_base_is_409()
    {
        using var client = site.Bearer("planner");
        var published = await PublishedVersionAsync(client);
        var first = await WhatIfAsync(client, new { volumeFactors = new[] { new { channel = "phone", date = "2026-03-09", factor = 1.2 } } });
        var result = first.GetProperty("result");
        Assert.Equal(published, result.GetProperty("baseVersionId").GetInt64());
        var phoneMonday = result.GetProperty("coverage").EnumerateArray()
            .Single(c => c.GetProperty("channelId").GetString() == "phone" && c.GetProperty("date").GetString() == "2026-03-09");
        Assert.Equal(phoneMonday.GetProperty("requiredBefore").GetDouble() * 1.2, phoneMonday.GetProperty("requiredAfter").GetDouble(), 0.15 * phoneMonday.GetProperty("requiredBefore").GetDouble());
        Assert.True(phoneMonday.GetProperty("requiredAfter").GetDouble() > phoneMonday.GetProperty("requiredBefore").GetDouble());
        var otherDays = result.GetProperty("coverage").EnumerateArray().Where(c => c.GetProperty("date").GetString() != "2026-03-09");
        Assert.All(otherDays, c => Assert.Equal(c.GetProperty("requiredBefore").GetDouble(), c.GetProperty("requiredAfter").GetDouble(), 6));
        var changes = result.GetProperty("changedShifts").EnumerateArray().ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Contains(c.GetProperty("change").GetString(), Changes));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("draft").GetProperty("labourCost").ValueKind);

        // A second what-if from the same published version, then publish the first: the second is stale.
        var second = await WhatIfAsync(client, new { removedAgents = new[] { site.PlantedAgentId } });
        var firstDraft = result.GetProperty("draftVersionId").GetInt64();
        var secondDraft = second.GetProperty("result").GetProperty("draftVersionId").GetInt64();
        Assert.DoesNotContain(
            second.GetProperty("result").GetProperty("changedShifts").EnumerateArray(),
            c => c.GetProperty("change").GetString() != "removed" && c.GetProperty("agentId").GetString() == site.PlantedAgentId);

        var publish = await client.PostAsJsonAsync($"{Sites}/roster-versions/{firstDraft}/publish", new { baseVersion = published });
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(firstDraft, await PublishedVersionAsync(client));
        var stale = await client.PostAsJsonAsync($"{Sites}/roster-versions/{secondDraft}/publish", new { baseVersion = published });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(firstDraft, await PublishedVersionAsync(client));

        // The next what-if is planned against the draft just published.
        var third = await WhatIfAsync(client, new { staffAt = "p80" });
        Assert.Equal(firstDraft, third.GetProperty("result").GetProperty("baseVersionId").GetInt64());
    }

    [Theory]
    [InlineData("""{"volumeFactors":[{"channel":"fax","date":"2026-03-09","factor":1.2}]}""", "volumeFactors[0].channel")]
    [InlineData("""{"volumeFactors":[{"channel":"phone","date":"2026-04-09","factor":1.2}]}""", "volumeFactors[0].date")]
    [InlineData("""{"volumeFactors":[{"channel":"phone","date":"2026-03-09","factor":-1}]}""", "volumeFactors[0].factor")]
    [InlineData("""{"volumeFactors":[{"channel":"phone","date":"9 March","factor":1.2}]}""", "$.volumeFactors[0].date")]
    [InlineData("""{"removedAgents":["nobody"]}""", "removedAgents[0]")]
    [InlineData("""{"staffAt":"p99"}""", "staffAt")]
    [InlineData("""{"absences":[{"agentId":"A001","start":"2026-03-10T10:00:00","end":"2026-03-10T09:00:00"}]}""", "absences[0].end")]
    public async Task Bad_what_ifs_are_400_naming_the_field(string body, string field)
    {
        using var client = site.Bearer("planner");
        var response = await client.PostAsync($"{Sites}/what-ifs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Contains(field, JsonDocument.Parse(text).RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_what_if_streams_its_progress_and_ends()
    {
        using var client = site.Bearer("planner");
        var started = await client.PostAsJsonAsync($"{Sites}/what-ifs", new { volumeFactors = new[] { new { channel = "chat", date = "2026-03-10", factor = 0.8 } } });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var runId = (await EmbeddedSite.JsonAsync(started)).GetProperty("run").GetProperty("id").GetString();
        using var stream = await client.GetStreamAsync($"{Sites}/plan-runs/{runId}/events");
        using var reader = new StreamReader(stream);
        var events = new List<(string Event, JsonElement Data)>();
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add((name!, JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone()));
            }
        }

        var progress = events.Where(e => e.Event == "progress").Select(e => e.Data).ToList();
        Assert.Contains(progress, p => p.GetProperty("objective").ValueKind == JsonValueKind.Number && p.GetProperty("bound").ValueKind == JsonValueKind.Number);
        Assert.True(progress.Select(p => p.GetProperty("elapsedSeconds").GetDouble()).SequenceEqual(progress.Select(p => p.GetProperty("elapsedSeconds").GetDouble()).Order()));
        Assert.Equal("end", events[^1].Event);
        Assert.Equal("completed", events[^1].Data.GetProperty("status").GetString());
    }

    private static async Task<JsonElement> WhatIfAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync($"{Sites}/what-ifs?wait=true", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await EmbeddedSite.JsonAsync(response);
        Assert.Equal("completed", json.GetProperty("run").GetProperty("status").GetString());
        return json;
    }

    private static async Task<long> PublishedVersionAsync(HttpClient client)
    {
        var versions = await EmbeddedSite.JsonAsync(await client.GetAsync($"{Sites}/roster-versions"));
        return versions.EnumerateArray().Single(v => v.GetProperty("status").GetString() == "published").GetProperty("id").GetInt64();
    }
}
