using Workforce.Core.Staffing.Deferred;

namespace Workforce.Core.Tests.Staffing.Deferred;

public class DeferredValidationTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    private static DeferredWorkload Valid() => new([4, 0, 8], [360, 0, 360], HalfHour, TimeSpan.FromHours(2), 0.8);

    [Fact]
    public void Volumes_and_handle_times_of_different_lengths_are_rejected()
    {
        var workload = Valid() with { AhtSeconds = [360, 360] };

        var error = Assert.Throws<ArgumentException>(() => DeferredBacklog.Plan(workload));
        Assert.Equal("workload", error.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_non_finite_volume_is_rejected(double volume)
    {
        var workload = Valid() with { Volumes = [4, volume, 8] };

        Assert.Throws<ArgumentOutOfRangeException>(() => DeferredBacklog.Plan(workload));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-360)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_handle_time_that_is_not_positive_and_finite_is_rejected_where_items_arrive(double ahtSeconds)
    {
        var workload = Valid() with { AhtSeconds = [ahtSeconds, 0, 360] };

        Assert.Throws<ArgumentOutOfRangeException>(() => DeferredBacklog.Plan(workload));
    }

    [Fact]
    public void The_handle_time_of_an_interval_without_items_is_ignored()
    {
        var workload = Valid() with { AhtSeconds = [360, double.NaN, 360] };

        var plan = DeferredBacklog.Plan(workload);

        Assert.Equal(0, plan.Outcome.ItemsLate, 1e-9);
    }

    [Fact]
    public void A_window_shorter_than_one_interval_is_rejected()
    {
        var workload = Valid() with { ResponseWindow = TimeSpan.FromMinutes(29) };

        Assert.Throws<ArgumentOutOfRangeException>(() => DeferredBacklog.Plan(workload));
    }

    [Fact]
    public void An_interval_length_that_is_not_positive_is_rejected()
    {
        var workload = Valid() with { IntervalLength = TimeSpan.Zero };

        Assert.Throws<ArgumentOutOfRangeException>(() => DeferredBacklog.Plan(workload));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void An_occupancy_outside_zero_to_one_is_rejected(double maxOccupancy)
    {
        var workload = Valid() with { MaxOccupancy = maxOccupancy };

        Assert.Throws<ArgumentOutOfRangeException>(() => DeferredBacklog.Plan(workload));
    }

    [Fact]
    public void Simulating_a_staffing_series_of_the_wrong_length_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => DeferredBacklog.Simulate(Valid(), [1, 1]));
        Assert.Equal("agents", error.ParamName);
    }

    [Fact]
    public void Simulating_negative_agents_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeferredBacklog.Simulate(Valid(), [1, -1, 1]));
    }

    [Fact]
    public void A_missing_workload_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => DeferredBacklog.Plan(null!));
    }

    [Fact]
    public void An_empty_horizon_plans_nothing()
    {
        var plan = DeferredBacklog.Plan(new DeferredWorkload([], [], HalfHour, TimeSpan.FromHours(2), 0.8));

        Assert.Empty(plan.Agents);
        Assert.Equal(0, plan.Outcome.ItemsLate);
    }
}
