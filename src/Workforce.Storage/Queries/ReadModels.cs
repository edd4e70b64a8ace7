namespace Workforce.Storage.Queries;

// The records SiteQueries returns, ready to serialise as JSON. Conventions: instants (timestamptz) are
// DateTimeOffset: interval starts at the site's UTC offset of that moment, audit times (created, started,
// published) in UTC; the site's wall-clock times (shifts, activities) are DateTime of kind Unspecified, as
// roster.csv writes them; dates are DateOnly. System.Text.Json writes all of them as ISO 8601.

/// <summary>A site: its key, name, IANA time zone, ISO currency and the first day of its planning week.</summary>
public sealed record SiteSummary(string SiteId, string Name, string TimeZone, string Currency, DateOnly WeekStart, int IntervalMinutes);

/// <summary>A channel of a site: its key, name and kind (voice, chat or deferred).</summary>
public sealed record ChannelSummary(string ChannelId, string Name, string Kind);

/// <summary>A version of a site's forecast: "import", or "forecast" (a plan run's re-forecast, naming the run).</summary>
public sealed record ForecastVersionSummary(long ForecastVersionId, string Source, DateTimeOffset CreatedAt, long? PlanRunId);

/// <summary>One channel-interval of a forecast version.</summary>
public sealed record ForecastPoint(string ChannelId, DateTimeOffset IntervalStart, double Volume, double AhtSeconds);

/// <summary>Staffing for one channel-interval, as a plan run computed it (see <c>IntervalRequirement</c>).</summary>
public sealed record StaffingPoint(
    string ChannelId, DateTimeOffset IntervalStart, double Volume, double AhtSeconds, int RequiredAgents, int ScheduledAgents, double ServiceLevel, double AsaSeconds, double Occupancy);

/// <summary>The requirements of a site's latest completed plan run.</summary>
public sealed record RunRequirements(long PlanRunId, DateOnly PlanDate, IReadOnlyList<StaffingPoint> Requirements);

/// <summary>A roster version: "draft", "published" or "superseded"; from "plan_run", "import" or "what_if".</summary>
/// <param name="BaseRosterVersionId">For a what-if draft: the published version it was planned against.</param>
public sealed record RosterVersionSummary(
    long RosterVersionId,
    DateOnly WeekStart,
    string Status,
    string Source,
    long? BaseRosterVersionId,
    long? PlanRunId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? CreatedBy,
    int ShiftCount);

/// <summary>A shift of a roster version; <see cref="Date"/> is the day it starts; paid hours are null for an imported baseline.</summary>
public sealed record RosterShift(string AgentId, string AgentName, DateOnly Date, DateTime Start, DateTime End, decimal? PaidHours);

/// <summary>An activity of a roster version (shift, break, lunch, training, time_off) over [Start, End).</summary>
public sealed record RosterActivity(string AgentId, string Activity, DateTime Start, DateTime End);

/// <summary>A roster version with its shifts and activities; <see cref="WhatIf"/> is the request (JSON) of a what-if draft.</summary>
public sealed record RosterVersionDetail(RosterVersionSummary Version, string? WhatIf, IReadOnlyList<RosterShift> Shifts, IReadOnlyList<RosterActivity> Activities);

/// <summary>
/// Coverage of a roster version for one channel-interval (coverage.csv): agents required and scheduled, the
/// shortfall, and the projected service level and ASA (null where the queueing model gives none).
/// </summary>
public sealed record CoveragePoint(
    string ChannelId, DateTimeOffset IntervalStart, double RequiredAgents, double ScheduledAgents, double ShortfallAgents, double? ServiceLevel, double? AsaSeconds);

/// <summary>A roster version's coverage summed: agent-intervals required and under-covered.</summary>
public sealed record CoverageTotals(double RequiredAgentIntervals, double UnderCoveredAgentIntervals);

/// <summary>A plan run: status one of <c>PlanRunStatus</c>; the solver's status, objective and bound when it rostered.</summary>
public sealed record PlanRunSummary(
    long PlanRunId, DateOnly PlanDate, string Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? SolverStatus, double? Objective, double? Bound, string? Error);

/// <summary>How many runs of a site ended in each state, from <c>plan_runs</c> (so the counts survive restarts).</summary>
public sealed record PlanRunCounts(string SiteId, long Running, long Completed, long Failed, long Abandoned, long Cancelled);

/// <summary>
/// A site's last completed run: its objective and bound (cents of the site currency), how long it ran, and
/// the agent-hours its roster left uncovered (required above scheduled, summed over the version's coverage;
/// null when the run wrote no roster).
/// </summary>
public sealed record LastCompletedRun(string SiteId, long PlanRunId, DateOnly PlanDate, double? Objective, double? Bound, double Seconds, double? UnderCoverageAgentHours);
