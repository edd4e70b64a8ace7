using Workforce.Core.Capacity;

namespace Workforce.Core.Pricing;

/// <summary>
/// The attrition a bid must pay for, taken from the capacity plan rather than typed in: the plan's
/// expected leavers over its horizon as a monthly rate (a month is 52/12 weeks), and its cost of
/// replacing one (recruitment, plus the trainer's share and the wages through training).
/// </summary>
public static class CapacityAttrition
{
    public static AttritionCost From(CapacityPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var months = plan.Problem.Weeks * 12m / 52m;
        var leaversPerMonth = (decimal)plan.Costs.ExpectedLeavers / months;
        var recruitment = plan.Problem.Costs.RecruitmentPerHire;
        var training = Math.Max(0m, plan.Costs.CostPerReplacement - recruitment);
        return new AttritionCost(leaversPerMonth, recruitment, training);
    }
}
