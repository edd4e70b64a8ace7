using Workforce.Core.Staffing.Deferred;

namespace Workforce.Core.Tests.Staffing.Deferred;

/// <summary>
/// The worked example of docs/staffing.md, "Deferred work": eight half-hours from 08:00, a 2 h
/// window (w = 4), 360 s per item and 80 % occupancy, so one agent finishes exactly 4 items a
/// half-hour. The numbers below are the rows of that table; change one only with the other.
/// </summary>
public class HandWorkedExampleTests
{
    private const double SecondsPerItem = 360;
    private const double Tolerance = 1e-9;

    public static DeferredWorkload Example() => new(
        [8, 40, 12, 4, 0, 0, 6, 0],
        Enumerable.Repeat(SecondsPerItem, 8).ToArray(),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        0.8);

    [Fact]
    public void The_peak_rate_of_each_interval_matches_the_table()
    {
        double[] peakRateItems = [10, 10.4, 10, 28.0 / 3, 8, 8, 5, 2];

        var steps = PeakRatePlanner.Plan(DeferredWorkCurve.From(Example()));

        AssertItems(peakRateItems, steps.Select(s => s.PeakRateSeconds));
    }

    [Fact]
    public void The_backlog_present_at_each_interval_start_matches_the_table()
    {
        double[] presentItems = [8, 40, 40, 32, 20, 12, 10, 2];

        var steps = PeakRatePlanner.Plan(DeferredWorkCurve.From(Example()));

        AssertItems(presentItems, steps.Select(s => s.BacklogPresentSeconds));
    }

    [Fact]
    public void The_planned_agents_match_the_table()
    {
        var plan = DeferredBacklog.Plan(Example());

        Assert.Equal([2, 3, 3, 3, 2, 2, 2, 1], plan.Agents);
    }

    [Fact]
    public void The_work_done_in_each_interval_matches_the_table()
    {
        double[] doneItems = [8, 12, 12, 12, 8, 8, 8, 2];

        var plan = DeferredBacklog.Plan(Example());

        AssertItems(doneItems, plan.Outcome.WorkDoneSeconds);
    }

    [Fact]
    public void The_backlog_at_each_interval_end_matches_the_table()
    {
        double[] backlogItems = [0, 28, 28, 20, 12, 4, 2, 0];

        var plan = DeferredBacklog.Plan(Example());

        AssertSequence(backlogItems, plan.Outcome.BacklogItemsAtEnd);
    }

    [Fact]
    public void The_mean_completion_of_each_arrival_interval_matches_the_worked_timings()
    {
        double[] meanSeconds = [900, 3015, 5850, 5850, 0, 0, 1650, 0];

        var plan = DeferredBacklog.Plan(Example());

        AssertSequence(meanSeconds, plan.Outcome.MeanCompletionSeconds);
    }

    [Fact]
    public void The_oldest_item_waits_exactly_the_window_and_none_is_late()
    {
        var outcome = DeferredBacklog.Plan(Example()).Outcome;

        Assert.Equal(7200, outcome.MaxItemAgeSeconds, Tolerance);
        Assert.Equal(0, outcome.ItemsLate, Tolerance);
        Assert.Equal(0, outcome.ItemsUnfinished, Tolerance);
    }

    private static void AssertItems(double[] expectedItems, IEnumerable<double> actualSeconds) =>
        AssertSequence(expectedItems, actualSeconds.Select(seconds => seconds / SecondsPerItem));

    private static void AssertSequence(double[] expected, IEnumerable<double> actual)
    {
        var actualArray = actual.ToArray();
        Assert.Equal(expected.Length, actualArray.Length);
        for (var t = 0; t < expected.Length; t++)
        {
            Assert.True(
                Math.Abs(expected[t] - actualArray[t]) <= Tolerance,
                $"interval {t}: expected {expected[t]}, got {actualArray[t]}");
        }
    }
}
