using NodaTime;
using Workforce.Core;
using Workforce.Core.Forecasting;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Staffing;
using Workforce.Files.Output.Pricing;

namespace Workforce.Web.Sites;

/// <summary>
/// The embedded mode's store: one scenario folder, read once at start, and its roster versions in memory
/// (lost when the server stops; the published one can be exported as files). Nothing is frozen by default:
/// a folder is a plan being prepared, not a week being worked.
/// </summary>
public sealed class MemorySiteStore(string siteId, EmbeddedScenario scenario, IClock clock) : ISiteStore
{
    private readonly Lock _gate = new();
    private readonly List<Version> _versions = [];
    private readonly Dictionary<long, string> _prices = [];

    public string Mode => "embedded";

    public string SiteId { get; } = siteId;

    public EmbeddedScenario Scenario { get; } = scenario;

    private SiteView View => ViewMapping.Site(SiteId, Scenario.Scenario.Site);

    public Task<IReadOnlyList<SiteView>> SitesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SiteView>>([View]);

    public Task<SiteView?> SiteAsync(string siteId, CancellationToken cancellationToken) => Task.FromResult(siteId == SiteId ? View : null);

    public Task<bool> HasSiteAsync(string siteId, CancellationToken cancellationToken) => Task.FromResult(siteId == SiteId);

    public Task<IReadOnlyList<ForecastVersionView>> ForecastVersionsAsync(string siteId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ForecastVersionView>>(siteId == SiteId ? [new ForecastVersionView(1, Scenario.ForecastSource, Scenario.LoadedAt, null)] : []);

    public Task<IReadOnlyList<ForecastIntervalView>?> ForecastAsync(string siteId, long versionId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ForecastIntervalView>?>(siteId == SiteId && versionId == 1
            ? [.. Scenario.Scenario.Forecast.Select(f => new ForecastIntervalView(f.ChannelId, f.Start.LocalDateTime, f.Volume, f.AhtSeconds))]
            : null);

    public Task<IReadOnlyList<RequirementView>> RequirementsAsync(string siteId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var latest = siteId == SiteId ? _versions.LastOrDefault(v => v.Status == "published") : null;
            return Task.FromResult<IReadOnlyList<RequirementView>>(latest is null ? [] : [.. latest.Requirements.Select(ViewMapping.Requirement)]);
        }
    }

    public Task<IReadOnlyList<RosterVersionView>> RosterVersionsAsync(string siteId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<RosterVersionView>>(siteId == SiteId ? [.. _versions.Select(v => v.View)] : []);
        }
    }

    public Task<RosterVersionDetail?> RosterVersionAsync(string siteId, long versionId, bool withCosts, CancellationToken cancellationToken)
    {
        var version = Find(siteId, versionId);
        return Task.FromResult(version is null
            ? null
            : new RosterVersionDetail(version.View, ViewMapping.Figures(version.Report.Summary, withCosts), version.Shifts));
    }

    public Task<IReadOnlyList<CoverageView>?> CoverageAsync(string siteId, long versionId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(siteId, versionId) is { } version ? ViewMapping.Coverage(version.Report, version.Site) : null);

