using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workforce.Web;
using Workforce.Web.Runs;
using Workforce.Web.Security;

namespace Workforce.Benchmarks;

/// <summary>
/// <c>web-latency --scenario DIR [--database CONNECTION] [--requests 100] [--warm-up 20] [--time-limit 00:00:30]</c>: the latency of
/// reading a roster version (shifts, names, activities) from a warm server, as issue 19 asks for the
/// 500-agent site. The server runs on Kestrel on loopback in this process; the folder is planned first
/// (not timed). With <c>--database</c> (a throwaway database: it is migrated and the folder imported as a
/// site) the server runs in the database mode, and the roster read is a what-if draft planned and published
/// through the API. Server-side time is measured by a middleware around the whole request, body written;
/// the client's round trip is shown beside it. Percentiles are nearest-rank over the measured requests.
/// </summary>
public static class WebLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scenario = Value(args, "--scenario") ?? throw new ArgumentException("--scenario DIR is required");
        var requests = int.Parse(Value(args, "--requests") ?? "100", CultureInfo.InvariantCulture);
        var warmUp = int.Parse(Value(args, "--warm-up") ?? "20", CultureInfo.InvariantCulture);
        var limit = Value(args, "--time-limit") ?? "00:00:30";
        var port = 5000 + Random.Shared.Next(1000, 4000);
        var serverTimes = new List<double>();
        var database = Value(args, "--database");
        var siteId = WorkforceWebApp.SiteIdOf(scenario);
        var settings = new Dictionary<string, string?>
        {
            ["Workforce:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Workforce:PlanTimeLimit"] = limit,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        string? token = null;
        if (database is null)
        {
            settings["Workforce:Scenario"] = Path.GetFullPath(scenario);
        }
        else
        {
            settings["ConnectionStrings:Workforce"] = database;
            token = await ImportAsync(database, scenario, siteId);
        }

        await using var app = WorkforceWebApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<IStartupFilter>(new Timing(serverTimes));
        });
        await app.StartAsync();
        using var handler = new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
        long versionId;
        if (token is null)
        {
            var tracker = app.Services.GetRequiredService<RunTracker>();
            PlanRun? plan = null;
            while (plan is null)
            {
                plan = tracker.ForSite(siteId) is [var first, ..] ? first : null;
                await Task.Delay(100);
            }

            await plan.Ended;
            var view = plan.View();
            if (view.RosterVersionId is not { } planned)
            {
                Console.Error.WriteLine($"the first plan ended {view.Status}: {view.Error}");
                return 1;
            }

            versionId = planned;
            await client.GetAsync($"/login?token={app.Services.GetRequiredService<LoginLink>().Token}");
        }
        else
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var whatIf = await client.PostAsync($"/api/sites/{siteId}/what-ifs?wait=true", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            using var result = System.Text.Json.JsonDocument.Parse(await whatIf.Content.ReadAsStringAsync());
            versionId = result.RootElement.GetProperty("result").GetProperty("draftVersionId").GetInt64();
            using var publish = await client.PostAsync($"/api/sites/{siteId}/roster-versions/{versionId}/publish", new StringContent("""{"baseVersion":null}""", System.Text.Encoding.UTF8, "application/json"));
            publish.EnsureSuccessStatusCode();
        }

        var path = $"/api/sites/{Uri.EscapeDataString(siteId)}/roster-versions/{versionId}";
        var clientTimes = new List<double>();
        long bytes = 0;
        for (var i = 0; i < warmUp + requests; i++)
        {
            var watch = Stopwatch.StartNew();
            var body = await client.GetByteArrayAsync(path);
            watch.Stop();
            bytes = body.Length;
            if (i >= warmUp)
            {
                clientTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var server = serverTimes.Skip(serverTimes.Count - requests).ToList();
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"GET roster version ({(database is null ? "embedded" : "database")} mode): {requests} requests after {warmUp} warm-up, {bytes / 1024.0:0} KiB each, version {versionId} of site {siteId}"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server-side ms: p50 {Percentile(server, 50):0.0}  p95 {Percentile(server, 95):0.0}  max {server.Max():0.0}"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  client round trip ms: p50 {Percentile(clientTimes, 50):0.0}  p95 {Percentile(clientTimes, 95):0.0}"));
        await app.StopAsync();
        return 0;
    }

    /// <summary>Migrates the database, imports the folder as a site and adds an admin with a bearer token, which it returns.</summary>
    private static async Task<string> ImportAsync(string connection, string scenario, string siteId)
    {
        await using var dataSource = Workforce.Storage.WorkforceDatabase.Create(connection);
        await new Workforce.Storage.SchemaMigrator(dataSource).MigrateAsync(CancellationToken.None);
        var folder = Workforce.Files.Scenario.PlanFolder.Load(scenario, Workforce.Core.Forecasting.StaffingQuantile.P50);
        var request = folder.Succeeded ? folder.Value : throw new ArgumentException(folder.Error!.ToString());
        await new Workforce.Storage.Scenarios.ScenarioImporter(dataSource).ImportAsync(siteId, new Workforce.Core.Scenario(request.Site, request.Forecast!), request.Roster, CancellationToken.None);
        var users = new Workforce.Storage.Users.UserStore(dataSource);
        await users.SaveAsync(new Workforce.Storage.Users.UserAccount("benchmark", "not-a-password-hash", [Workforce.Storage.Users.UserRoles.Admin], true, []), CancellationToken.None);
        var token = BearerTokens.New();
        await users.AddTokenAsync("benchmark", BearerTokens.Hash(token), "web-latency", null, CancellationToken.None);
        return token;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }

    private static string? Value(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>Times every roster-version read from the first middleware to the end of its body.</summary>
    private sealed class Timing(List<double> times) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                var watch = Stopwatch.StartNew();
                await following(context);
                if (context.Request.Path.Value?.Contains("/roster-versions/", StringComparison.Ordinal) == true)
                {
                    lock (times)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
            });
            next(app);
        };
    }
}
