using Workforce.Core.Capacity;
using Workforce.Core.Pricing;
using Workforce.Core.Tests.Capacity;

namespace Workforce.Core.Tests.Pricing;

public class CapacityAttritionTests
{
    [Fact]
    public void Leavers_and_replacement_cost_come_from_the_capacity_plan()
    {
        // 100 established agents at 2.5 % a month for 26 weeks, no hires.
        var problem = TinyCapacity.Problem(TinyCapacity.Flat(26, 90), [new AgentCohort("phone", AgentCohort.EstablishedWeeks, 1, 100)]);
        var plan = CapacityPlanner.Evaluate(problem, new HiringDecision(TinyCapacity.OneClass(26, 0, 0), "Given", 0, 0, 0), new CapacityPlanSettings(TimeSpan.FromSeconds(1), 10, 1));

        var attrition = CapacityAttrition.From(plan);

        Assert.Equal((decimal)plan.Costs.ExpectedLeavers / 6m, attrition.LeaversPerMonth);
        Assert.Equal(1000m, attrition.RecruitmentCostPerLeaver);
        Assert.Equal(plan.Costs.CostPerReplacement, attrition.CostPerLeaver);
        Assert.InRange(attrition.LeaversPerMonth, 2.3m, 2.5m);
    }
}
