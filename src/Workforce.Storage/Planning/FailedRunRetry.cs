using NodaTime;

namespace Workforce.Storage.Planning;

/// <summary>
/// When a site-day whose runs failed is tried again: after <see cref="FirstDelay"/> once the first run
/// failed, then twice as long after each further failure, each delay spread by ±<see cref="JitterFraction"/>
/// so that sites which failed together are not retried together; and never after
/// <see cref="MaxAttempts"/> runs in all have failed.
/// </summary>
/// <param name="MaxAttempts">Most runs of one site and plan date that may fail; ≥ 1.</param>
/// <param name="FirstDelay">Wait after the first failure; ≥ 0.</param>
/// <param name="JitterFraction">Relative spread of each delay, in [0, 1).</param>
public sealed record FailedRunRetry(int MaxAttempts, Duration FirstDelay, double JitterFraction = 0.2)
{
    public int MaxAttempts { get; } = MaxAttempts >= 1 ? MaxAttempts : throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "Must be at least 1.");

    public Duration FirstDelay { get; } = FirstDelay >= Duration.Zero ? FirstDelay : throw new ArgumentOutOfRangeException(nameof(FirstDelay), FirstDelay, "Must not be negative.");

    public double JitterFraction { get; } = JitterFraction is >= 0 and < 1 ? JitterFraction : throw new ArgumentOutOfRangeException(nameof(JitterFraction), JitterFraction, "Must lie in [0, 1).");

    /// <summary>Whether the site-day may be tried again after <paramref name="failures"/> failed runs.</summary>
    public bool MayRetry(int failures) => failures < MaxAttempts;

    /// <summary>
    /// How long after the last failed run (<paramref name="lastFailedRunId"/>, the <paramref name="failures"/>-th)
    /// the next attempt is due. The jitter is drawn from the run id, so every instance agrees on it and a
    /// site's delay does not change from one poll to the next.
    /// </summary>
    public Duration DelayAfter(int failures, long lastFailedRunId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var doublings = Math.Min(failures - 1, 30);
        var jitter = 1 + (JitterFraction * ((2 * new Random(unchecked((int)lastFailedRunId ^ (int)(lastFailedRunId >> 32))).NextDouble()) - 1));
        return Duration.FromTicks((long)Math.Min(FirstDelay.BclCompatibleTicks * Math.Pow(2, doublings) * jitter, Duration.FromDays(365).BclCompatibleTicks));
    }
}
