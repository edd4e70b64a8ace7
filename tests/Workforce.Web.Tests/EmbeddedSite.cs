using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workforce.Web;
using Workforce.Web.Runs;
using Workforce.Web.Security;

namespace Workforce.Web.Tests;

/// <summary>
/// A server in the embedded mode on a 16-agent cut of data/sample (its forecast whole, so the week is short
/// of agents), planned once at start with an 8 s limit (pricing keeps 2.5 s of it). Users (users.json beside the scenario):
/// <c>viewer</c>, <c>planner</c> and <c>pricer</c> scoped to the site, <c>outsider</c> (a planner of another
/// site), each with the password <see cref="Password"/> and a bearer token (<see cref="Token"/>).
/// </summary>
public sealed class EmbeddedSite : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string SiteId = "site-under-test";
    public const string PlantedName = "<script>alert('x')</script> Dana";
    public const string PlantedSiteName = "Tel Aviv <img src=x onerror=alert(1)> hub";

    /// <summary>The share of the sample's volume the 16 agents are asked to serve.</summary>
    private const double VolumeScale = 0.12;

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"wf-web-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _tokens = [];

    public WebApplicationFactory<WebProgram> Factory { get; private set; } = null!;

    public string Scenario => Path.Combine(_root, SiteId);

    /// <summary>The agent whose name holds a planted script.</summary>
    public string PlantedAgentId { get; private set; } = "";

    public string Token(string user) => _tokens[user];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Scenario);
        var sample = Path.Combine(RepositoryRoot(), "data", "sample");
        foreach (var file in new[] { "contracts.json", "pricing.json" })
        {
            File.Copy(Path.Combine(sample, file), Path.Combine(Scenario, file));
        }

        // The site's name carries markup too: the HTML pages must show it as text.
        File.WriteAllText(Path.Combine(Scenario, "site.json"), File.ReadAllText(Path.Combine(sample, "site.json")).Replace("\"Tel Aviv multichannel hub\"", $"\"{PlantedSiteName}\"", StringComparison.Ordinal));

        // The forecast scaled to 16 agents' work (the sample has 128), with P80 and P90 columns (10 % and 20 %
        // above the mean), so staffAt can be tried.
        var forecast = File.ReadAllLines(Path.Combine(sample, "forecast.csv"));
        File.WriteAllLines(Path.Combine(Scenario, "forecast.csv"), [
            forecast[0] + ",volume_p80,volume_p90",
            .. forecast.Skip(1).Select(l => { var f = l.Split(','); var volume = double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture) * VolumeScale; return FormattableString.Invariant($"{f[0]},{f[1]},{volume:0.###},{f[3]},{volume * 1.1:0.###},{volume * 1.2:0.###}"); })]);
        var agents = File.ReadAllLines(Path.Combine(sample, "agents.csv")).Take(17).ToArray();
        var ids = agents.Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        PlantedAgentId = agents[1].Split(',')[0];
        agents[1] = agents[1].Replace(agents[1].Split(',')[1], $"\"{PlantedName}\"", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(Scenario, "agents.csv"), agents);
        foreach (var file in new[] { "carry_in.csv", "time_off.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(sample, file));
            File.WriteAllLines(Path.Combine(Scenario, file), [lines[0], .. lines.Skip(1).Where(l => ids.Contains(l.Split(',')[0]))]);
        }

        var users = new UsersFile(Path.Combine(_root, "users.json"), TimeProvider.System);
        await users.WriteAsync(new UsersFile.Contents([
            User("viewer", [WorkforceRoles.Viewer], [SiteId]),
            User("planner", [WorkforceRoles.Planner], [SiteId]),
            User("pricer", [WorkforceRoles.Pricing], [SiteId]),
            User("outsider", [WorkforceRoles.Planner, WorkforceRoles.Pricing], ["another-site"]),
        ]), CancellationToken.None);

        Factory = new WebApplicationFactory<WebProgram>().WithWebHostBuilder(b => b
            .UseSetting("Workforce:Scenario", Scenario)
            .UseSetting("Workforce:UsersFile", users.Path)
            .UseSetting("Workforce:PlanTimeLimit", "00:00:08"));
        _ = Factory.Server;
        await FirstPlan().Ended.WaitAsync(TimeSpan.FromMinutes(2));
        var first = FirstPlan().View();
        Assert.True(first.Status == PlanRun.Completed, $"the first plan ended {first.Status}: {first.Error}");
    }

    /// <summary>The run that planned the folder at start.</summary>
    public PlanRun FirstPlan() => Factory.Services.GetRequiredService<RunTracker>().ForSite(SiteId).Last(r => r.Kind == "plan");

    /// <summary>A client that follows no redirects (a 302 to a login page would hide a missing 401).</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client sending the user's bearer token.</summary>
    public HttpClient Bearer(string user)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(user));
        return client;
    }

    /// <summary>A client signed in with a session cookie through POST /login.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/login", new { userName = user, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private UsersFile.Entry User(string name, IReadOnlyList<string> roles, IReadOnlyList<string> sites)
    {
        var token = BearerTokens.New();
        _tokens[name] = token;
        var hash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(name, null, roles, sites), Password);
        return new UsersFile.Entry(name, hash, roles, sites, [new UsersFile.Token(BearerTokens.Hash(token), null)]);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workforce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Workforce.sln not found above the test's folder");
    }
}
