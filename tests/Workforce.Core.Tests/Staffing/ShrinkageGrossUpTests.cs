using Workforce.Core.Staffing;

namespace Workforce.Core.Tests.Staffing;

public class ShrinkageGrossUpTests
{
    [Theory]
    [InlineData(14, 0.3, 20)]
    [InlineData(15, 0.3, 22)]
    [InlineData(10, 0.0, 10)]
    [InlineData(0, 0.5, 0)]
    [InlineData(13, 0.3, 19)]
    public void Scheduled_agents_are_required_agents_grossed_up_and_rounded_up(int required, double shrinkage, int expected)
    {
        Assert.Equal(expected, ShrinkageGrossUp.ScheduledAgents(required, shrinkage));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Shrinkage_of_one_or_outside_the_unit_interval_is_refused(double shrinkage)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShrinkageGrossUp.ScheduledAgents(10, shrinkage));
    }
}
