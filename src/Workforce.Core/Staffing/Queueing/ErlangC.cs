namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// Erlang C (M/M/N, "blocked calls delayed"): Poisson arrivals, exponential handle times, N agents,
/// an unlimited queue served first come first served, and nobody abandons.
/// </summary>
/// <remarks>
/// <para>Conventions (those of the published reference tables in the tests):</para>
/// <list type="bullet">
/// <item>traffic A = contacts × AHT ÷ period, in Erlangs; the queue is stable only when N &gt; A;</item>
/// <item>probability of waiting Pw = C(N, A), the Erlang C formula;</item>
/// <item>service level = P(answered within T) over <b>all</b> offered contacts = 1 − Pw·exp(−(N − A)·T/AHT);</item>
/// <item>average speed of answer = Pw·AHT/(N − A), averaged over all contacts (those answered at once count as 0);</item>
/// <item>occupancy = A/N.</item>
/// </list>
/// <para>
/// Pw is computed from the Erlang B reciprocal r = 1/B(N, A) as Pw = N/(A + (N − A)·r), with no
/// factorials or powers, so it is stable from a thousandth of an Erlang to millions.
/// </para>
/// <para>
/// When N ≤ A the queue grows without limit and there is no steady state. <see cref="Evaluate"/> then
/// reports Pw = 1, service level 0, ASA +∞ and occupancy 1, the limits as N falls to A.
/// </para>
/// </remarks>
public static class ErlangC
{
    /// <summary>
    /// Only candidates that pass the cheap, division-free screen within this relative slack are checked
    /// exactly; the slack absorbs the rounding of the running exponential, so the screen never rejects
    /// a staffing level that the exact check would accept.
    /// </summary>
    private const double ScreenSlack = 1 + 1e-9;

    /// <summary>Offered load in Erlangs: <paramref name="contacts"/> × <paramref name="ahtSeconds"/> ÷ <paramref name="periodSeconds"/>.</summary>
    /// <param name="contacts">Contacts arriving in the period, zero or more (fractional forecasts allowed).</param>
    /// <param name="periodSeconds">Length of the period (interval) in seconds, above zero.</param>
    /// <param name="ahtSeconds">Average handle time in seconds, above zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite or out of range, or the result is not finite.</exception>
    public static double TrafficErlangs(double contacts, double periodSeconds, double ahtSeconds)
    {
        QueueingArguments.NonNegativeFinite(contacts, nameof(contacts));
        QueueingArguments.PositiveFinite(periodSeconds, nameof(periodSeconds));
        QueueingArguments.PositiveFinite(ahtSeconds, nameof(ahtSeconds));

        var traffic = contacts * ahtSeconds / periodSeconds;
        if (!double.IsFinite(traffic))
        {
            throw new ArgumentOutOfRangeException(nameof(contacts), contacts, "The offered load is too large to represent.");
        }

        return traffic;
    }

    /// <summary>
    /// The Erlang C probability that a contact has to wait (finds every agent busy).
    /// </summary>
    /// <param name="trafficErlangs">Offered load in Erlangs, zero or more.</param>
    /// <param name="agents">Agents, zero or more.</param>
    /// <returns>C(N, A) in [0, 1]: 0 when there is no traffic; 1 when <paramref name="agents"/> ≤ traffic (an unstable queue).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Traffic negative, NaN, infinite or above 10,000,000 Erlangs; agents negative.</exception>
    public static double ProbabilityOfWaiting(double trafficErlangs, int agents)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        QueueingArguments.NonNegative(agents, nameof(agents));

        if (trafficErlangs == 0)
        {
            return 0;
        }

        if (agents <= trafficErlangs)
        {
            return 1;
        }

