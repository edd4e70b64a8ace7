using System.Diagnostics;
using System.Globalization;
using Workforce.Core.Capacity;
using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;

namespace Workforce.Core.Planning;

/// <summary>
/// The whole plan as one call, for every door (CLI, service, web app, tests): forecast (when the
/// request has history and no forecast) → staffing at the request's quantile, once → roster
/// (<see cref="RosterPipeline"/>, with agents) → capacity (with the roster's measured scheduling
/// efficiency) → prices (with the capacity plan's attrition and the forecast's own day-level error).
/// </summary>
/// <remarks>
/// Progress (stages and the search's figures) goes to the <see cref="IProgress{T}"/>; what a planner
/// should read about how the figures were chosen comes back as <see cref="PlanResult.Notes"/>. When the
/// roster ends without a roster, the plan stops there: no capacity plan, no prices. Bad input that only
/// shows once the forecast is made (history too short or too old, a capacity week without demand) throws
/// <see cref="PlanInputException"/> before the roster is searched.
/// </remarks>
public sealed class PlanPipeline(IRosterSolver rosterSolver, IHiringSolver hiringSolver)
{
    /// <summary>
    /// Time kept out of the roster search for pricing the roster after it is found (the price table, the
    /// performance fee's simulated months and the sensitivity grid): pricing the 128-agent sample took
    /// 1.75–2.0 s in all (start-up and reading included, load 0.9), so 2.5 s.
    /// </summary>
    public static TimeSpan PricingReserve { get; } = TimeSpan.FromSeconds(2.5);

    private readonly IRosterSolver _rosterSolver = rosterSolver ?? throw new ArgumentNullException(nameof(rosterSolver));
    private readonly IHiringSolver _hiringSolver = hiringSolver ?? throw new ArgumentNullException(nameof(hiringSolver));

    public PlanResult Run(PlanRequest request, IProgress<RosterProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var (scenario, forecasts, forecastNotes) = Demand(request);
        var notes = forecastNotes.ToList();
        var capacity = request.Capacity is { } asked ? asked with { Inputs = asked.Inputs with { Scenario = scenario } } : null;

        if (request.Roster is not null)
        {
            Stage(progress, clock, "staffing and checking each agent's rules");
        }

        var requirements = StaffingPlanner.Staff(scenario.Site, scenario.Forecast);
        var roster = request.Roster is { } agents
            ? RosterPipeline.Run(scenario, agents, requirements, _rosterSolver, RosterSettings(request), progress, cancellationToken)
            : null;
        if (roster is { Report: null })
        {
            return new PlanResult(scenario, forecasts, requirements, roster, null, null, null, notes);
        }

        var capacityPlan = capacity is null ? null : PlanCapacity(capacity, request.Settings, roster?.Report, progress, clock, notes);
        PriceSheet? prices = null;
        PricingTerms? terms = null;
        if (roster?.Report is { } report && request.Pricing is { } given)
        {
            terms = WithForecastError(WithPlannedAttrition(given, capacityPlan?.Plan, notes), forecasts, notes);
            prices = BidPricer.Price(PricingRoster.From(scenario, request.Roster!, report), terms);
        }

        return new PlanResult(scenario, forecasts, requirements, roster, capacityPlan, prices, terms, notes);
    }

    /// <summary>
    /// The plan's first stage alone: the scenario at the request's quantile, forecast from history (method
    /// auto over the site's week) when the request has no forecast, and checked to cover the capacity
    /// horizon when the request has capacity inputs. For doors that need only the demand.
    /// </summary>
    public static PlanDemand Demand(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Forecast is { } forecast)
        {
            return Checked(new PlanDemand(new Scenario(request.Site, forecast), null, []), request.Capacity);
        }

        var history = request.History ?? throw new ArgumentException("a plan needs a forecast or a history", nameof(request));
        IReadOnlyList<ChannelForecast> forecasts;
        try
        {
            forecasts = SiteForecast.FromHistory(history.Rows, SiteForecast.Request(request.Site, request.Site.WeekStart, RosterHorizon.Days));
        }
        catch (ForecastInputException ex)
        {
            throw new PlanInputException(new InputError(history.Source, null, null, ex.Message));
        }

