using Workforce.Core.Forecasting;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Staffing;

namespace Workforce.Storage.Planning;

/// <summary>What a completed run writes: the requirements, and the roster when the run has one.</summary>
/// <param name="ForecastVersionId">The stored forecast version it planned on (when it did not re-forecast).</param>
/// <param name="Requirements">Agents needed per interval and channel.</param>
/// <param name="Roster">The roster report, or null for a staffing-only site.</param>
/// <param name="WeekStart">The planning week the roster is for.</param>
public sealed record PlanRunOutcome(long ForecastVersionId, IReadOnlyList<IntervalRequirement> Requirements, RosterReport? Roster, NodaTime.LocalDate WeekStart)
{
    /// <summary>
    /// The forecast the run made from actuals, or null when it planned on <see cref="ForecastVersionId"/>. It is
    /// stored as a new version of the site's forecast (unless equal to the current one) in the run's transaction,
    /// and the run refers to it.
    /// </summary>
    public IReadOnlyList<ForecastInterval>? Reforecast { get; init; }

    /// <summary>The re-forecast's P10, P80 and P90, aligned with <see cref="Reforecast"/>, stored with it; none when not given.</summary>
    public ForecastQuantiles ReforecastQuantiles { get; init; } = ForecastQuantiles.None;
}
