using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Workforce.Service.Tests;
using Workforce.Storage.Scenarios;
using Workforce.Storage.Users;
using Workforce.Tests.Database;

namespace Workforce.Web.Tests;

/// <summary>
/// A server in the database mode over a real PostgreSQL: two tiny sites (<c>a</c>, whose forecast has a P80
/// column, and <c>b</c>) imported and
/// planned once by the real daily service (plan date 2026-02-28, so the week of 2 March is planned and
/// published with no day frozen), and users in the <c>users</c> table with bearer tokens: <c>viewer</c>,
/// <c>planner</c> and <c>pricer</c> of site a, <c>outsider</c> (planner and pricing of site b). The server
/// reaches the database through a <see cref="TcpProxy"/>, so a test can cut it off.
/// </summary>
public sealed class DatabaseSite : IAsyncLifetime
{
    public const string SiteA = "a";
    public const string SiteB = "b";

    /// <summary>The service's settings: freeze two days, plan seven.</summary>
    public static readonly Dictionary<string, string> ServiceSettings = new() { ["FreezeDays"] = "2", ["HorizonDays"] = "7" };

    private readonly Dictionary<string, string> _tokens = [];

    public MigratedDatabase Database { get; private set; } = null!;

    public TcpProxy Proxy { get; private set; } = null!;

    public WebApplicationFactory<WebProgram> Factory { get; private set; } = null!;

    /// <summary>Whether a database is configured (the tests are skipped on a developer's machine without one).</summary>
    public static bool Available => TestDatabase.ServerConnectionString is not null;

    public string Token(string user) => _tokens[user];

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        Database = await MigratedDatabase.CreateAsync();
        var importer = new ScenarioImporter(Database.DataSource);
        // Site a's forecast has a P80 column (30 % above the mean) and no P90.
        var scenarioA = TinySite.Scenario("Site A");
        var p80 = new Core.Forecasting.ForecastQuantiles(null, [.. scenarioA.Forecast.Select(f => f.Volume * 1.3)], null);
        await importer.ImportAsync(SiteA, scenarioA, p80, TinySite.Inputs(), null, null, null, CancellationToken.None);
        await importer.ImportAsync(SiteB, TinySite.Scenario("Site B"), TinySite.Inputs(), CancellationToken.None);
        var first = await ServiceProcess.RunOnceAsync(Database.ConnectionString, ServiceSettings, "--plan-date", "2026-02-28");
        Assert.True(first.ExitCode == 0, first.Output);

        var users = new UserStore(Database.DataSource);
        await AddUserAsync(users, "viewer", [UserRoles.Viewer], [SiteA]);
        await AddUserAsync(users, "planner", [UserRoles.Planner], [SiteA]);
        await AddUserAsync(users, "pricer", [UserRoles.Pricing], [SiteA]);
        await AddUserAsync(users, "outsider", [UserRoles.Planner, UserRoles.Pricing], [SiteB]);

        var server = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
        Proxy = new TcpProxy(server.Host!, server.Port);
        Proxy.Up();
        var throughProxy = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Host = "127.0.0.1", Port = Proxy.Port, Timeout = 3 };
        Factory = new WebApplicationFactory<WebProgram>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Workforce", throughProxy.ConnectionString)
            .UseSetting("Workforce:PlanTimeLimit", "00:00:04"));
        _ = Factory.Server;
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient Bearer(string user)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(user));
        return client;
    }

    private async Task AddUserAsync(UserStore users, string name, IReadOnlyList<string> roles, IReadOnlyList<string> sites)
    {
        var hash = new PasswordHasher<Web.Security.UserAccount>().HashPassword(new Web.Security.UserAccount(name, null, roles, sites), EmbeddedSite.Password);
        await users.SaveAsync(new Storage.Users.UserAccount(name, hash, roles, false, sites), CancellationToken.None);
        var token = Web.Security.BearerTokens.New();
        _tokens[name] = token;
        await users.AddTokenAsync(name, Web.Security.BearerTokens.Hash(token), "tests", null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (!Available)
        {
            return;
        }

        await Factory.DisposeAsync();
        await Proxy.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseSiteTests : ICollectionFixture<DatabaseSite>
{
    public const string Name = "database site";
}
