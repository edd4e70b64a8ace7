using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Workforce.Core.Rostering.Reporting;
using Workforce.Files.Output;
using Workforce.Web.Runs;
using Workforce.Web.Security;
using Workforce.Web.Sites;

namespace Workforce.Web.Api;

/// <summary>The JSON API under <c>/api/sites</c>: reads for every role, what-ifs and publishing for planners, prices for pricing.</summary>
public static class SiteEndpoints
{
    public static void MapSiteApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sites", async (HttpContext http, ISiteStore store) =>
            TypedResults.Ok((await store.SitesAsync(http.RequestAborted)).Where(s => http.User.MaySee(s.Id)).ToList()))
            .WithTags("Sites");

        var site = app.MapGroup("/api/sites/{siteId}").AddEndpointFilter(SiteAccess.CheckAsync).WithTags("Sites");
        site.MapGet("", async (string siteId, ISiteStore store, CancellationToken ct) => Results.Ok(await store.SiteAsync(siteId, ct)));
        site.MapGet("/forecasts", async (string siteId, ISiteStore store, CancellationToken ct) => Results.Ok(await store.ForecastVersionsAsync(siteId, ct)));
        site.MapGet("/forecasts/{forecastVersionId:long}", async (string siteId, long forecastVersionId, ISiteStore store, CancellationToken ct) =>
            await store.ForecastAsync(siteId, forecastVersionId, ct) is { } rows ? Results.Ok(rows) : SiteAccess.NotFound($"no forecast version {forecastVersionId}"));
        site.MapGet("/requirements", async (string siteId, ISiteStore store, CancellationToken ct) => Results.Ok(await store.RequirementsAsync(siteId, ct)));

        site.MapGet("/roster-versions", async (string siteId, ISiteStore store, CancellationToken ct) => Results.Ok(await store.RosterVersionsAsync(siteId, ct)));
        site.MapGet("/roster-versions/{versionId:long}", async (string siteId, long versionId, HttpContext http, ISiteStore store, CancellationToken ct) =>
            await store.RosterVersionAsync(siteId, versionId, WorkforceRoles.Allows(http.User, Capability.Price), ct) is { } version
                ? Results.Ok(version)
                : SiteAccess.NotFound($"no roster version {versionId}"));
        site.MapGet("/roster-versions/{versionId:long}/coverage", async (string siteId, long versionId, ISiteStore store, CancellationToken ct) =>
            await store.CoverageAsync(siteId, versionId, ct) is { } rows ? Results.Ok(rows) : SiteAccess.NotFound($"no roster version {versionId}"));
        site.MapPost("/roster-versions/{versionId:long}/publish", PublishAsync).Requires(Capability.Plan);
        site.MapGet("/roster-versions/{versionId:long}/roster.csv", (string siteId, long versionId, ISiteStore store, CancellationToken ct) =>
            DownloadAsync(siteId, versionId, store, "csv", ct));
        site.MapGet("/roster-versions/{versionId:long}/roster.xlsx", (string siteId, long versionId, ISiteStore store, CancellationToken ct) =>
            DownloadAsync(siteId, versionId, store, "xlsx", ct));

        site.MapGet("/plan-runs", async (string siteId, ISiteStore store, RunTracker tracker, CancellationToken ct) =>
            Results.Ok(tracker.ForSite(siteId).Select(r => r.View()).Concat(await store.PlanRunsAsync(siteId, ct)).ToList()));
        site.MapGet("/plan-runs/{runId}", async (string siteId, string runId, HttpContext http, ISiteStore store, RunTracker tracker, CancellationToken ct) =>
            tracker.Find(siteId, runId) is { } run
                ? Results.Ok(new RunResultView(run.View(), Visible(run.Result, http)))
                : await StoredRunAsync(store, siteId, runId, ct) is { } stored
                    ? Results.Ok(new RunResultView(stored, null))
                    : SiteAccess.NotFound($"no plan run '{runId}'"));
        site.MapGet("/plan-runs/{runId}/events", async (string siteId, string runId, ISiteStore store, RunTracker tracker, CancellationToken ct) =>
            tracker.Find(siteId, runId) is { } run
                ? TypedResults.ServerSentEvents(run.StreamAsync(ct))
                : await StoredRunAsync(store, siteId, runId, ct) is { } stored
                    ? TypedResults.ServerSentEvents(Once(new SseItem<object>(stored, "end")))
                    : SiteAccess.NotFound($"no plan run '{runId}'"))
            .Produces<RunProgressView>(StatusCodes.Status200OK, "text/event-stream");

        site.MapGet("/prices", async (string siteId, ISiteStore store, CancellationToken ct) =>
            await store.PricesJsonAsync(siteId, ct) is { } json
                ? Results.Content(json, "application/json")
                : SiteAccess.NotFound("no prices: the site has no pricing terms or no published roster"))
            .Requires(Capability.Price);

        site.MapPost("/what-ifs", WhatIfAsync).Requires(Capability.Plan).Accepts<WhatIfRequest>("application/json");
    }

    /// <summary>A run the store keeps (the service's), or null.</summary>
    private static async Task<PlanRunView?> StoredRunAsync(ISiteStore store, string siteId, string runId, CancellationToken ct) =>
        (await store.PlanRunsAsync(siteId, ct)).FirstOrDefault(r => r.Id == runId);

    /// <summary>A run and, for a completed what-if, its result.</summary>
    public sealed record RunResultView(PlanRunView Run, WhatIfResultView? Result);

    private static async Task<IResult> WhatIfAsync(string siteId, HttpContext http, ISiteStore store, PlanRunner runner, IOptions<JsonOptions> json, bool? wait, CancellationToken ct)
    {
        WhatIfRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<WhatIfRequest>(http.Request.Body, json.Value.SerializerOptions, ct);
        }
        catch (JsonException ex)
        {
            return BadRequest($"what-if: line {(ex.LineNumber ?? 0) + 1}, field {ex.Path ?? "$"}: {FirstSentence(ex.Message)}");
        }

        if (request is null)
        {
            return BadRequest("what-if: expected a JSON object");
        }

        var (whatIf, error) = request.ToWhatIf();
        if (whatIf is null)
        {
            return BadRequest($"what-if: {error}");
        }

        var (basis, basisError) = await store.PlanningBasisAsync(siteId, whatIf.StaffAt, ct);
        if (basis is null)
        {
            return BadRequest($"what-if: {basisError}");
        }

        var problems = whatIf.Problems(basis.Scenario, basis.Inputs);
        if (basis.Inputs is null)
        {
            problems = [.. problems, "the site has no agents: there is no roster to plan"];
        }

        if (problems.Count > 0)
        {
            return BadRequest($"what-if: {problems[0]}", problems);
        }

        var run = runner.StartWhatIf(siteId, basis, whatIf, JsonSerializer.Serialize(request, json.Value.SerializerOptions), http.User.Identity!.Name!);
        var location = $"/api/sites/{Uri.EscapeDataString(siteId)}/plan-runs/{run.Id}";
        if (wait != true)
        {
            return Results.Accepted(location, new RunResultView(run.View(), null));
        }

        await run.Ended.WaitAsync(ct);
        return Results.Created(location, new RunResultView(run.View(), Visible(run.Result, http)));
    }

    private static async Task<IResult> PublishAsync(string siteId, long versionId, PublishRequest request, ISiteStore store, CancellationToken ct) =>
        await store.PublishAsync(siteId, versionId, request.BaseVersion, ct) switch
        {
            PublishOutcome.Published => Results.Ok(await store.RosterVersionAsync(siteId, versionId, withCosts: false, ct) is { } v ? v.Version : null),
            PublishOutcome.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "the published version has changed since this draft was made: plan the what-if again on the new one"),
            PublishOutcome.NotADraft => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"version {versionId} is not a draft"),
            _ => SiteAccess.NotFound($"no roster version {versionId}"),
        };

    /// <summary>A version's shifts as <c>roster.csv</c> (the file <c>plan</c> writes) or as an Excel workbook.</summary>
    private static async Task<IResult> DownloadAsync(string siteId, long versionId, ISiteStore store, string format, CancellationToken ct)
    {
        var site = await store.SiteAsync(siteId, ct);
        if (site is null || await store.RosterVersionAsync(siteId, versionId, withCosts: false, ct) is not { } version)
        {
            return SiteAccess.NotFound($"no roster version {versionId}");
        }

        // Shifts are kept in site-local time; the offset is the zone's (the earlier one in a fall-back hour).
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[site.TimeZone];
        var rows = version.Shifts.Select(s => new RosterRow(s.AgentId, s.Date, s.Start.InZoneLeniently(zone), s.End.InZoneLeniently(zone), s.PaidHours)).ToList();
        using var buffer = new MemoryStream();
        var name = $"roster-{siteId}-v{versionId}.{format}";
        if (format == "csv")
        {
            using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true))
            {
                RosterOutputWriter.WriteRoster(writer, rows);
            }

            return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", name);
        }

        var names = version.Shifts.GroupBy(s => s.AgentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().AgentName, StringComparer.Ordinal);
        RosterWorkbook.Write(buffer, rows, names);
        return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    /// <summary>The result with money taken out for a user whose role may not see costs.</summary>
    private static WhatIfResultView? Visible(WhatIfResultView? result, HttpContext http) =>
        result is null || WorkforceRoles.Allows(http.User, Capability.Price)
            ? result
            : result with { Draft = result.Draft with { LabourCost = null }, Base = result.Base is { } b ? b with { LabourCost = null } : null };

    private static IResult BadRequest(string title, IReadOnlyList<string>? problems = null) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            extensions: problems is null ? null : new Dictionary<string, object?> { ["problems"] = problems });

    private static string FirstSentence(string message) => message.Split(". Path:", 2)[0];

    private static async IAsyncEnumerable<SseItem<object>> Once(SseItem<object> item)
    {
        await Task.CompletedTask;
        yield return item;
    }
}
