using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Workforce.Core.Forecasting;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Staffing;
using Workforce.Files.Output.Pricing;
using Workforce.Files.Scenario.Pricing;
using Workforce.Storage.Planning;
using Workforce.Storage.Queries;
using Workforce.Storage.Scenarios;
using Stored = Workforce.Storage.Planning.PublishOutcome;

namespace Workforce.Web.Sites;

/// <summary>
/// The database mode's store: every site in PostgreSQL, read through <see cref="SiteQueries"/>; what-if drafts
/// and publishing through <see cref="RosterDraftStore"/>, so the daily service re-plans from what a planner
/// published. A site's model (channels' targets, agents, contracts) is cached for a minute for the coverage
/// and pricing reads, and a version's shifts (which never change) for five minutes. The service's runs do not keep their roster's labour cost, so a version read from
/// the database has none (its paid hours and coverage are there).
/// </summary>
public sealed class DatabaseSiteStore(NpgsqlDataSource dataSource, IClock clock, IOptions<WebOptions> options) : ISiteStore
{
    private static readonly Duration ModelLifetime = Duration.FromMinutes(1);
    private static readonly Duration VersionLifetime = Duration.FromMinutes(5);
    private const int VersionsKept = 32;
    private readonly ConcurrentDictionary<long, (Instant Read, IReadOnlyList<ShiftView> Shifts, RosterFigures Figures)> _versions = new();
    private readonly SiteQueries _queries = new(dataSource);
    private readonly ConcurrentDictionary<string, (Instant Read, StoredScenario Scenario)> _models = new(StringComparer.Ordinal);

    public string Mode => "database";

    public async Task<IReadOnlyList<SiteView>> SitesAsync(CancellationToken cancellationToken) =>
        [.. (await _queries.ListSitesAsync(null, cancellationToken)).Select(s => View(s, []))];

    public async Task<SiteView?> SiteAsync(string siteId, CancellationToken cancellationToken) =>
        await _queries.FindSiteAsync(siteId, cancellationToken) is { } site ? View(site, await _queries.ChannelsAsync(siteId, cancellationToken) ?? []) : null;

    public async Task<bool> HasSiteAsync(string siteId, CancellationToken cancellationToken) =>
        await _queries.FindSiteAsync(siteId, cancellationToken) is not null;

    public async Task<IReadOnlyList<ForecastVersionView>> ForecastVersionsAsync(string siteId, CancellationToken cancellationToken) =>
        [.. (await _queries.ForecastVersionsAsync(siteId, cancellationToken) ?? []).Select(v => new ForecastVersionView(v.ForecastVersionId, v.Source, Instant.FromDateTimeOffset(v.CreatedAt), v.PlanRunId))];

    public async Task<IReadOnlyList<ForecastIntervalView>?> ForecastAsync(string siteId, long versionId, CancellationToken cancellationToken) =>
        await _queries.ForecastIntervalsAsync(siteId, versionId, cancellationToken) is { Count: > 0 } points
            ? [.. points.Select(p => new ForecastIntervalView(p.ChannelId, Local(p.IntervalStart), p.Volume, p.AhtSeconds))]
            : null;

    public async Task<IReadOnlyList<RequirementView>> RequirementsAsync(string siteId, CancellationToken cancellationToken) =>
        await _queries.LatestRequirementsAsync(siteId, cancellationToken) is { } run
            ? [.. run.Requirements.Select(r => new RequirementView(r.ChannelId, Local(r.IntervalStart), r.Volume, r.AhtSeconds, r.RequiredAgents, r.ScheduledAgents, ViewMapping.Finite(r.ServiceLevel), ViewMapping.Finite(r.AsaSeconds), ViewMapping.Finite(r.Occupancy)))]
            : [];

    public async Task<IReadOnlyList<RosterVersionView>> RosterVersionsAsync(string siteId, CancellationToken cancellationToken) =>
        [.. (await _queries.RosterVersionsAsync(siteId, cancellationToken) ?? []).Select(View)];

