namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// Argument checks shared by the queueing models. Bad arguments here are programmer errors (the CLI and
/// file readers validate user input first), so they throw <see cref="ArgumentOutOfRangeException"/>.
/// The framework's <c>ThrowIfNegative</c> helpers let NaN and infinity through, hence these.
/// </summary>
internal static class QueueingArguments
{
    /// <summary>
    /// Largest offered load accepted, in Erlangs. It keeps every agent count inside <see cref="int"/>
    /// with room to spare; no contact centre comes near it.
    /// </summary>
    public const double MaxTrafficErlangs = 10_000_000;

    public static void Traffic(double trafficErlangs, string paramName)
    {
        NonNegativeFinite(trafficErlangs, paramName);
        if (trafficErlangs > MaxTrafficErlangs)
        {
            throw new ArgumentOutOfRangeException(paramName, trafficErlangs, $"Traffic above {MaxTrafficErlangs:0} Erlangs is not supported.");
        }
    }

    public static void NonNegativeFinite(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be a finite number, zero or more.");
        }
    }

    public static void PositiveFinite(double value, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be a finite number above zero.");
        }
    }

    public static void NonNegative(int value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be zero or more.");
        }
    }

    /// <summary>Checks every field of a target. <paramref name="paramName"/> names the target argument.</summary>
    public static void Target(QueueTarget target, string paramName)
    {
        ArgumentNullException.ThrowIfNull(target, paramName);

        if (target.ServiceLevelFraction is { } sl && !(sl > 0 && sl < 1))
        {
            throw new ArgumentOutOfRangeException(paramName, sl, "ServiceLevelFraction must lie strictly between 0 and 1.");
        }

        if (!double.IsFinite(target.AnswerWithinSeconds) || target.AnswerWithinSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, target.AnswerWithinSeconds, "AnswerWithinSeconds must be a finite number, zero or more.");
        }

        if (target.AsaTargetSeconds is { } asa && !(double.IsFinite(asa) && asa > 0))
        {
            throw new ArgumentOutOfRangeException(paramName, asa, "AsaTargetSeconds must be a finite number above zero.");
        }

        if (!(target.MaxOccupancy > 0 && target.MaxOccupancy <= 1))
        {
            throw new ArgumentOutOfRangeException(paramName, target.MaxOccupancy, "MaxOccupancy must lie in (0, 1].");
        }

        if (target.MaxAbandonFraction is { } abandon && !(abandon > 0 && abandon <= 1))
        {
            throw new ArgumentOutOfRangeException(paramName, abandon, "MaxAbandonFraction must lie in (0, 1].");
        }
    }

    /// <summary>True when <paramref name="metrics"/> meets every target that is set.</summary>
    public static bool Meets(in QueueMetrics metrics, QueueTarget target) =>
        (target.ServiceLevelFraction is not { } sl || metrics.ServiceLevel >= sl)
        && (target.AsaTargetSeconds is not { } asa || metrics.AverageSpeedOfAnswerSeconds <= asa)
        && metrics.Occupancy <= target.MaxOccupancy
        && (target.MaxAbandonFraction is not { } abandon || metrics.ProbabilityOfAbandoning <= abandon);

    /// <summary>
    /// The smallest whole number of servers n with <c>load / n &lt;= maxOccupancy</c>, evaluated with the
    /// same floating-point expression the models use for occupancy, so the two never disagree.
    /// </summary>
    public static int SmallestCountWithinOccupancy(double load, double maxOccupancy, string paramName)
    {
        var estimate = Math.Ceiling(load / maxOccupancy);
        if (estimate > int.MaxValue - 2)
        {
            throw new ArgumentOutOfRangeException(paramName, maxOccupancy, "The occupancy cap would need more agents than can be counted.");
        }

        var n = Math.Max(1, (int)estimate);
        while (load / n > maxOccupancy)
        {
            n++;
        }

        while (n > 1 && load / (n - 1) <= maxOccupancy)
        {
            n--;
        }

        return n;
    }

    /// <summary>
    /// Keeps a fractional staffing level inside (whole − 1, whole], as <see cref="StaffingAnswer"/> promises.
    /// </summary>
    public static double ClampFractional(double fractional, int whole) =>
        Math.Clamp(fractional, Math.BitIncrement(whole - 1.0), whole);
}
