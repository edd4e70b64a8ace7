using Workforce.Core.Staffing.Deferred;

namespace Workforce.Core.Tests.Staffing.Deferred;

public class DeferredAcceptanceTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Series => new()
    {
        "week of email",
        "day with a spike",
        "random half-hours, 3 h 10 min window",
        "random quarter-hours, window of one interval",
        "random quarter-hours over a year, 8 h window",
    };

    [Theory]
    [MemberData(nameof(Series))]
    public void The_backlog_model_never_leaves_an_item_older_than_its_response_window_when_staffed_as_computed(string series)
    {
        var workload = WorkloadFor(series);

        var outcome = DeferredBacklog.Plan(workload).Outcome;

        Assert.True(outcome.ItemsLate <= Tolerance, $"{outcome.ItemsLate} items late");
        Assert.True(outcome.ItemsUnfinished <= Tolerance, $"{outcome.ItemsUnfinished} items unfinished");
        Assert.True(
            outcome.MaxItemAgeSeconds <= workload.ResponseWindow.TotalSeconds,
            $"oldest item {outcome.MaxItemAgeSeconds} s against a window of {workload.ResponseWindow.TotalSeconds} s");
        Assert.All(outcome.FractionWithinWindow, fraction => Assert.True(fraction >= 1 - Tolerance));
    }

    [Fact]
    public void A_busy_interval_s_work_is_done_later_but_within_its_window()
    {
        var workload = DeferredSeries.DayWithSpike(out var spike);
        var intervalSeconds = workload.IntervalLength.TotalSeconds;

        var plan = DeferredBacklog.Plan(workload);

        var meanCompletion = plan.Outcome.MeanCompletionSeconds[spike];
        Assert.True(meanCompletion > intervalSeconds, $"mean completion {meanCompletion} s is inside the spike's own interval");
        Assert.True(meanCompletion <= workload.ResponseWindow.TotalSeconds);
        Assert.Equal(1, plan.Outcome.FractionWithinWindow[spike], Tolerance);
    }

    [Fact]
    public void Carrying_a_spike_needs_far_fewer_agents_than_clearing_it_in_its_own_interval()
    {
        var workload = DeferredSeries.DayWithSpike(out var spike);
        var agentCapacitySeconds = workload.IntervalLength.TotalSeconds * workload.MaxOccupancy;
        var clearInOwnInterval = (int)Math.Ceiling(workload.Volumes[spike] * workload.AhtSeconds[spike] / agentCapacitySeconds);

        var peak = DeferredBacklog.Plan(workload).Agents.Max();

        // 610 items × 300 s in one quarter-hour is 240 agents; spread over its 4 h window the plan peaks at 15.
        Assert.True(peak * 5 <= clearInOwnInterval, $"peak {peak} agents against {clearInOwnInterval} to clear the spike at once");
    }

    private static DeferredWorkload WorkloadFor(string series) => series switch
    {
        "week of email" => DeferredSeries.WeekOfEmail(),
        "day with a spike" => DeferredSeries.DayWithSpike(out _),
        "random half-hours, 3 h 10 min window" =>
            DeferredSeries.Random(11, 500, TimeSpan.FromMinutes(30), new TimeSpan(3, 10, 0)),
        "random quarter-hours, window of one interval" =>
            DeferredSeries.Random(23, 672, DeferredSeries.QuarterHour, DeferredSeries.QuarterHour),
        "random quarter-hours over a year, 8 h window" =>
            DeferredSeries.Random(37, 365 * 96, DeferredSeries.QuarterHour, TimeSpan.FromHours(8)),
        _ => throw new ArgumentOutOfRangeException(nameof(series), series, "No such series."),
    };
}
