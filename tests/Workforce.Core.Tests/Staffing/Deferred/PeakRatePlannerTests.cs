using Workforce.Core.Staffing.Deferred;

namespace Workforce.Core.Tests.Staffing.Deferred;

public class PeakRatePlannerTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Fact]
    public void A_rate_worth_exactly_a_whole_number_of_agents_staffs_that_number()
    {
        Assert.Equal(2, PeakRatePlanner.AgentsFor(2880, 1440));
        Assert.Equal(2, PeakRatePlanner.AgentsFor(2880 * (1 + 1e-13), 1440));
    }

    [Fact]
    public void A_rate_just_over_a_whole_number_of_agents_staffs_one_more()
    {
        Assert.Equal(3, PeakRatePlanner.AgentsFor(2880.01, 1440));
    }

    [Fact]
    public void No_arrivals_staff_no_agents()
    {
        var plan = DeferredBacklog.Plan(Workload([0, 0, 0], HalfHour, TimeSpan.FromHours(2)));

        Assert.Equal([0, 0, 0], plan.Agents);
    }

    [Fact]
    public void Items_whose_window_runs_past_the_horizon_are_done_by_its_end()
    {
        var plan = DeferredBacklog.Plan(Workload([0, 0, 0, 8], HalfHour, TimeSpan.FromHours(2)));

        Assert.Equal([0, 0, 0, 2], plan.Agents);
    }

    [Fact]
    public void A_window_that_is_not_a_whole_number_of_intervals_is_planned_on_the_whole_intervals_it_contains()
    {
        // 100 min on half-hours is 3 intervals: 16 items need 16 ÷ 3 items a half-hour at first, not 16 ÷ 4.
        var plan = DeferredBacklog.Plan(Workload([16, 0, 0, 0], HalfHour, TimeSpan.FromMinutes(100)));

        Assert.Equal([2, 1, 1, 0], plan.Agents);
    }

    [Fact]
    public void A_spike_s_work_is_spread_evenly_across_its_window()
    {
        var plan = DeferredBacklog.Plan(Workload([48, 0, 0, 0, 0, 0], HalfHour, TimeSpan.FromHours(2)));

        Assert.Equal([3, 3, 3, 3, 0, 0], plan.Agents);
    }

    [Fact]
    public void Known_later_work_brings_the_current_backlog_forward_to_lower_the_peak()
    {
        // 24 items at 08:00 and 24 at 08:30, each with a 1 h window. Working the first batch at the
        // pace it alone needs (12 a half-hour, 3 agents) leaves 36 items for the next hour (5 agents);
        // the rule works 16 a half-hour throughout.
        var plan = DeferredBacklog.Plan(Workload([24, 24, 0, 0, 0], HalfHour, TimeSpan.FromHours(1)));

        Assert.Equal([4, 4, 4, 0, 0], plan.Agents);
    }

    [Fact]
    public void A_plan_asks_for_no_more_agents_than_the_backlog_present_can_occupy()
    {
        // The 40 items at 08:30 argue for (4 + 40) ÷ 4 = 11 items a half-hour from 08:00 (3 agents),
        // but only 4 items are there to work.
        var plan = DeferredBacklog.Plan(Workload([4, 40, 0, 0, 0, 0], HalfHour, TimeSpan.FromHours(1.5)));

        Assert.Equal(1, plan.Agents[0]);
    }

    private static DeferredWorkload Workload(double[] volumes, TimeSpan interval, TimeSpan window) => new(
        volumes,
        Enumerable.Repeat(360.0, volumes.Length).ToArray(),
        interval,
        window,
        0.8);
}
