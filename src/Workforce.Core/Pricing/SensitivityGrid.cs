using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Staffing;

namespace Workforce.Core.Pricing;

/// <summary>One billing model's margin in one cell of the sensitivity grid.</summary>
public sealed record ModelMargin(BillingModel Model, decimal Revenue, decimal Margin);

/// <summary>
/// One what-if: volume, AHT and attrition moved from the forecast's and the plan's, with the prices
/// kept as quoted. <see cref="Margins"/> shows what each billing model then earns.
/// </summary>
/// <param name="VolumeChange">−0.2 = volume 20 % below the forecast.</param>
/// <param name="AhtChange">+0.1 = handle time 10 % above the forecast.</param>
/// <param name="AttritionChange">+0.5 = half as many leavers again.</param>
/// <param name="PaidHoursFactor">Paid hours (and head-count, seats) relative to the base roster.</param>
public sealed record SensitivityCell(
    double VolumeChange,
    double AhtChange,
    double AttritionChange,
    decimal PaidHoursFactor,
    decimal MonthlyCost,
    IReadOnlyList<ModelMargin> Margins)
{
    public bool IsBase => VolumeChange == 0 && AhtChange == 0 && AttritionChange == 0;

    public decimal MarginOf(BillingModel model) => Margins.Single(m => m.Model == model).Margin;
}

/// <summary>
/// The sensitivity grid: volume ±10/20 %, AHT ±10 %, attrition ±50 %. The base cell is the real
/// roster. Other cells are not re-rostered (minutes each): staffing is re-run on the moved forecast and
/// the roster is scaled by the change in required agent-hours, which keeps the base roster's
/// paid-to-required ratio; per interval, the agents on each measured live channel move with that
/// interval's requirement, so the performance fee is simulated on a re-staffed week. Head-count above
/// the base roster's is hired, its recruitment and training spread over the contract term.
/// </summary>
public static class SensitivityGrid
{
    public static IReadOnlyList<double> VolumeChanges { get; } = [-0.2, -0.1, 0, 0.1, 0.2];

    public static IReadOnlyList<double> AhtChanges { get; } = [-0.1, 0, 0.1];

    public static IReadOnlyList<double> AttritionChanges { get; } = [-0.5, 0, 0.5];

    public static IReadOnlyList<SensitivityCell> Build(PricingRoster roster, PricingTerms terms, WeeklyLabour baseWeek, IReadOnlyList<ModelPrice> prices)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(baseWeek);
        ArgumentNullException.ThrowIfNull(prices);
        var site = roster.Site;
        var baseRequirements = StaffingPlanner.Staff(site, roster.Forecast);
        var baseRequired = RequiredAgentHours(baseRequirements, site.IntervalLength);
        var baseScheduled = ScheduledByInterval(baseRequirements);
        var cells = new List<SensitivityCell>();
        foreach (var volumeChange in VolumeChanges)
        {
            foreach (var ahtChange in AhtChanges)
            {
                var isBaseForecast = volumeChange == 0 && ahtChange == 0;
                var forecast = isBaseForecast ? roster.Forecast : Moved(roster.Forecast, volumeChange, ahtChange);
                var requirements = isBaseForecast ? baseRequirements : StaffingPlanner.Staff(site, forecast);
                var factor = isBaseForecast || baseRequired == 0 ? 1 : RequiredAgentHours(requirements, site.IntervalLength) / baseRequired;
                var scheduled = ScheduledByInterval(requirements);
                var week = baseWeek.Scale(factor);
                var workload = ChannelWorkload.Of(forecast, terms.Rates.BillableShareOfAht);
                var moved = roster with { Forecast = forecast };
                var fees = PerformanceFeeSimulation.Simulate(
                    ServiceWeeks.From(moved, terms.Performance.Channels, (channel, start) => AgentScale(baseScheduled, scheduled, channel, start)),
                    terms.Performance);
                foreach (var attritionChange in AttritionChanges)
                {
                    var cost = MonthlyCostModel.Compute(
                        week,
                        workload,
                        site.Shrinkage.UnplannedFraction,
                        terms.Rates,
                        (1 + (decimal)attritionChange) * factor,
                        Math.Max(0, week.HeadCount - baseWeek.HeadCount),
                        terms.ContractMonths);
                    cells.Add(new SensitivityCell(volumeChange, ahtChange, attritionChange, factor, cost.Total, MarginsAt(prices, cost, workload, fees, terms)));
                }
            }
        }

        return cells;
    }

    /// <summary>Revenue at the quoted prices and the cell's units, and the margin it earns on the cell's cost.</summary>
    private static List<ModelMargin> MarginsAt(IReadOnlyList<ModelPrice> prices, MonthlyCost cost, IReadOnlyList<ChannelWorkload> workload, FeeDistribution fees, PricingTerms terms)
    {
        var monthly = MonthlyCostModel.WeeksPerMonth * MonthlyCostModel.OpenShare(terms.Rates.Holidays);
        decimal Price(BillingModel model) => prices.Single(p => p.Model == model).UnitPrice;
        var perContact = workload.Sum(w => (prices.FirstOrDefault(p => p.Model == BillingModel.PerContact && p.ChannelId == w.ChannelId)?.UnitPrice ?? 0) * w.Volume * monthly);
        var revenues = new Dictionary<BillingModel, decimal>
        {
            [BillingModel.PerProductiveHour] = Price(BillingModel.PerProductiveHour) * cost.ProductiveHours,
            [BillingModel.PerBillableMinute] = Price(BillingModel.PerBillableMinute) * workload.Sum(w => w.BillableMinutes) * monthly,
            [BillingModel.PerContact] = perContact,
            [BillingModel.FixedMonthlyFee] = Price(BillingModel.FixedMonthlyFee),
            [BillingModel.PerformanceBased] = Price(BillingModel.PerformanceBased) * fees.ExpectedFactor,
        };
        return [.. BillingModels.All.Select(m => new ModelMargin(m, revenues[m], ProfitTarget.MarginEarned(revenues[m], cost.Total)))];
    }

    private static List<ForecastInterval> Moved(IReadOnlyList<ForecastInterval> forecast, double volumeChange, double ahtChange) =>
        [.. forecast.Select(f => f with { Volume = f.Volume * (1 + volumeChange), AhtSeconds = f.AhtSeconds * (1 + ahtChange) })];

    private static decimal RequiredAgentHours(IReadOnlyList<IntervalRequirement> requirements, Duration interval) =>
        requirements.Sum(r => (decimal)r.ScheduledAgents) * (decimal)interval.TotalHours;

    private static Dictionary<(string, Instant), int> ScheduledByInterval(IReadOnlyList<IntervalRequirement> requirements) =>
        requirements.ToDictionary(r => (r.ChannelId, r.Start.ToInstant()), r => r.ScheduledAgents);

    /// <summary>The interval's requirement relative to the base; where the base asked for nobody, the roster stays as it is.</summary>
    private static double AgentScale(Dictionary<(string, Instant), int> baseScheduled, Dictionary<(string, Instant), int> scheduled, string channel, Instant start) =>
        baseScheduled.TryGetValue((channel, start), out var before) && before > 0 && scheduled.TryGetValue((channel, start), out var after)
            ? after / (double)before
            : 1;
}