    public async Task<RosterVersionDetail?> RosterVersionAsync(string siteId, long versionId, bool withCosts, CancellationToken cancellationToken)
    {
        // A version's shifts never change once written (publishing changes its status only), so they are kept
        // for a while; the status is read fresh every time.
        var version = (await _queries.RosterVersionsAsync(siteId, cancellationToken) ?? []).FirstOrDefault(v => v.RosterVersionId == versionId);
        if (version is null)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        if (!_versions.TryGetValue(versionId, out var kept) || now - kept.Read > VersionLifetime)
        {
            if (await ReadVersionAsync(siteId, versionId, cancellationToken) is not { } read)
            {
                return null;
            }

            kept = (now, read.Shifts, read.Figures);
            Keep(versionId, kept);
        }

        return new RosterVersionDetail(View(version), kept.Figures, kept.Shifts);
    }

    private async Task<(IReadOnlyList<ShiftView> Shifts, RosterFigures Figures)?> ReadVersionAsync(string siteId, long versionId, CancellationToken cancellationToken)
    {
        if (await _queries.RosterVersionAsync(siteId, versionId, cancellationToken) is not { } detail)
        {
            return null;
        }

        var activities = detail.Activities.Where(a => a.Activity != "shift").ToLookup(a => a.AgentId, StringComparer.Ordinal);
        var shifts = detail.Shifts.Select(s => new ShiftView(
            s.AgentId,
            s.AgentName,
            LocalDate.FromDateOnly(s.Date),
            LocalDateTime.FromDateTime(s.Start),
            LocalDateTime.FromDateTime(s.End),
            (double)(s.PaidHours ?? 0),
            [.. activities[s.AgentId].Where(a => a.Start >= s.Start && a.End <= s.End).Select(a => new ActivityView(a.Activity, LocalDateTime.FromDateTime(a.Start), LocalDateTime.FromDateTime(a.End)))])).ToList();
        var site = await _queries.FindSiteAsync(siteId, cancellationToken);
        var coverage = await _queries.CoverageTotalsAsync(versionId, cancellationToken);
        var hours = (site?.IntervalMinutes ?? 15) / 60.0;
        var run = detail.Version.PlanRunId is { } runId ? await _queries.PlanRunAsync(siteId, runId, cancellationToken) : null;
        var figures = new RosterFigures(
            run?.SolverStatus,
            run?.Objective,
            run?.Bound,
            shifts.Sum(s => s.PaidHours),
            coverage.RequiredAgentIntervals * hours,
            coverage.UnderCoveredAgentIntervals * hours,
            null,
            site?.Currency ?? "");
        return (shifts, figures);
    }

    /// <summary>Keeps a version's shifts, dropping the oldest beyond <see cref="VersionsKept"/>.</summary>
    private void Keep(long versionId, (Instant Read, IReadOnlyList<ShiftView> Shifts, RosterFigures Figures) version)
    {
        _versions[versionId] = version;
        while (_versions.Count > VersionsKept && _versions.MinBy(v => v.Value.Read) is { Key: var oldest })
        {
            _versions.TryRemove(oldest, out _);
        }
    }

    public async Task<IReadOnlyList<CoverageView>?> CoverageAsync(string siteId, long versionId, CancellationToken cancellationToken)
    {
        if (await _queries.CoverageAsync(siteId, versionId, cancellationToken) is not { } rows)
        {
            return null;
        }

        var model = await ModelAsync(siteId, cancellationToken);
        return [.. rows.Select(c => new CoverageView(c.ChannelId, Local(c.IntervalStart), c.RequiredAgents, c.ScheduledAgents, c.ServiceLevel, model is null ? null : ViewMapping.TargetServiceLevel(model.Scenario.Site, c.ChannelId)))];
    }