    public Task<IReadOnlyList<PlanRunView>> PlanRunsAsync(string siteId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PlanRunView>>([]);

    public Task<IReadOnlyList<SiteRunMetrics>> RunMetricsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SiteRunMetrics>>([]);

    public Task<string?> PricesJsonAsync(string siteId, CancellationToken cancellationToken)
    {
        Version? published;
        lock (_gate)
        {
            published = siteId == SiteId ? _versions.LastOrDefault(v => v.Status == "published") : null;
            if (published is null || Scenario.Pricing is null || Scenario.Inputs is null)
            {
                return Task.FromResult<string?>(null);
            }

            if (_prices.TryGetValue(published.View.Id, out var cached))
            {
                return Task.FromResult<string?>(cached);
            }
        }

        var sheet = BidPricer.Price(PricingRoster.From(Scenario.Scenario, Scenario.Inputs, published.Report), Scenario.Pricing);
        var json = PriceSheetJson.Serialize(sheet);
        lock (_gate)
        {
            _prices[published.View.Id] = json;
        }

        return Task.FromResult<string?>(json);
    }

    public Task<(PlanningBasis? Basis, string? Error)> PlanningBasisAsync(string siteId, StaffingQuantile? staffAt, CancellationToken cancellationToken)
    {
        if (siteId != SiteId)
        {
            return Task.FromResult<(PlanningBasis?, string?)>((null, $"unknown site '{siteId}'"));
        }

        var scenario = staffAt is { } quantile && quantile != StaffingQuantile.P50 ? Scenario.At(quantile) : (Scenario.Scenario, null);
        if (scenario.Item2 is { } error)
        {
            return Task.FromResult<(PlanningBasis?, string?)>((null, error));
        }

        Version? published;
        lock (_gate)
        {
            published = _versions.LastOrDefault(v => v.Status == "published");
        }

        var baseline = published is null
            ? null
            : new BaselineRoster([.. published.Report.Roster.Select(r => new BaselineShift(r.AgentId, r.ShiftStart.LocalDateTime, r.ShiftEnd.LocalDateTime))], null);
        var basis = new PlanningBasis(scenario.Item1, Scenario.Inputs, Scenario.Pricing, published?.View.Id, baseline, new LocalDateDefault(null, "a scenario folder freezes no day unless the what-if names one"))
        {
            Capacity = Scenario.Request.Capacity,
        };
        return Task.FromResult<(PlanningBasis?, string?)>((basis, null));
    }

    public Task<long> SaveDraftAsync(string siteId, long? baseVersionId, PlanningBasis basis, RosterReport report, IReadOnlyList<IntervalRequirement> requirements, string? whatIfJson, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(basis);
        lock (_gate)
        {
            var id = _versions.Count + 1L;
            var view = new RosterVersionView(id, basis.Scenario.Site.WeekStart, "draft", whatIfJson is null ? "plan_run" : "what_if", baseVersionId, null, clock.GetCurrentInstant(), null, report.Roster.Count);
            _versions.Add(new Version(view, report, requirements, basis.Scenario.Site, ViewMapping.Shifts(report, Scenario.AgentNames)));
            return Task.FromResult(id);
        }
    }

    public Task<PublishOutcome> PublishAsync(string siteId, long draftVersionId, long? baseVersionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = siteId == SiteId ? _versions.FindIndex(v => v.View.Id == draftVersionId) : -1;
            if (index < 0)
            {
                return Task.FromResult(PublishOutcome.NotFound);
            }

            if (_versions[index].Status != "draft")
            {
                return Task.FromResult(PublishOutcome.NotADraft);
            }

            var current = _versions.FindIndex(v => v.Status == "published");
            if ((current < 0 ? null : _versions[current].View.Id) != baseVersionId)
            {
                return Task.FromResult(PublishOutcome.Conflict);
            }

            if (current >= 0)
            {
                _versions[current] = _versions[current].With("superseded", null);
            }

            _versions[index] = _versions[index].With("published", clock.GetCurrentInstant());
            return Task.FromResult(PublishOutcome.Published);
        }
    }

    public Task KeepPlanAsync(string siteId, long versionId, string planRunId, PriceSheet? prices, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _versions.FindIndex(v => v.View.Id == versionId);
            _versions[index] = _versions[index] with { View = _versions[index].View with { PlanRunId = planRunId } };
            if (prices is not null)
            {
                // The plan's own prices: with the capacity plan's attrition and the forecast's error, as `plan` prices.
                _prices[versionId] = PriceSheetJson.Serialize(prices);
            }
        }

        return Task.CompletedTask;
    }

    private Version? Find(string siteId, long versionId)
    {
        lock (_gate)
        {
            return siteId == SiteId ? _versions.FirstOrDefault(v => v.View.Id == versionId) : null;
        }
    }

    /// <summary>A version; its shifts are made into views once, as they never change.</summary>
    private sealed record Version(RosterVersionView View, RosterReport Report, IReadOnlyList<IntervalRequirement> Requirements, Core.Sites.Site Site, IReadOnlyList<ShiftView> Shifts)
    {
        public string Status => View.Status;

        public Version With(string status, Instant? publishedAt) => this with { View = View with { Status = status, PublishedAt = publishedAt ?? View.PublishedAt } };
    }
}
