using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Workforce.Web.Security;

namespace Workforce.Web.Tests;

/// <summary>Signing in: the one-time link, name and password, and CSRF protection of cookie-authenticated changes.</summary>
[Collection(EmbeddedSiteTests.Name)]
public sealed class SessionTests(EmbeddedSite site)
{
    [Fact]
    public async Task The_login_link_signs_in_once()
    {
        var token = site.Factory.Services.GetRequiredService<LoginLink>().Token!;
        using var first = site.Anonymous();
        var response = await first.GetAsync($"/login?token={token}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var session = await EmbeddedSite.JsonAsync(await first.GetAsync("/api/session"));
        Assert.Equal("owner", session.GetProperty("userName").GetString());

        using var second = site.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync($"/login?token={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_401_and_sets_no_session()
    {
        using var client = site.Anonymous();
        var response = await client.PostAsJsonAsync("/login", new { userName = "planner", password = "not the password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sites")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_session_must_send_the_csrf_token_with_a_change()
    {
        using var client = await site.SignedInAsync("planner");
        var publish = $"/api/sites/{EmbeddedSite.SiteId}/roster-versions/999999/publish";
        var without = await client.PostAsJsonAsync(publish, new { baseVersion = (long?)null });
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("CSRF", await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var session = await EmbeddedSite.JsonAsync(await client.GetAsync("/api/session"));
        using var request = new HttpRequestMessage(HttpMethod.Post, publish) { Content = JsonContent.Create(new { baseVersion = (long?)null }) };
        request.Headers.Add(session.GetProperty("csrfHeader").GetString()!, session.GetProperty("csrfToken").GetString());
        var with = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, with.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_needs_no_csrf_token()
    {
        using var client = site.Bearer("planner");
        var response = await client.PostAsJsonAsync($"/api/sites/{EmbeddedSite.SiteId}/roster-versions/999999/publish", new { baseVersion = (long?)null });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_login_form_encodes_what_it_shows()
    {
        using var client = site.Anonymous();
        var page = await client.GetStringAsync("/login");
        Assert.Contains("<form method=\"post\" action=\"/login\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await site.SignedInAsync("viewer");
        var session = await EmbeddedSite.JsonAsync(await client.GetAsync("/api/session"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/logout");
        request.Headers.Add(session.GetProperty("csrfHeader").GetString()!, session.GetProperty("csrfToken").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sites")).StatusCode);
    }
}
