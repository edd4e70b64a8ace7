using Workforce.Core.Capacity;
using Workforce.Core.Forecasting;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;

namespace Workforce.Core.Planning;

/// <summary>
/// What <see cref="PlanPipeline"/> plans: a site with either its forecast or the history to forecast
/// from, the staffing quantile, and the optional parts (agents to roster, pricing terms, a capacity plan).
/// </summary>
/// <param name="Site">The site.</param>
/// <param name="Forecast">The forecast, already at <paramref name="StaffingQuantile"/>; null when <paramref name="History"/> is given.</param>
/// <param name="History">History to forecast from (method auto over the site's week); used only when <paramref name="Forecast"/> is null.</param>
/// <param name="StaffingQuantile">The forecast quantile to staff for.</param>
/// <remarks>Build it with <see cref="ForForecast"/> or <see cref="ForHistory"/>.</remarks>
public sealed record PlanRequest(Site Site, IReadOnlyList<ForecastInterval>? Forecast, PlanHistory? History, StaffingQuantile StaffingQuantile)
{
    /// <summary>The agents and their rules; null plans staffing only.</summary>
    public RosterInputs? Roster { get; init; }

    /// <summary>The bid's terms; used only with a roster to cost.</summary>
    public PricingTerms? Pricing { get; init; }

    /// <summary>The capacity inputs and their horizon; null plans no head-count.</summary>
    public PlanCapacity? Capacity { get; init; }

    /// <summary>Time limits, threads and seeds.</summary>
    public PlanSettings Settings { get; init; } = PlanSettings.Default;

    /// <summary>A site with its forecast (already at <paramref name="quantile"/>).</summary>
    public static PlanRequest ForForecast(Scenario scenario, StaffingQuantile quantile)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new PlanRequest(scenario.Site, scenario.Forecast, null, quantile);
    }

    /// <summary>A site with the history to forecast from.</summary>
    public static PlanRequest ForHistory(Site site, PlanHistory history, StaffingQuantile quantile)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new PlanRequest(site, null, history, quantile);
    }
}

/// <summary>A site's contact history, to forecast the planning week from.</summary>
/// <param name="Rows">Volume and AHT per interval and channel.</param>
/// <param name="Source">Where it came from (a file name), to name in input errors.</param>
public sealed record PlanHistory(IReadOnlyList<ForecastInterval> Rows, string Source);

/// <summary>The capacity inputs of a plan.</summary>
/// <param name="Inputs">
/// The inputs; their <see cref="CapacityInputs.Scenario"/> is replaced by the scenario as planned (the
/// forecast made from history, when the request had no forecast).
/// </param>
/// <param name="Weeks">Weeks to plan.</param>
/// <param name="WeeklyForecastSource">The weekly forecast file, to name when a week of the horizon has no forecast.</param>
public sealed record PlanCapacity(CapacityInputs Inputs, int Weeks, string WeeklyForecastSource)
{
    /// <summary>
    /// A scheduling efficiency an earlier roster measured, which wins over the capacity settings' and the
    /// default; a roster made by the same plan wins over it.
    /// </summary>
    public MeasuredEfficiency? MeasuredEfficiency { get; init; }
}

/// <summary>A scheduling efficiency a roster achieved, and which roster (for the capacity plan's report).</summary>
/// <param name="Value">Productive share of paid hours, in (0, 1].</param>
/// <param name="Source">The roster it was measured on, in a planner's words.</param>
public sealed record MeasuredEfficiency(double Value, string Source);

/// <summary>How to run a plan.</summary>
/// <param name="Roster">
/// The roster line's settings. Its <see cref="RosterRunSettings.TimeLeft"/> is the caller's whole budget;
/// the pipeline keeps <see cref="PlanPipeline.PricingReserve"/> and <paramref name="CapacityTimeLimit"/>
/// out of it for the stages after the roster.
/// </param>
/// <param name="CapacityTimeLimit">The hiring optimiser's limit.</param>
/// <param name="CapacitySeed">The Monte Carlo band's seed.</param>
public sealed record PlanSettings(RosterRunSettings Roster, TimeSpan CapacityTimeLimit, int CapacitySeed)
{
    /// <summary>
    /// The capacity plan's share of a run whose whole limit is <paramref name="limit"/> and which plans capacity
    /// after its roster: a fifth of the limit, at most the capacity optimiser's own default
    /// (<see cref="CapacityPlanSettings.Default"/>).
    /// </summary>
    public static TimeSpan CapacityShare(TimeSpan limit) => TimeSpan.FromTicks(Math.Min(CapacityPlanSettings.Default.TimeLimit.Ticks, limit.Ticks / 5));

    /// <summary>A minute of search on two threads, seed 1, the capacity optimiser's default limit.</summary>
    public static PlanSettings Default { get; } = new(
        new RosterRunSettings(new Rostering.Solving.RosterSolverSettings(TimeSpan.FromSeconds(60), 2, 1, null)),
        CapacityPlanSettings.Default.TimeLimit,
        CapacityPlanSettings.Default.Seed);
}
