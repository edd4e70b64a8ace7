using NodaTime;

namespace Workforce.Storage.Planning;

/// <summary>A site-day this instance now plans: the plan run it opened, holding the lease.</summary>
/// <param name="PlanRunId">The new run.</param>
/// <param name="SiteId">The site.</param>
/// <param name="PlanDate">The site's local date the run is for.</param>
/// <param name="AbandonedRuns">Runs of this site whose lease had expired, closed as abandoned by this claim.</param>
/// <param name="Attempt">Which attempt at the site-day this is: 1 plus the runs of it that failed before.</param>
public sealed record PlanRunClaim(long PlanRunId, string SiteId, LocalDate PlanDate, int AbandonedRuns, int Attempt);

/// <summary>A site and the time zone its run time is read in.</summary>
public sealed record SiteClock(string SiteId, string TimeZone);

/// <summary>The latest run of a site, for the health report.</summary>
public sealed record LastPlanRun(
    string SiteId,
    long? PlanRunId,
    DateOnly? PlanDate,
    string? Status,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string? Error);
