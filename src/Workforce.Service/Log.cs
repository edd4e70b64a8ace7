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

    [LoggerMessage(13, LogLevel.Warning,
        "Site {SiteId}: planning on stored forecast version {ForecastVersionId} as is; re-forecasting from actuals is not available yet (forecasting issue)")]
    public static partial void ForecastNotRefreshed(ILogger logger, string siteId, long forecastVersionId);

    [LoggerMessage(14, LogLevel.Warning,
        "Site {SiteId}: re-rostering the whole planning week from {WeekStart}; the baseline roster, change penalty and the {FreezeDays} frozen days are not applied yet (roster issue)")]
    public static partial void BaselineNotApplied(ILogger logger, string siteId, string weekStart, int freezeDays);

    [LoggerMessage(15, LogLevel.Information, "Roster search for site {SiteId}: {Seconds} s, objective {Objective}, bound {Bound}")]
    public static partial void SolverProgress(ILogger logger, string siteId, double seconds, double objective, double bound);

    [LoggerMessage(16, LogLevel.Warning, "Could not record plan run {PlanRunId} as cancelled; when its lease expires the next instance marks it abandoned: {Error}")]
    public static partial void CancelNotRecorded(ILogger logger, long planRunId, string error);
}
