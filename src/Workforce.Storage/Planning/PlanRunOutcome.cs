using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Staffing;

namespace Workforce.Storage.Planning;

/// <summary>What a completed run writes: the requirements, and the roster when the run has one.</summary>
/// <param name="ForecastVersionId">The forecast version it planned on.</param>
/// <param name="Requirements">Agents needed per interval and channel.</param>
/// <param name="Roster">The roster report, or null for a staffing-only site.</param>
/// <param name="WeekStart">The planning week the roster is for.</param>
public sealed record PlanRunOutcome(long ForecastVersionId, IReadOnlyList<IntervalRequirement> Requirements, RosterReport? Roster, NodaTime.LocalDate WeekStart);
