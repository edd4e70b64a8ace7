using NodaTime;
using Workforce.Storage.Planning;

namespace Workforce.Storage.Tests;

public class FailedRunRetryTests
{
    private static readonly FailedRunRetry Retry = new(3, Duration.FromMinutes(10));

    [Fact]
    public void Each_further_failure_doubles_the_wait_within_the_jitter()
    {
        for (var failures = 1; failures <= 3; failures++)
        {
            var expected = 10 * Math.Pow(2, failures - 1);
            var delay = Retry.DelayAfter(failures, lastFailedRunId: 42).TotalMinutes;
            Assert.InRange(delay, expected * 0.8, expected * 1.2);
        }
    }

    [Fact]
    public void The_jitter_differs_between_runs_and_is_the_same_for_one_run()
    {
        var delays = Enumerable.Range(1, 20).Select(id => Retry.DelayAfter(1, id)).ToList();

        Assert.True(delays.Distinct().Count() > 10);
        Assert.Equal(Retry.DelayAfter(1, 7), Retry.DelayAfter(1, 7));
    }

    [Fact]
    public void No_retry_once_every_attempt_failed()
    {
        Assert.True(Retry.MayRetry(2));
        Assert.False(Retry.MayRetry(3));
    }
}
