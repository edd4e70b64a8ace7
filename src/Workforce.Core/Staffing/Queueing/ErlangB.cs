namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// Erlang B (M/M/N/N, "blocked calls cleared"): a contact that finds every channel busy is lost.
/// It is the building block of Erlang C and Erlang A here.
/// </summary>
/// <remarks>
/// No factorials and no powers: the blocking probability comes from the reciprocal recursion
/// <c>1/B(n) = 1 + (n/A)·1/B(n−1)</c>, <c>1/B(0) = 1</c>, one multiply-add per channel. Every term is
/// positive, so rounding errors do not grow beyond a few units in the last place per step, and the
/// recursion is stable from a thousandth of an Erlang to millions. When the blocking probability falls
/// below about 1e−308 the reciprocal becomes +∞ and the probability is reported as 0.
/// </remarks>
public static class ErlangB
{
    /// <summary>
    /// Probability that a contact finds all <paramref name="channels"/> busy and is lost (Erlang B formula).
    /// </summary>
    /// <param name="trafficErlangs">Offered load in Erlangs, zero or more.</param>
    /// <param name="channels">Number of channels (lines, agents), zero or more. With no channels every contact is lost: 1.</param>
    /// <returns>B(channels, traffic) in [0, 1]; 0 when the traffic is zero and there is at least one channel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Traffic negative, NaN, infinite or above 10,000,000 Erlangs; channels negative.</exception>
    public static double BlockingProbability(double trafficErlangs, int channels)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        QueueingArguments.NonNegative(channels, nameof(channels));

        if (channels == 0)
        {
            return 1;
        }

        if (trafficErlangs == 0)
        {
            return 0;
        }

        return 1 / ReciprocalBlocking(trafficErlangs, channels);
    }

    /// <summary>
    /// The smallest number of channels whose blocking probability is at most <paramref name="maxBlockingProbability"/>.
    /// </summary>
    /// <param name="trafficErlangs">Offered load in Erlangs, zero or more. Zero traffic needs no channels.</param>
    /// <param name="maxBlockingProbability">Largest acceptable blocking probability, in (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Traffic invalid (see <see cref="BlockingProbability"/>), or the limit outside (0, 1].</exception>
    public static int MinimumChannels(double trafficErlangs, double maxBlockingProbability)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        if (!(maxBlockingProbability > 0 && maxBlockingProbability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxBlockingProbability), maxBlockingProbability, "Must lie in (0, 1].");
        }

        if (trafficErlangs == 0 || maxBlockingProbability >= 1)
        {
            return 0;
        }

        // B(n) = 1/r(n) falls strictly as n grows and reaches 0 (r = +∞) at the latest once r overflows,
        // so the search ends. It visits r(n) along the same path as ReciprocalBlocking, so the answer
        // agrees with BlockingProbability to the last bit.
        var inverseTraffic = 1 / trafficErlangs;
        var blockedLimit = BlockedLimit(trafficErlangs, int.MaxValue);
        var reciprocal = 1.0;
        var n = 0;
        while (n + BlockLength <= blockedLimit)
        {
            var next = Block(reciprocal, n, inverseTraffic);
            if (1 / next <= maxBlockingProbability)
            {
                for (var k = n + 1; k < n + BlockLength; k++)
                {
                    reciprocal = Step(reciprocal, k, inverseTraffic);
                    if (1 / reciprocal <= maxBlockingProbability)
                    {
                        return k;
                    }
                }

                return n + BlockLength;
            }

            reciprocal = next;
            n += BlockLength;
        }

        while (1 / reciprocal > maxBlockingProbability)
        {
            n++;
            reciprocal = Step(reciprocal, n, inverseTraffic);
        }

        return n;
    }

    /// <summary>Steps taken at once by <see cref="Block"/>.</summary>
    internal const int BlockLength = 4;

    /// <summary>
    /// 1/B(n, A) by the reciprocal recursion: equally the sum over k = 0..n of π_k/π_n for the
    /// truncated Poisson distribution, which is how Erlang C and Erlang A use it. May be +∞.
    /// </summary>
    /// <remarks>
    /// Up to <see cref="BlockedLimit"/> the recursion runs four steps at a time (<see cref="Block"/>), which
    /// shortens the chain of dependent operations; beyond it, one step at a time. Callers that walk the
    /// recursion themselves follow the same path, so they get the same bits.
    /// </remarks>
    /// <param name="trafficErlangs">A &gt; 0.</param>
    /// <param name="n">n ≥ 0.</param>
    internal static double ReciprocalBlocking(double trafficErlangs, int n)
    {
        var inverseTraffic = 1 / trafficErlangs;
        var blocked = BlockedLimit(trafficErlangs, n);
        var reciprocal = 1.0;
        for (var k = 0; k < blocked; k += BlockLength)
        {
            reciprocal = Block(reciprocal, k, inverseTraffic);
        }

        for (var k = blocked + 1; k <= n; k++)
        {
            reciprocal = Step(reciprocal, k, inverseTraffic);
        }

        return reciprocal;
    }

    /// <summary>
    /// How far the four-at-a-time recursion runs towards n: the largest multiple of
    /// <see cref="BlockLength"/> not above n or A. Up to A every factor k/A is at most 1, so a block's
    /// coefficients stay between 0 and 4.
    /// </summary>
    internal static int BlockedLimit(double trafficErlangs, int n)
    {
        var limit = trafficErlangs >= n ? n : (int)Math.Floor(trafficErlangs);
        return limit - (limit % BlockLength);
    }

    /// <summary>
    /// r(k + 4) from r(k): with x_j = (k + j)/A, r(k + 4) = 1 + x₄(1 + x₃(1 + x₂)) + x₄x₃x₂x₁·r(k).
    /// All terms are positive, so rounding stays as tame as in single steps.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double Block(double previous, int k, double inverseTraffic)
    {
        double kk = k;
        var x1 = (kk + 1) * inverseTraffic;
        var x2 = (kk + 2) * inverseTraffic;
        var x3 = (kk + 3) * inverseTraffic;
        var x4 = (kk + 4) * inverseTraffic;
        var constant = 1 + (x4 * (1 + (x3 * (1 + x2))));
        var factor = x4 * x3 * (x2 * x1);
        return constant + (factor * previous);
    }

    /// <summary>One step of the recursion: r(k) from r(k−1). Shared so every caller rounds identically.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double Step(double previous, int k, double inverseTraffic) => (previous * (k * inverseTraffic)) + 1;
}
