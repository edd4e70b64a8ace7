using Workforce.Core.Staffing.Deferred;

namespace Workforce.Core.Tests.Staffing.Deferred;

public class DeferredSimulationTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Staffing_one_agent_fewer_than_planned_in_a_tight_interval_leaves_items_late()
    {
        // In the worked example the 09:00 items are due by 11:00 and the plan finishes them at exactly
        // 11:00; one agent fewer at 10:30 pushes the last 4 of them past it, and the queue never catches up.
        var workload = HandWorkedExampleTests.Example();
        var agents = DeferredBacklog.Plan(workload).Agents.ToArray();
        agents[5]--;

        var outcome = DeferredBacklog.Simulate(workload, agents);

        Assert.Equal(2.0 / 3, outcome.FractionWithinWindow[2], Tolerance);
        Assert.Equal(6, outcome.ItemsLate, Tolerance);
        Assert.True(outcome.MaxItemAgeSeconds > workload.ResponseWindow.TotalSeconds);
    }

    [Fact]
    public void Items_left_at_the_horizon_end_are_unfinished_and_late()
    {
        var workload = HandWorkedExampleTests.Example();
        var agents = DeferredBacklog.Plan(workload).Agents.ToArray();
        agents[5]--;

        var outcome = DeferredBacklog.Simulate(workload, agents);

        Assert.Equal(2, outcome.ItemsUnfinished, Tolerance);
        Assert.Equal(2, outcome.BacklogItemsAtEnd[^1], Tolerance);
    }

    [Fact]
    public void An_unfinished_item_counts_as_completing_at_the_horizon_end_in_the_mean()
    {
        // 11:00 arrivals: 4 items finished evenly over 11:30-12:00, 2 never; from 11:00 that is
        // (4 × 2700 s + 2 × 3600 s) ÷ 6.
        var workload = HandWorkedExampleTests.Example();
        var agents = DeferredBacklog.Plan(workload).Agents.ToArray();
        agents[5]--;

        var outcome = DeferredBacklog.Simulate(workload, agents);

        Assert.Equal(3000, outcome.MeanCompletionSeconds[6], Tolerance);
    }

    [Fact]
    public void Agents_cannot_work_items_that_have_not_arrived_yet()
    {
        var workload = Workload([0, 8], secondsPerItem: 360);

        var outcome = DeferredBacklog.Simulate(workload, [5, 0]);

        Assert.Equal([0.0, 8.0], outcome.BacklogItemsAtEnd);
        Assert.Equal(8, outcome.ItemsUnfinished, Tolerance);
    }

    [Fact]
    public void Backlog_is_counted_in_items_of_the_interval_they_arrived_in_whatever_their_handle_time()
    {
        // One agent does 1440 s a half-hour: half of the first interval's 4 long items, then the rest of them.
        var workload = new DeferredWorkload([4, 4], [720, 360], TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), 0.8);

        var outcome = DeferredBacklog.Simulate(workload, [1, 1]);

        Assert.Equal(2, outcome.BacklogItemsAtEnd[0], Tolerance);
        Assert.Equal(4, outcome.BacklogItemsAtEnd[1], Tolerance);
    }

    [Fact]
    public void An_interval_without_arrivals_reports_all_within_window_and_no_completion_time()
    {
        var outcome = DeferredBacklog.Simulate(Workload([4, 0], secondsPerItem: 360), [1, 0]);

        Assert.Equal(1, outcome.FractionWithinWindow[1]);
        Assert.Equal(0, outcome.MeanCompletionSeconds[1]);
    }

    [Fact]
    public void Capacity_is_spread_evenly_so_a_just_cleared_interval_averages_half_its_length()
    {
        var outcome = DeferredBacklog.Simulate(Workload([4], secondsPerItem: 360), [1]);

        Assert.Equal(900, outcome.MeanCompletionSeconds[0], Tolerance);
        Assert.Equal(1800, outcome.MaxItemAgeSeconds, Tolerance);
    }

    [Fact]
    public void Spare_capacity_stops_when_the_queue_empties()
    {
        var outcome = DeferredBacklog.Simulate(Workload([4], secondsPerItem: 360), [3]);

        Assert.Equal(4 * 360, outcome.WorkDoneSeconds[0], Tolerance);
        Assert.Equal(300, outcome.MeanCompletionSeconds[0], Tolerance);
    }

    [Fact]
    public void Items_within_a_window_that_is_not_a_whole_number_of_intervals_count_as_on_time()
    {
        // 100 min window on half-hours: planning allows 3 intervals (90 min), but an item finished at
        // 95 min is still within the window the customer was promised.
        var workload = new DeferredWorkload([8, 0, 0, 0], [360, 360, 360, 360], TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(100), 0.8);

        var outcome = DeferredBacklog.Simulate(workload, [1, 0, 0, 1]);

        // 4 items finished over 00:00-00:30, the other 4 evenly over 01:30-02:00: on time until 01:40.
        Assert.Equal(4.0 / 8 + (4.0 / 8 / 3), outcome.FractionWithinWindow[0], Tolerance);
    }

    private static DeferredWorkload Workload(double[] volumes, double secondsPerItem) => new(
        volumes,
        Enumerable.Repeat(secondsPerItem, volumes.Length).ToArray(),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        0.8);
}
