using Workforce.Core;
using Workforce.Core.Planning;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Forecasting;

namespace Workforce.Web.Sites;

/// <summary>
/// What a what-if plans from: the site's scenario (forecast at the asked quantile), roster inputs (null:
/// staffing only), pricing terms, and the week's published version with its shifts as the baseline.
/// </summary>
public sealed record PlanningBasis(Scenario Scenario, RosterInputs? Inputs, PricingTerms? Pricing, long? PublishedVersionId, BaselineRoster? Published, LocalDateDefault FrozenThroughDefault)
{
    /// <summary>The capacity inputs a full plan also plans (the embedded folder's <c>capacity.json</c>); what-ifs leave them out.</summary>
    public PlanCapacity? Capacity { get; init; }
}

/// <summary>The last frozen day a what-if uses when it names none: null freezes nothing.</summary>
public sealed record LocalDateDefault(NodaTime.LocalDate? Value, string Why);

/// <summary>How publishing a draft ended.</summary>
public enum PublishOutcome
{
    Published,

    /// <summary>The week's published version is no longer the one the draft was made from.</summary>
    Conflict,

    /// <summary>No such version for the site.</summary>
    NotFound,

    /// <summary>The version is not a draft (published or superseded already).</summary>
    NotADraft,
}

/// <summary>
/// The sites a server serves and their plans: a scenario folder kept in memory (the embedded mode) or every
/// site in PostgreSQL. Reads return null (or empty) for a site or version the store does not have.
/// </summary>
public interface ISiteStore
{
    /// <summary>"embedded" or "database", for /health and the logs.</summary>
    string Mode { get; }

    Task<IReadOnlyList<SiteView>> SitesAsync(CancellationToken cancellationToken);

    Task<SiteView?> SiteAsync(string siteId, CancellationToken cancellationToken);

    /// <summary>Whether the store has the site (the scope check of every request: one cheap read).</summary>
    Task<bool> HasSiteAsync(string siteId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ForecastVersionView>> ForecastVersionsAsync(string siteId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ForecastIntervalView>?> ForecastAsync(string siteId, long versionId, CancellationToken cancellationToken);

    /// <summary>The requirements of the site's latest plan (empty before its first).</summary>
    Task<IReadOnlyList<RequirementView>> RequirementsAsync(string siteId, CancellationToken cancellationToken);

    Task<IReadOnlyList<RosterVersionView>> RosterVersionsAsync(string siteId, CancellationToken cancellationToken);

    /// <summary>One version with its shifts and activities; <paramref name="withCosts"/> false leaves money out.</summary>
    Task<RosterVersionDetail?> RosterVersionAsync(string siteId, long versionId, bool withCosts, CancellationToken cancellationToken);

    Task<IReadOnlyList<CoverageView>?> CoverageAsync(string siteId, long versionId, CancellationToken cancellationToken);

    /// <summary>Runs the store keeps itself (the service's daily runs); the server's own runs are added by the caller.</summary>
    Task<IReadOnlyList<PlanRunView>> PlanRunsAsync(string siteId, CancellationToken cancellationToken);

    /// <summary>The priced bid of the site's published roster as prices.json, or null when the site has no pricing terms or no roster.</summary>
    Task<string?> PricesJsonAsync(string siteId, CancellationToken cancellationToken);

    /// <summary>The basis a what-if plans from, or an error naming the field (a quantile the stored forecast lacks, say).</summary>
    Task<(PlanningBasis? Basis, string? Error)> PlanningBasisAsync(string siteId, StaffingQuantile? staffAt, CancellationToken cancellationToken);

    /// <summary>Keeps a roster as a draft of the week, made from <paramref name="baseVersionId"/>: a what-if's (with its request as JSON), or a plan's (<paramref name="whatIfJson"/> null).</summary>
    Task<long> SaveDraftAsync(string siteId, long? baseVersionId, PlanningBasis basis, RosterReport report, IReadOnlyList<Core.Staffing.IntervalRequirement> requirements, string? whatIfJson, string createdBy, CancellationToken cancellationToken);

    /// <summary>Per site: runs by status and the last completed run's figures, for /metrics (the store's own runs; the server adds its own).</summary>
    Task<IReadOnlyList<SiteRunMetrics>> RunMetricsAsync(CancellationToken cancellationToken);

    /// <summary>What a full plan (the embedded folder's first) made beside the roster: the run's id and its priced bid, kept with the version.</summary>
    Task KeepPlanAsync(string siteId, long versionId, string planRunId, PriceSheet? prices, CancellationToken cancellationToken);

    /// <summary>Publishes a draft if the week's published version is still <paramref name="baseVersionId"/> (null: none was).</summary>
    Task<PublishOutcome> PublishAsync(string siteId, long draftVersionId, long? baseVersionId, CancellationToken cancellationToken);
}

/// <summary>A site's run counters and its last completed run: seconds from start to end, objective and bound in cents, agent-hours under-covered.</summary>
public sealed record SiteRunMetrics(
    string SiteId,
    IReadOnlyDictionary<string, int> RunsByStatus,
    double? LastRunSeconds,
    double? LastObjective,
    double? LastBound,
    double? LastUnderCoveredAgentHours);