        return WaitingProbability(trafficErlangs, agents, ErlangB.ReciprocalBlocking(trafficErlangs, agents));
    }

    /// <summary>
    /// What <paramref name="agents"/> agents deliver against <paramref name="trafficErlangs"/> (see the class remarks for the definitions).
    /// </summary>
    /// <param name="trafficErlangs">Offered load in Erlangs, zero or more. Zero gives service level 1, ASA 0, occupancy 0.</param>
    /// <param name="agents">Agents, zero or more. At or below the traffic the queue is unstable (see remarks).</param>
    /// <param name="ahtSeconds">Average handle time in seconds, above zero.</param>
    /// <param name="answerWithinSeconds">The T of the service level, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, NaN or infinite, or the handle time is not above zero.</exception>
    public static QueueMetrics Evaluate(double trafficErlangs, int agents, double ahtSeconds, double answerWithinSeconds)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        QueueingArguments.NonNegative(agents, nameof(agents));
        QueueingArguments.PositiveFinite(ahtSeconds, nameof(ahtSeconds));
        QueueingArguments.NonNegativeFinite(answerWithinSeconds, nameof(answerWithinSeconds));

        if (trafficErlangs == 0)
        {
            return Idle(agents);
        }

        if (agents <= trafficErlangs)
        {
            return new QueueMetrics(trafficErlangs, agents, 1, 0, double.PositiveInfinity, 1, 0);
        }

        var reciprocal = ErlangB.ReciprocalBlocking(trafficErlangs, agents);
        return Stable(trafficErlangs, agents, reciprocal, ahtSeconds, answerWithinSeconds / ahtSeconds);
    }

    /// <summary>
    /// The least staffing that meets every target set in <paramref name="target"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <see cref="StaffingAnswer.Agents"/> is the smallest whole N &gt; A with service level ≥
    /// <see cref="QueueTarget.ServiceLevelFraction"/>, ASA ≤ <see cref="QueueTarget.AsaTargetSeconds"/> and
    /// occupancy A/N ≤ <see cref="QueueTarget.MaxOccupancy"/> (each only if set). A
    /// <see cref="QueueTarget.MaxAbandonFraction"/> is met trivially: nobody abandons under Erlang C.
    /// Every target is reachable (service level rises to 1 and ASA falls to 0 as N grows).
    /// </para>
    /// <para>
    /// <see cref="StaffingAnswer.FractionalAgents"/>: for each target that N − 1 misses, the point where
    /// the metric, interpolated linearly between N − 1 and N, reaches the target (service level and ASA
    /// are interpolated directly; when N − 1 ≤ A the left end is A itself, where service level is 0 and
    /// 1/ASA is 0, so 1/ASA is interpolated). The answer is the largest of those points and of the
    /// occupancy floor A/MaxOccupancy, kept inside (N − 1, N].
    /// </para>
    /// <para>
    /// Cost: one pass of the Erlang B recursion from 1 to N, a division-free screen of each candidate
    /// from the first admissible N upwards (the exponential factor is carried along by one multiply per
    /// step), and exact metrics only for a candidate that passes the screen: about two exponentials per
    /// solve and no allocation.
    /// </para>
    /// </remarks>
    /// <param name="trafficErlangs">Offered load in Erlangs, zero or more. Zero needs 0 agents.</param>
    /// <param name="ahtSeconds">Average handle time in seconds, above zero.</param>
    /// <param name="target">The targets; see <see cref="QueueTarget"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument or a target field is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static StaffingAnswer RequiredAgents(double trafficErlangs, double ahtSeconds, QueueTarget target)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        QueueingArguments.PositiveFinite(ahtSeconds, nameof(ahtSeconds));
        QueueingArguments.Target(target, nameof(target));

        if (trafficErlangs == 0)
        {
            return new StaffingAnswer(0, 0, Idle(0));
        }

        return Solve(trafficErlangs, ahtSeconds, target);
    }

    /// <summary>Metrics of a queue with no traffic.</summary>
    internal static QueueMetrics Idle(int agents) => new(0, agents, 0, 1, 0, 0, 0);

    /// <summary>The search behind <see cref="RequiredAgents"/>, for arguments already checked and traffic above zero.</summary>
    internal static StaffingAnswer Solve(double traffic, double ahtSeconds, QueueTarget target)
    {
        var tau = target.AnswerWithinSeconds / ahtSeconds;
        var first = Math.Max(
            (int)Math.Floor(traffic) + 1,
            QueueingArguments.SmallestCountWithinOccupancy(traffic, target.MaxOccupancy, nameof(target)));

        // One pass of the recursion up to the first admissible staffing level, along the same path as
        // ErlangB.ReciprocalBlocking (blocks of four up to A, then single steps), so the metrics equal
        // Evaluate's to the last bit.
        var inverseTraffic = 1 / traffic;
        var blocked = ErlangB.BlockedLimit(traffic, first);
        var reciprocal = 1.0;
        for (var k = 0; k < blocked; k += ErlangB.BlockLength)
        {
            reciprocal = ErlangB.Block(reciprocal, k, inverseTraffic);
        }

        var previous = reciprocal;
        for (var k = blocked + 1; k <= first; k++)
        {
            previous = reciprocal;
            reciprocal = ErlangB.Step(reciprocal, k, inverseTraffic);
        }

        // Screen: Pw = n/d with d = A + (n − A)·r. Then
        //   service level ≥ s  ⇔  n·exp(−(n − A)τ) ≤ (1 − s)·d,
        //   ASA ≤ w            ⇔  n·AHT ≤ w·(n − A)·d,
        // with exp(−(n − A)τ) kept up to date by one multiplication per step.
        var checkServiceLevel = target.ServiceLevelFraction is not null;
        var allowedLate = (1 - (target.ServiceLevelFraction ?? 0)) * ScreenSlack;
        var checkAsa = target.AsaTargetSeconds is not null;
        var allowedAsa = (target.AsaTargetSeconds ?? 0) * ScreenSlack;
        var decay = Math.Exp(-tau);
        var waitFactor = Math.Exp(-(first - traffic) * tau);

        var n = first;
        while (true)
        {
            var excess = n - traffic;
            var denominator = traffic + (excess * reciprocal);
            var screened = (!checkServiceLevel || n * waitFactor <= allowedLate * denominator)
                && (!checkAsa || n * ahtSeconds <= allowedAsa * excess * denominator);
            if (screened)
            {
                var metrics = Stable(traffic, n, reciprocal, ahtSeconds, tau);
                if (QueueingArguments.Meets(metrics, target))
                {
                    return new StaffingAnswer(n, Fractional(traffic, n, previous, metrics, ahtSeconds, tau, target), metrics);
                }
            }

            if (n == int.MaxValue - 1)
            {
                // Unreachable for valid input (the traffic is capped far below this); guards the loop.
                throw new InvalidOperationException("No staffing level meets the target.");
            }

            n++;
            previous = reciprocal;
            reciprocal = ErlangB.Step(reciprocal, n, inverseTraffic);
            waitFactor *= decay;
        }
    }

    /// <summary>Pw = N/(A + (N − A)·r) for N &gt; A, where r = 1/B(N, A). 0 when r is +∞.</summary>
    internal static double WaitingProbability(double traffic, int agents, double reciprocal) =>
        agents / (traffic + ((agents - traffic) * reciprocal));

    /// <summary>Exact metrics of a stable queue (N &gt; A &gt; 0) given r = 1/B(N, A) and τ = T/AHT.</summary>
    private static QueueMetrics Stable(double traffic, int agents, double reciprocal, double ahtSeconds, double tau)
    {
        var excess = agents - traffic;
        var waiting = WaitingProbability(traffic, agents, reciprocal);
        var serviceLevel = 1 - (waiting * Math.Exp(-excess * tau));
        var asaSeconds = waiting * ahtSeconds / excess;
        return new QueueMetrics(traffic, agents, waiting, serviceLevel, asaSeconds, traffic / agents, 0);
    }

    /// <summary>The fractional answer described on <see cref="RequiredAgents"/>.</summary>
    private static double Fractional(
        double traffic, int agents, double previousReciprocal, in QueueMetrics atAgents, double ahtSeconds, double tau, QueueTarget target)
    {
        var fractional = traffic / target.MaxOccupancy;
        var below = agents - 1;
        var belowIsStable = below > traffic;
        var left = belowIsStable ? below : traffic;
        var atBelow = belowIsStable ? Stable(traffic, below, previousReciprocal, ahtSeconds, tau) : default;

        if (target.ServiceLevelFraction is { } sl)
        {
            var slBelow = belowIsStable ? atBelow.ServiceLevel : 0;
            if (slBelow < sl)
            {
                fractional = Math.Max(fractional, left + ((agents - left) * (sl - slBelow) / (atAgents.ServiceLevel - slBelow)));
            }
        }

        if (target.AsaTargetSeconds is { } asa)
        {
            if (!belowIsStable)
            {
                // 1/ASA rises from 0 at N = A: interpolate it, which stays finite.
                fractional = Math.Max(fractional, left + ((agents - left) * atAgents.AverageSpeedOfAnswerSeconds / asa));
            }
            else if (atBelow.AverageSpeedOfAnswerSeconds > asa)
            {
                var asaBelow = atBelow.AverageSpeedOfAnswerSeconds;
                fractional = Math.Max(fractional, below + ((asaBelow - asa) / (asaBelow - atAgents.AverageSpeedOfAnswerSeconds)));
            }
        }

        return QueueingArguments.ClampFractional(fractional, agents);
    }
}