    public async Task<IReadOnlyList<PlanRunView>> PlanRunsAsync(string siteId, CancellationToken cancellationToken) =>
        [.. (await _queries.PlanRunsAsync(siteId, 100, cancellationToken) ?? []).Select(r => new PlanRunView(
            r.PlanRunId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "daily",
            r.Status,
            Instant.FromDateTimeOffset(r.StartedAt),
            r.FinishedAt is { } finished ? Instant.FromDateTimeOffset(finished) : null,
            r.Objective,
            r.Bound,
            r.Error,
            null))];

    public async Task<IReadOnlyList<SiteRunMetrics>> RunMetricsAsync(CancellationToken cancellationToken)
    {
        var last = (await _queries.LastCompletedRunsAsync(cancellationToken)).ToDictionary(r => r.SiteId, StringComparer.Ordinal);
        return [.. (await _queries.PlanRunCountsAsync(cancellationToken)).Select(c =>
        {
            var run = last.GetValueOrDefault(c.SiteId);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["running"] = (int)c.Running,
                ["completed"] = (int)c.Completed,
                ["failed"] = (int)c.Failed,
                ["abandoned"] = (int)c.Abandoned,
                ["cancelled"] = (int)c.Cancelled,
            };
            return new SiteRunMetrics(c.SiteId, counts, run?.Seconds, run?.Objective, run?.Bound, run?.UnderCoverageAgentHours);
        })];
    }

    public async Task<string?> PricesJsonAsync(string siteId, CancellationToken cancellationToken)
    {
        var text = await new PricingTermsStore(dataSource).LoadAsync(siteId, cancellationToken);
        var model = await ModelAsync(siteId, cancellationToken);
        var published = await LatestPublishedAsync(siteId, cancellationToken);
        if (text is null || model?.RosterInputs is not { } inputs || published is null)
        {
            return null;
        }

        var scenario = model.Scenario;
        var priced = scenario.Forecast.Where(f => f.Volume > 0).Select(f => f.ChannelId).ToHashSet(StringComparer.Ordinal);
        var terms = PricingFileReader.Parse(text, $"pricing terms of site {siteId}", scenario.Site, inputs.Contracts, priced);
        if (!terms.Succeeded)
        {
            throw new InvalidDataException(terms.Error!.ToString());
        }

        var detail = (await _queries.RosterVersionAsync(siteId, published.Id, cancellationToken))!;
        var zone = scenario.Site.TimeZone;
        var shifts = detail.Shifts.Select(s => new RosterRow(
            s.AgentId, LocalDate.FromDateOnly(s.Date), LocalDateTime.FromDateTime(s.Start).InZoneLeniently(zone), LocalDateTime.FromDateTime(s.End).InZoneLeniently(zone), (double)(s.PaidHours ?? 0))).ToList();
        var coverage = (await _queries.CoverageAsync(siteId, published.Id, cancellationToken) ?? []).Select(c => new CoverageRow(
            Instant.FromDateTimeOffset(c.IntervalStart).InZone(zone), c.ChannelId, c.RequiredAgents, c.ScheduledAgents, c.ShortfallAgents, c.ServiceLevel ?? double.NaN, c.AsaSeconds ?? double.NaN)).ToList();
        var sheet = BidPricer.Price(new PricingRoster(scenario.Site, inputs.Agents, inputs.Contracts, scenario.Forecast, shifts, coverage), terms.Value);
        return PriceSheetJson.Serialize(sheet);
    }

    public async Task<(PlanningBasis? Basis, string? Error)> PlanningBasisAsync(string siteId, StaffingQuantile? staffAt, CancellationToken cancellationToken)
    {
        _models.TryRemove(siteId, out _);
        if (await ModelAsync(siteId, cancellationToken) is not { } stored)
        {
            return (null, $"unknown site '{siteId}'");
        }

        var quantile = staffAt ?? StaffingQuantile.P50;
        if (!stored.HasQuantile(quantile))
        {
            return (null, $"staffAt: {new MissingForecastQuantileException(siteId, stored.ForecastVersionId, quantile).Message}");
        }

        stored = stored.AtQuantile(quantile);

        // The week a what-if plans: that of the latest published version (the week agents are told), else the site's.
        var latest = await LatestPublishedAsync(siteId, cancellationToken);
        var weekStart = latest?.WeekStart ?? stored.Scenario.Site.WeekStart;
        var scenario = stored.Scenario with { Site = stored.Scenario.Site with { WeekStart = weekStart } };
        var published = await new RosterVersionStore(dataSource).LoadPublishedAsync(siteId, weekStart, cancellationToken);
        var today = clock.GetCurrentInstant().InZone(scenario.Site.TimeZone).Date;
        var frozen = options.Value.FreezeDays > 0 ? today.PlusDays(options.Value.FreezeDays - 1) : (LocalDate?)null;
        // No pricing terms: the database mode's plans are what-ifs, which roster only (the service prices nothing either).
        return (new PlanningBasis(
            scenario,
            stored.RosterInputs,
            null,
            published?.RosterVersionId,
            published?.Roster,
            new LocalDateDefault(frozen, $"today ({today:yyyy-MM-dd}) and the {options.Value.FreezeDays - 1} days after it are frozen, as the service freezes them")), null);
    }

    /// <summary>The database mode runs no full plans of its own (the service does), so there is nothing to keep.</summary>
    public Task KeepPlanAsync(string siteId, long versionId, string planRunId, PriceSheet? prices, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> SaveDraftAsync(string siteId, long? baseVersionId, PlanningBasis basis, RosterReport report, IReadOnlyList<IntervalRequirement> requirements, string? whatIfJson, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(whatIfJson, nameof(whatIfJson));
        return new RosterDraftStore(dataSource).SaveDraftAsync(siteId, basis.Scenario.Site.WeekStart, baseVersionId, report, whatIfJson, createdBy, cancellationToken);
    }

    public async Task<PublishOutcome> PublishAsync(string siteId, long draftVersionId, long? baseVersionId, CancellationToken cancellationToken) =>
        await new RosterDraftStore(dataSource).PublishDraftAsync(siteId, draftVersionId, baseVersionId, cancellationToken) switch
        {
            Stored.Published => PublishOutcome.Published,
            Stored.Conflict => PublishOutcome.Conflict,
            Stored.NotADraft => PublishOutcome.NotADraft,
            _ => PublishOutcome.NotFound,
        };

    /// <summary>The site's published version of the latest week, or null.</summary>
    private async Task<RosterVersionView?> LatestPublishedAsync(string siteId, CancellationToken cancellationToken) =>
        (await RosterVersionsAsync(siteId, cancellationToken)).Where(v => v.Status == "published").MaxBy(v => v.WeekStart);

    private async Task<StoredScenario?> ModelAsync(string siteId, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        if (_models.TryGetValue(siteId, out var cached) && now - cached.Read < ModelLifetime)
        {
            return cached.Scenario;
        }

        var stored = await new ScenarioExporter(dataSource).LoadAsync(siteId, cancellationToken);
        if (stored is not null)
        {
            _models[siteId] = (now, stored);
        }

        return stored;
    }

    private static SiteView View(SiteSummary site, IReadOnlyList<ChannelSummary> channels) => new(
        site.SiteId, site.Name, site.TimeZone, site.Currency, site.IntervalMinutes, LocalDate.FromDateOnly(site.WeekStart), [.. channels.Select(c => new ChannelView(c.ChannelId, c.Name, c.Kind))]);

    private static RosterVersionView View(RosterVersionSummary v) => new(
        v.RosterVersionId,
        LocalDate.FromDateOnly(v.WeekStart),
        v.Status,
        v.Source,
        v.BaseRosterVersionId,
        v.PlanRunId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Instant.FromDateTimeOffset(v.CreatedAt),
        v.PublishedAt is { } at ? Instant.FromDateTimeOffset(at) : null,
        v.ShiftCount);

    /// <summary>An interval start at the site's offset, as the site's wall-clock time.</summary>
    private static LocalDateTime Local(DateTimeOffset start) => LocalDateTime.FromDateTime(start.DateTime);
}
