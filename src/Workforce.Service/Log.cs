using Microsoft.Extensions.Logging;

namespace Workforce.Service;

/// <summary>Every log event of the service, structured, with a stable id.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Cycle found {DueSites} due of {Sites} sites (force: {Force})")]
    public static partial void CycleStarted(ILogger logger, int dueSites, int sites, bool force);

    [LoggerMessage(2, LogLevel.Information, "Cycle done: {Claimed} runs claimed, {Completed} completed, {Failed} failed, {Cancelled} cancelled, {Lost} lost their lease")]
    public static partial void CycleFinished(ILogger logger, int claimed, int completed, int failed, int cancelled, int lost);

    [LoggerMessage(3, LogLevel.Information, "Plan run {PlanRunId} claimed: site {SiteId}, plan date {PlanDate}")]
    public static partial void RunClaimed(ILogger logger, long planRunId, string siteId, string planDate);

    [LoggerMessage(4, LogLevel.Warning, "Closed {Count} run(s) of site {SiteId} as abandoned: their lease expired")]
    public static partial void RunsAbandoned(ILogger logger, int count, string siteId);

    [LoggerMessage(5, LogLevel.Information, "Plan run {PlanRunId} completed: site {SiteId}, {Shifts} shifts, solver {SolverStatus}, objective {Objective}, bound {Bound}")]
    public static partial void RunCompleted(ILogger logger, long planRunId, string siteId, int shifts, string solverStatus, double objective, double bound);

    [LoggerMessage(6, LogLevel.Error, "Plan run {PlanRunId} failed: site {SiteId}: {Reason}")]
    public static partial void RunFailed(ILogger logger, long planRunId, string siteId, string reason);

    [LoggerMessage(7, LogLevel.Warning, "Plan run {PlanRunId} cancelled (the service is stopping): site {SiteId}")]
    public static partial void RunCancelled(ILogger logger, long planRunId, string siteId);

    [LoggerMessage(8, LogLevel.Error, "Plan run {PlanRunId} lost its lease (another instance closed it): site {SiteId}; nothing written")]
    public static partial void LeaseLost(ILogger logger, long planRunId, string siteId);

    [LoggerMessage(9, LogLevel.Warning, "Database unreachable ({What}, attempt {Attempt}); retrying in {DelaySeconds} s: {Error}")]
    public static partial void DatabaseRetry(ILogger logger, string what, int attempt, double delaySeconds, string error);

    [LoggerMessage(10, LogLevel.Critical, "Giving up: {Error}")]
    public static partial void DatabaseGaveUp(ILogger logger, string error);

    [LoggerMessage(11, LogLevel.Warning, "Lease renewal of plan run {PlanRunId} failed; retrying at the next renewal: {Error}")]
    public static partial void LeaseRenewalFailed(ILogger logger, long planRunId, string error);

    [LoggerMessage(12, LogLevel.Error, "Site {SiteId} has time zone {TimeZone}, which this build does not know; skipped")]
    public static partial void UnknownTimeZone(ILogger logger, string siteId, string timeZone);

    // Ids 13 and 14 were the warnings that re-forecasting and the baseline roster were not wired yet; retired.
    [LoggerMessage(15, LogLevel.Information, "Roster search for site {SiteId}: {Seconds} s, {Stage}, objective {Objective}, bound {Bound}")]
    public static partial void SolverProgress(ILogger logger, string siteId, double seconds, string stage, double objective, double bound);

    [LoggerMessage(16, LogLevel.Warning, "Could not record plan run {PlanRunId} as cancelled; when its lease expires the next instance marks it abandoned: {Error}")]
    public static partial void CancelNotRecorded(ILogger logger, long planRunId, string error);

    [LoggerMessage(17, LogLevel.Information, "Site {SiteId}: re-forecast {Days} days from {From} on {ActualIntervals} intervals of actuals ({Methods})")]
    public static partial void Reforecast(ILogger logger, string siteId, int days, string from, int actualIntervals, string methods);

    [LoggerMessage(18, LogLevel.Warning, "Site {SiteId}: cannot re-forecast from actuals ({Reason}); planning on stored forecast version {ForecastVersionId}")]
    public static partial void ForecastFallback(ILogger logger, string siteId, long forecastVersionId, string reason);

    [LoggerMessage(19, LogLevel.Warning,
        "Site {SiteId}: the stored forecast does not cover the week of {WeekStart}; rostering the site's stored week of {StoredWeekStart} on it as imported")]
    public static partial void StoredWeekPlanned(ILogger logger, string siteId, string weekStart, string storedWeekStart);

    [LoggerMessage(20, LogLevel.Information,
        "Site {SiteId}: rostering the week of {WeekStart} against published roster version {BaselineVersionId}, frozen through {FrozenThrough}")]
    public static partial void RosterAgainstBaseline(ILogger logger, string siteId, string weekStart, long baselineVersionId, string frozenThrough);

    [LoggerMessage(21, LogLevel.Information, "Site {SiteId}: rostering the week of {WeekStart} afresh: no roster of it was published")]
    public static partial void RosterAfresh(ILogger logger, string siteId, string weekStart);

    [LoggerMessage(22, LogLevel.Warning, "Site {SiteId}: agent {AgentId} not rostered ({Rule}): {Reason}")]
    public static partial void AgentNotRostered(ILogger logger, string siteId, string agentId, string rule, string reason);

    [LoggerMessage(24, LogLevel.Information,
        "Site {SiteId}: carry-in into the week of {WeekStart} derived from the published rosters since {CoveredFrom} ({Shifts} shifts; worked time through {WorkedThrough})")]
    public static partial void CarryInDerived(ILogger logger, string siteId, string weekStart, string coveredFrom, int shifts, string workedThrough);

    [LoggerMessage(25, LogLevel.Information, "Site {SiteId}: the week before {WeekStart} has no published roster; using the carry-in stored at import")]
    public static partial void CarryInImported(ILogger logger, string siteId, string weekStart);

    [LoggerMessage(26, LogLevel.Error, "Site {SiteId}, plan date {PlanDate}: given up after {Attempts} failed attempts (Planning:MaxAttempts); the last: {Reason}")]
    public static partial void GaveUp(ILogger logger, string siteId, string planDate, int attempts, string reason);

    [LoggerMessage(28, LogLevel.Error, "Site {SiteId}: could not be claimed: {Error}")]
    public static partial void ClaimFailed(ILogger logger, string siteId, string error);
}
