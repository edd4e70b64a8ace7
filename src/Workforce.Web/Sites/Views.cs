using NodaTime;

namespace Workforce.Web.Sites;

// What the API returns. Times: instants in UTC (ISO 8601 with Z), site-local dates and times without an
// offset (as the scenario files write them), durations in the unit their name says.

public sealed record ChannelView(string Id, string Name, string Kind);

public sealed record SiteView(string Id, string Name, string TimeZone, string Currency, int IntervalMinutes, LocalDate WeekStart, IReadOnlyList<ChannelView> Channels);

public sealed record ForecastVersionView(long Id, string Source, Instant CreatedAt, long? PlanRunId);

public sealed record ForecastIntervalView(string Channel, LocalDateTime IntervalStart, double Volume, double AhtSeconds);

/// <summary>Staffing of one interval: agents required net (before unplanned shrinkage) and gross, and the queueing figures at the net requirement.</summary>
public sealed record RequirementView(string Channel, LocalDateTime IntervalStart, double Volume, double AhtSeconds, int RequiredNetAgents, double? RequiredGrossAgents, double? ServiceLevel, double? AsaSeconds, double? Occupancy);

/// <summary>A roster version: <c>published</c> (what agents see), <c>draft</c> (a what-if) or <c>superseded</c>.</summary>
public sealed record RosterVersionView(long Id, LocalDate WeekStart, string Status, string Source, long? BaseVersionId, string? PlanRunId, Instant CreatedAt, Instant? PublishedAt, int Shifts);

public sealed record ActivityView(string Activity, LocalDateTime Start, LocalDateTime End);

public sealed record ShiftView(string AgentId, string AgentName, LocalDate Date, LocalDateTime Start, LocalDateTime End, double PaidHours, IReadOnlyList<ActivityView> Activities);

/// <summary>A version's summary figures; money (labour cost) only for roles that may see costs.</summary>
public sealed record RosterFigures(string? Status, double? Objective, double? Bound, double PaidHours, double RequiredGrossAgentHours, double UnderCoveredAgentHours, decimal? LabourCost, string Currency);

public sealed record RosterVersionDetail(RosterVersionView Version, RosterFigures? Figures, IReadOnlyList<ShiftView> Shifts);

/// <summary>One interval of a channel: agents required (gross) and scheduled, and the service level projected for the roster against the channel's target.</summary>
public sealed record CoverageView(string Channel, LocalDateTime IntervalStart, double Required, double Scheduled, double? ProjectedServiceLevel, double? TargetServiceLevel);

/// <summary>A plan: the service's daily runs (database mode) and the runs of this server (the first plan of a folder, what-ifs).</summary>
public sealed record PlanRunView(string Id, string Kind, string Status, Instant StartedAt, Instant? FinishedAt, double? Objective, double? Bound, string? Error, long? RosterVersionId);

/// <summary>A progress report of a running plan: the best roster's objective and the bound (cents), seconds since the run started.</summary>
public sealed record RunProgressView(string Stage, double ElapsedSeconds, double? Objective, double? Bound);

/// <summary>What a what-if produced: the draft, the version it was planned against, both rosters' figures, and what changed.</summary>
public sealed record WhatIfResultView(
    long DraftVersionId,
    long? BaseVersionId,
    RosterFigures Draft,
    RosterFigures? Base,
    IReadOnlyList<Core.Planning.ShiftChange> ChangedShifts,
    IReadOnlyList<Core.Planning.CoverageChange> Coverage,
    IReadOnlyList<string> Notes);
