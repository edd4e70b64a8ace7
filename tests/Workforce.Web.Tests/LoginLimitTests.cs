using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workforce.Web.Tests;

/// <summary>Password guessing meets a limit: after 20 sign-in attempts a minute from one address, 429.</summary>
public sealed class LoginLimitTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"wf-limit-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_twenty_first_sign_in_in_a_minute_is_429()
    {
        // A server of its own (planning nothing), so the limit it reaches spares the other tests' sign-ins.
        Directory.CreateDirectory(_root);
        var sample = Path.Combine(EmbeddedSite.RepositoryRoot(), "data", "sample");
        foreach (var file in new[] { "site.json", "forecast.csv" })
        {
            File.Copy(Path.Combine(sample, file), Path.Combine(_root, file));
        }

        await using var factory = new WebApplicationFactory<WebProgram>().WithWebHostBuilder(b => b
            .UseSetting("Workforce:Scenario", _root)
            .UseSetting("Workforce:PlanOnStart", "false"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < WorkforceWebApp.LoginAttemptsPerMinute + 1; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/login", new { userName = "nobody", password = $"guess {i}" })).StatusCode);
        }

        Assert.All(statuses.Take(WorkforceWebApp.LoginAttemptsPerMinute), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