        return Checked(new PlanDemand(new Scenario(request.Site, SiteForecast.At(request.Site, forecasts, request.StaffingQuantile)), forecasts, [.. SiteForecast.LeftOutLines(forecasts)]), request.Capacity);
    }

    /// <summary>The demand, once the capacity horizon (if any) is checked to have a forecast in every week (the forecast may be new).</summary>
    private static PlanDemand Checked(PlanDemand demand, PlanCapacity? capacity) =>
        capacity is not null && CapacityDemandCheck.FirstGap(capacity.Inputs with { Scenario = demand.Scenario }, capacity.Weeks, capacity.WeeklyForecastSource) is { } gap
            ? throw new PlanInputException(gap)
            : demand;

    /// <summary>The roster's settings, with the time the later stages need kept out of its budget.</summary>
    private static RosterRunSettings RosterSettings(PlanRequest request)
    {
        var settings = request.Settings.Roster;
        var afterRoster = (request.Pricing is null ? TimeSpan.Zero : PricingReserve) + (request.Capacity is null ? TimeSpan.Zero : request.Settings.CapacityTimeLimit);
        return settings.TimeLeft is { } timeLeft && afterRoster > TimeSpan.Zero ? settings with { TimeLeft = () => timeLeft() - afterRoster } : settings;
    }

    private PlanCapacityResult PlanCapacity(PlanCapacity capacity, PlanSettings settings, RosterReport? roster, IProgress<RosterProgress>? progress, Stopwatch clock, List<string> notes)
    {
        var measured = MeasuredEfficiency(roster, capacity.Inputs.Scenario.Site.Shrinkage.PlannedFraction) is { } own
            ? new MeasuredEfficiency(own, "this run's roster")
            : capacity.MeasuredEfficiency;
        var source = measured?.Source ?? (capacity.Inputs.Settings.SchedulingEfficiency is not null ? "capacity.json" : "default");
        var problem = CapacityProblemBuilder.Build(capacity.Inputs, capacity.Weeks, measured?.Value);
        notes.Add(CapacityNote(problem, source));
        Stage(progress, clock, "capacity: hiring model and Monte Carlo band");
        var plan = CapacityPlanner.Plan(problem, _hiringSolver, new CapacityPlanSettings(settings.CapacityTimeLimit, capacity.Inputs.Settings.MonteCarloRuns, settings.CapacitySeed));
        Stage(progress, clock, $"capacity: plan {plan.Decision.Status.ToLowerInvariant()}");
        return new PlanCapacityResult(plan, source);
    }

    /// <summary>What a capacity plan is about to plan, and where its scheduling efficiency comes from.</summary>
    private static string CapacityNote(CapacityProblem problem, string efficiencySource) => string.Create(
        CultureInfo.InvariantCulture,
        $"Planning capacity over {problem.Weeks} weeks, {problem.Skills.Count} skills, {problem.CandidateStarts.Count} possible class weeks (scheduling efficiency {problem.Requirements.Conversion.SchedulingEfficiency:0.###}, {efficiencySource})");

    /// <summary>The scheduling efficiency a roster achieved, which the capacity plan then uses; null without a roster.</summary>
    private static double? MeasuredEfficiency(RosterReport? report, double plannedFraction) =>
        report?.Summary is { PaidHours: > 0 } s && s.RequiredGrossAgentHours > s.UnderCoverageAgentHours
            ? FteConversion.EfficiencyFromRoster(s.RequiredGrossAgentHours, s.UnderCoverageAgentHours, s.PaidHours, plannedFraction)
            : null;

    /// <summary>With a capacity plan, the bid pays for the attrition the plan expects, not the figure in the terms.</summary>
    private static PricingTerms WithPlannedAttrition(PricingTerms terms, CapacityPlan? plan, List<string> notes)
    {
        if (plan is null)
        {
            return terms;
        }

        var attrition = CapacityAttrition.From(plan);
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"Pricing attrition from the capacity plan: {attrition.LeaversPerMonth:0.##} leavers a month at {attrition.CostPerLeaver:0.##} each"));
        return terms with { Rates = terms.Rates with { Attrition = attrition } };
    }

    /// <summary>When the pipeline made the forecast, the performance fee draws days from its own error, not the figure in the terms.</summary>
    private static PricingTerms WithForecastError(PricingTerms terms, IReadOnlyList<ChannelForecast>? forecasts, List<string> notes)
    {
        if (forecasts is null)
        {
            return terms;
        }

        var cv = ForecastVolumeError.DailyCv(forecasts);
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"Performance fee: day-level volume error from the forecast, CV {cv:0.###}"));
        return terms with { Performance = terms.Performance with { DailyVolumeCv = cv } };
    }

    private static void Stage(IProgress<RosterProgress>? progress, Stopwatch clock, string stage) =>
        progress?.Report(new RosterProgress(clock.Elapsed.TotalSeconds, double.NaN, double.NaN) { Stage = stage });
}

/// <summary>The demand a plan staffs for: the scenario at the staffing quantile, the forecasts made from history (or null), and notes on them.</summary>
public sealed record PlanDemand(Scenario Scenario, IReadOnlyList<ChannelForecast>? Forecasts, IReadOnlyList<string> Notes);

/// <summary>What a plan produced.</summary>
/// <param name="Scenario">The site and the forecast as planned (at the request's staffing quantile).</param>
/// <param name="Forecasts">The forecasts the pipeline made from history, with their quantiles and backtests; null when the request had a forecast.</param>
/// <param name="Requirements">Staffing per interval and channel, computed once.</param>
/// <param name="Roster">The roster line's result; null without agents. Without a report, the plan stopped there.</param>
/// <param name="Capacity">The capacity plan and its efficiency source; null without capacity inputs.</param>
/// <param name="Prices">The bid's prices; null without pricing terms or a roster.</param>
/// <param name="PricingTerms">The terms the prices used, after the capacity plan's attrition and the forecast's error replaced the given figures.</param>
/// <param name="Notes">Lines for the planner about how figures were chosen, in the order they arose.</param>
public sealed record PlanResult(
    Scenario Scenario,
    IReadOnlyList<ChannelForecast>? Forecasts,
    IReadOnlyList<IntervalRequirement> Requirements,
    RosterPipelineResult? Roster,
    PlanCapacityResult? Capacity,
    PriceSheet? Prices,
    PricingTerms? PricingTerms,
    IReadOnlyList<string> Notes);

/// <summary>A capacity plan and where its scheduling efficiency came from (<c>this run's roster</c>, <c>capacity.json</c> or <c>default</c>).</summary>
public sealed record PlanCapacityResult(CapacityPlan Plan, string EfficiencySource);

/// <summary>Bad input that shows only while planning (a history too short to forecast, a capacity week without demand).</summary>
public sealed class PlanInputException(InputError error) : Exception(error?.ToString())
{
    public InputError Error { get; } = error ?? throw new ArgumentNullException(nameof(error));
}
