using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Prometheus;
using Workforce.Core.Rostering.Solving;
using Npgsql;
using Workforce.Core.Capacity;
using Workforce.Scheduling.Capacity;
using Workforce.Scheduling.Roster;
using Workforce.Storage;
using Workforce.Storage.Users;
using Workforce.Web.Api;
using Workforce.Web.Operations;
using Workforce.Web.Runs;
using Workforce.Web.Security;
using Workforce.Web.Sites;

namespace Workforce.Web;

/// <summary>
/// Builds the web server: the JSON API, sign-in, health and metrics over one <see cref="ISiteStore"/>.
/// The routes open without signing in are exactly <c>/health</c>, <c>/metrics</c>, <c>/openapi/*</c> and
/// <c>/login</c>; everything else answers 401 (never a redirect) to an anonymous caller.
/// </summary>
public static class WorkforceWebApp
{
    private const string SchemeSelector = "Workforce";

    /// <summary>Sign-in attempts a minute from one address, before 429.</summary>
    public const int LoginAttemptsPerMinute = 20;

    /// <summary>The application, configured from <paramref name="args"/> (<c>--Workforce:Scenario=DIR</c>, ...), the environment and <paramref name="configure"/>.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        AddServices(builder.Services, builder.Configuration);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            // Loopback only: the embedded mode serves one planner's machine, and a database-mode server sits
            // behind a reverse proxy that terminates TLS.
            var options = context.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {

        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section).PostConfigure<IConfiguration>((options, config) =>
        {
            // Without its own setting, the web server freezes what the service freezes.
            if (config[$"{WebOptions.Section}:{nameof(WebOptions.FreezeDays)}"] is null && int.TryParse(config["Planning:FreezeDays"], System.Globalization.CultureInfo.InvariantCulture, out var days))
            {
                options.FreezeDays = days;
            }
        });
        services.AddSingleton<IClock>(NodaTime.SystemClock.Instance);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => WorkforceDatabase.Create(
            configuration.GetConnectionString("Workforce") is { Length: > 0 } connection ? connection
                : Environment.GetEnvironmentVariable("WORKFORCE_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
                : throw new InvalidOperationException("no scenario folder (Workforce:Scenario) and no database (ConnectionStrings:Workforce or WORKFORCE_DB)")));
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddSingleton<ISiteStore>(CreateStore);
        services.AddSingleton<IUserDirectory>(provider => Embedded(provider)
            ? new UsersFile(provider.GetRequiredService<IOptions<WebOptions>>().Value.UsersPath, TimeProvider.System)
            : new DatabaseUserDirectory(new UserStore(provider.GetRequiredService<NpgsqlDataSource>())));
        services.AddSingleton(provider => new LoginLink(enabled: Embedded(provider)));
        services.AddSingleton<RunTracker>();
        services.AddSingleton<IRosterSolver, WeekRosterSolver>();
        services.AddSingleton<IHiringSolver, CpSatHiringSolver>();
        services.AddSingleton<PlanRunner>();
        services.AddSingleton<WorkforceMetrics>();
        services.AddHostedService<FirstPlan>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
            // ASP.NET Core relaxes JSON escaping by default; names typed by planners may hold markup, so <, >, & and quotes are escaped.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default;
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfProtection.HeaderName;
            o.Cookie.Name = "workforce.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthentication(SchemeSelector)
            .AddPolicyScheme(SchemeSelector, "cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "workforce.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                // An API answers 401 and 403; it never sends a browser to a login page.
                o.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddRateLimiter(o =>
        {
            // Password guessing: at most LoginAttemptsPerMinute sign-ins a minute from one address.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginEndpoints.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>Whether the server serves a scenario folder (it wins over a configured database).</summary>
    private static bool Embedded(IServiceProvider provider) => provider.GetRequiredService<IOptions<WebOptions>>().Value.Scenario is not null;

    private static ISiteStore CreateStore(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<WebOptions>>();
        var clock = provider.GetRequiredService<IClock>();
        if (options.Value.Scenario is not { } directory)
        {
            return new DatabaseSiteStore(provider.GetRequiredService<NpgsqlDataSource>(), clock, options);
        }

        var loaded = EmbeddedScenario.Load(directory, clock.GetCurrentInstant());
        return loaded.Succeeded
            ? new MemorySiteStore(SiteIdOf(directory), loaded.Value, clock)
            : throw new InvalidDataException(loaded.Error!.ToString());
    }

    /// <summary>The embedded site's id: the folder's name.</summary>
    public static string SiteIdOf(string directory) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));

    private static void UsePipeline(WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<WorkforceMetrics>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseHttpMetrics(o => o.SetMetricFactory(Metrics.WithCustomRegistry(metrics.Registry)));
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCsrfProtection();

        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapMetrics("/metrics", metrics.Registry).AllowAnonymous();
        app.MapLogin();
        app.MapSiteApi();
        app.MapGet("/", async (HttpContext http, ISiteStore store) =>
        {
            var sites = (await store.SitesAsync(http.RequestAborted)).Where(s => http.User.MaySee(s.Id));
            var items = string.Concat(sites.Select(s => $"<li>{WebUtility.HtmlEncode(s.Name)} (<code>{WebUtility.HtmlEncode(s.Id)}</code>): <a href=\"/api/sites/{Uri.EscapeDataString(s.Id)}/roster-versions\">roster versions</a></li>"));
            return Results.Content(
                $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Workforce</title></head><body><h1>Workforce</h1><p>Signed in as {WebUtility.HtmlEncode(http.User.Identity!.Name)}. The API is described at <a href=\"/openapi/v1.json\">/openapi/v1.json</a>.</p><ul>{items}</ul></body></html>",
                "text/html; charset=utf-8");
        }).ExcludeFromDescription();
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    /// <summary>The embedded folder is planned once at start, so the board has a published roster to show.</summary>
    private sealed class FirstPlan(ISiteStore store, PlanRunner runner, IOptions<WebOptions> options) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            if (store is MemorySiteStore embedded && options.Value.PlanOnStart)
            {
                await runner.StartPlanAsync(embedded.SiteId, stoppingToken);
            }
        }
    }

    /// <summary>/health: the embedded mode has nothing to lose; the database mode checks its database.</summary>
    private sealed class StoreHealthCheck(ISiteStore store, IServiceProvider provider) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            store.Mode == "embedded"
                ? Task.FromResult(HealthCheckResult.Healthy("embedded: one scenario folder, no database"))
                : provider.GetRequiredService<DatabaseHealthCheck>().CheckHealthAsync(context, cancellationToken);
    }
}
