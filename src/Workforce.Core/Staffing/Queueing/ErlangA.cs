namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// Erlang A (M/M/N+M): Erlang C plus abandonment. Every waiting contact leaves after an exponential
/// patience with mean <c>patienceSeconds</c>, unless it is answered first.
/// </summary>
/// <remarks>
/// <para>
/// Time is measured in handle times: service rate μ = 1, arrival rate λ = A, abandonment rate
/// θ = g = AHT/patience. The number of contacts in the system is a birth–death chain; its stationary
/// distribution is built relative to π_N, the state with every agent busy and nobody waiting:
/// states below N sum to 1/B(N, A) (the Erlang B reciprocal recursion) and a queue of j has weight
/// t_j = t_{j−1}·A/(N + j·g). No factorials; weights are rescaled by an exact power of two if they grow
/// large (a badly understaffed queue), so nothing overflows.
/// </para>
/// <para>Definitions (those of the published reference values in the tests):</para>
/// <list type="bullet">
/// <item>probability of waiting: an arrival finds all N agents busy (arrivals see the stationary distribution);</item>
/// <item>probability of abandoning = θ·Lq/λ, with Lq the mean queue length;</item>
/// <item>average speed of answer = Lq/λ, the mean wait over all arrivals (abandoners count with their wait until they leave);</item>
/// <item>occupancy = λ(1 − P(abandon))/(N·μ), the carried load per agent (0 with no agents);</item>
/// <item>service level = P(answered within T) over <b>all</b> arrivals; abandoners count as not answered.</item>
/// </list>
/// <para>
/// Service level is exact. An arrival that finds j waiting ahead passes through j + 1 stages: with i
/// ahead the queue advances at rate N + i·g (a service or an abandonment ahead), and the arrival itself
/// abandons at rate g, so each stage ends after an exponential time of rate N + (i + 1)·g. It is
/// answered if no stage ends by its own abandonment, which has probability
/// Π (N + i·g)/(N + (i + 1)·g) = N/(N + (j + 1)·g), and, given that, the stage times are still
/// independent exponentials with rates N + g, …, N + (j + 1)·g. A sum of exponentials whose rates step
/// by g is an order statistic of exponentials, so
/// P(answered within T | j ahead) = N/(N + (j + 1)·g) · P(X ≥ j + 1), with X negative binomial:
/// P(X = 0) = exp(−(N + g)·τ) and P(X = k)/P(X = k − 1) = (N + k·g)·h/k, where τ = T/AHT and
/// h = (1 − exp(−g·τ))/g. (Equivalently I_p(j + 1, N/g + 1), p = 1 − exp(−g·τ), a regularised incomplete
/// beta.) Walking j upwards costs a few operations per queue state; a very small pmf starts in logarithms.
/// </para>
/// <para>
/// Truncation: the queue-length sum stops once the weights decrease geometrically (ratio q &lt; 1) and the
/// bounded remainder, t_j·q/(1 − q) for the mass and t_j·(j·q/(1 − q) + q/(1 − q)²) for Σ j·t_j, is below
/// 1e−14 of what has been summed. The probabilities (service level, waiting, abandoning) are therefore
/// within 1e−14 and ASA within a relative 1e−14 of the untruncated model.
/// </para>
/// </remarks>
public static class ErlangA
{
    /// <summary>Relative size of the neglected tail of the queue-length distribution.</summary>
    private const double TailTolerance = 1e-14;

    /// <summary>
    /// Queue states summed at most. Only reached when patience is enormous relative to handle time and
    /// the queue is heavily understaffed, where Erlang A degenerates into an ever-growing queue.
    /// </summary>
    private const int MaxQueueStates = 50_000_000;

    /// <summary>Negative-binomial probabilities below exp(−700) are carried as logarithms.</summary>
    private const double LogFloor = -700;

    private static readonly double Shrink = Math.ScaleB(1.0, -600);
    private static readonly double GrowLimit = Math.ScaleB(1.0, 600);

    /// <summary>
    /// What <paramref name="agents"/> agents deliver when contacts abandon (see the class remarks).
    /// </summary>
    /// <param name="trafficErlangs">Offered load in Erlangs, zero or more. Zero gives service level 1, ASA 0, occupancy 0.</param>
    /// <param name="agents">Agents, zero or more. Any number is stable: abandonment bounds the queue.</param>
    /// <param name="ahtSeconds">Average handle time in seconds, above zero.</param>
    /// <param name="patienceSeconds">Mean patience of a waiting contact in seconds, above zero.</param>
    /// <param name="answerWithinSeconds">The T of the service level, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An argument is negative, NaN, infinite or out of range; or callers are so patient, relative to the handle
    /// time, in so understaffed a queue that more than 50 million queue states carry weight.
    /// </exception>
    public static QueueMetrics Evaluate(double trafficErlangs, int agents, double ahtSeconds, double patienceSeconds, double answerWithinSeconds)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        QueueingArguments.NonNegative(agents, nameof(agents));
        QueueingArguments.PositiveFinite(ahtSeconds, nameof(ahtSeconds));
        QueueingArguments.PositiveFinite(patienceSeconds, nameof(patienceSeconds));
        QueueingArguments.NonNegativeFinite(answerWithinSeconds, nameof(answerWithinSeconds));
        var model = Model.Create(ahtSeconds, patienceSeconds, answerWithinSeconds);

        if (trafficErlangs == 0)
        {
            return ErlangC.Idle(agents);
        }

        return Compute(trafficErlangs, agents, model);
    }

    /// <summary>
    /// The least staffing that meets every target set in <paramref name="target"/>, with abandonment.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <see cref="StaffingAnswer.Agents"/> is the smallest N ≥ 1 with service level ≥
    /// <see cref="QueueTarget.ServiceLevelFraction"/>, ASA ≤ <see cref="QueueTarget.AsaTargetSeconds"/>,
    /// occupancy ≤ <see cref="QueueTarget.MaxOccupancy"/> and P(abandon) ≤
    /// <see cref="QueueTarget.MaxAbandonFraction"/> (each only if set). Unlike Erlang C, N may be below
    /// the traffic. The search starts from a level no target can be met below (answered ≤ carried ≤ N, so
    /// N ≥ service level × A and N ≥ (1 − max abandon) × A), gallops upwards and bisects; it relies on
    /// every metric improving as agents are added.
    /// </para>
    /// <para>
    /// <see cref="StaffingAnswer.FractionalAgents"/>: for each target that N − 1 misses, the point where
    /// the metric (service level, ASA, abandonment), interpolated linearly between N − 1 and N, reaches
    /// the target; then at least the occupancy floor carried load(N)/MaxOccupancy; kept inside (N − 1, N].
    /// </para>
    /// </remarks>
    /// <param name="trafficErlangs">Offered load in Erlangs, zero or more. Zero needs 0 agents.</param>
    /// <param name="ahtSeconds">Average handle time in seconds, above zero.</param>
    /// <param name="patienceSeconds">Mean patience of a waiting contact in seconds, above zero.</param>
    /// <param name="target">The targets; see <see cref="QueueTarget"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An argument or a target field is out of range (see also <see cref="Evaluate"/>).
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static StaffingAnswer RequiredAgents(double trafficErlangs, double ahtSeconds, double patienceSeconds, QueueTarget target)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        QueueingArguments.PositiveFinite(ahtSeconds, nameof(ahtSeconds));
        QueueingArguments.PositiveFinite(patienceSeconds, nameof(patienceSeconds));
        QueueingArguments.Target(target, nameof(target));
        var model = Model.Create(ahtSeconds, patienceSeconds, target.AnswerWithinSeconds);

        if (trafficErlangs == 0)
        {
            return new StaffingAnswer(0, 0, ErlangC.Idle(0));
        }

        var lowerBound = 1.0;
        if (target.ServiceLevelFraction is { } sl)
        {
            lowerBound = Math.Max(lowerBound, Math.Floor(sl * trafficErlangs));
        }

        if (target.MaxAbandonFraction is { } abandon)
        {
            lowerBound = Math.Max(lowerBound, Math.Floor((1 - abandon) * trafficErlangs));
        }

        // lo fails every time it is set below; hi meets the target.
        var lo = (int)lowerBound;
        var atLo = Compute(trafficErlangs, lo, model);
        if (QueueingArguments.Meets(atLo, target))
        {
            return Answer(trafficErlangs, lo, atLo, model, target);
        }

        var step = 1;
        var hi = lo + step;
        var atHi = Compute(trafficErlangs, hi, model);
        while (!QueueingArguments.Meets(atHi, target))
        {
            lo = hi;
            step = Math.Min(step * 2, 1 << 24);
            if (hi > int.MaxValue - step - 1)
            {
                throw new InvalidOperationException("No staffing level meets the target.");
            }

            hi += step;
            atHi = Compute(trafficErlangs, hi, model);
        }

        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            var atMid = Compute(trafficErlangs, mid, model);
            if (QueueingArguments.Meets(atMid, target))
            {
                hi = mid;
                atHi = atMid;
            }
            else
            {
                lo = mid;
            }
        }

        return Answer(trafficErlangs, hi, atHi, model, target);
    }

    private static StaffingAnswer Answer(double traffic, int agents, in QueueMetrics metrics, Model model, QueueTarget target)
    {
        var carried = traffic * (1 - metrics.ProbabilityOfAbandoning);
        var fractional = carried / target.MaxOccupancy;
        var below = Compute(traffic, agents - 1, model);

        if (target.ServiceLevelFraction is { } sl && below.ServiceLevel < sl)
        {
            fractional = Math.Max(fractional, Interpolate(agents, below.ServiceLevel, metrics.ServiceLevel, sl));
        }

        if (target.AsaTargetSeconds is { } asa && below.AverageSpeedOfAnswerSeconds > asa)
        {
            fractional = Math.Max(fractional, Interpolate(agents, below.AverageSpeedOfAnswerSeconds, metrics.AverageSpeedOfAnswerSeconds, asa));
        }

        if (target.MaxAbandonFraction is { } abandon && below.ProbabilityOfAbandoning > abandon)
        {
            fractional = Math.Max(fractional, Interpolate(agents, below.ProbabilityOfAbandoning, metrics.ProbabilityOfAbandoning, abandon));
        }

        return new StaffingAnswer(agents, QueueingArguments.ClampFractional(fractional, agents), metrics);
    }

    /// <summary>Where the line through (N − 1, atBelow) and (N, atAgents) reaches <paramref name="goal"/>.</summary>
    private static double Interpolate(int agents, double atBelow, double atAgents, double goal) =>
        agents - 1 + ((goal - atBelow) / (atAgents - atBelow));

    /// <summary>Model constants in handle-time units.</summary>
    /// <param name="Aht">Handle time in seconds.</param>
    /// <param name="G">θ/μ = AHT/patience.</param>
    /// <param name="Tau">τ = T/AHT.</param>
    /// <param name="H">(1 − exp(−g·τ))/g, the negative-binomial step factor.</param>
    private readonly record struct Model(double Aht, double G, double Tau, double H)
    {
        public static Model Create(double ahtSeconds, double patienceSeconds, double answerWithinSeconds)
        {
            var g = ahtSeconds / patienceSeconds;
            if (!double.IsFinite(g) || g <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(patienceSeconds), patienceSeconds, "Patience and handle time are too far apart to represent.");
            }

            var tau = answerWithinSeconds / ahtSeconds;
            if (!double.IsFinite(tau))
            {
                throw new ArgumentOutOfRangeException(nameof(answerWithinSeconds), answerWithinSeconds, "Too large relative to the handle time.");
            }

            // g·τ = T/patience exactly; compute it that way to keep its rounding small.
            var h = -ExpM1(-(answerWithinSeconds / patienceSeconds)) / g;
            return new Model(ahtSeconds, g, tau, h);
        }
    }

    /// <summary>exp(x) − 1 without cancellation for small x (Kahan's device).</summary>
    private static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        var um1 = u - 1;
        return um1 == -1 ? -1 : um1 * x / Math.Log(u);
    }

    /// <summary>The metrics for traffic &gt; 0 and any N ≥ 0.</summary>
    private static QueueMetrics Compute(double trafficErlangs, int agents, Model model)
    {
        var n = (double)agents;
        var g = model.G;

        // Weights relative to π_N. States 0..N together weigh 1/B(N, A).
        var total = agents == 0 ? 1.0 : ErlangB.ReciprocalBlocking(trafficErlangs, agents);
        if (double.IsPositiveInfinity(total))
        {
            // P(all agents busy) < 1e−308: nobody waits.
            return new QueueMetrics(trafficErlangs, agents, 0, 1, 0, trafficErlangs / n, 0);
        }

        // Negative-binomial CDF G_j = P(X ≤ j), walked with j.
        var x0 = (n + g) * model.Tau;
        var inLogs = -x0 < LogFloor;
        var logH = inLogs ? Math.Log(model.H) : 0;
        var logPmf = -x0;
        var pmf = inLogs ? 0 : Math.Exp(-x0);
        var cdf = pmf;

        // j = 0: the arrival finds all agents busy and nobody waiting (weight 1).
        var weight = 1.0;
        var waiting = 1.0;
        var queueSum = 0.0;
        var late = LateProbability(n, g, 0, cdf);
        var j = 0;
        while (true)
        {
            j++;
            if (j > MaxQueueStates)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(trafficErlangs),
                    trafficErlangs,
                    "The queue is so understaffed, and callers so patient, that it grows past what Erlang A can sum; use fewer contacts per agent or a shorter patience.");
            }

            weight *= trafficErlangs / (n + (j * g));

            // Advance the negative binomial from k = j − 1 to k = j.
            var stepFactor = (n + (j * g)) / j;
            if (inLogs)
            {
                logPmf += Math.Log(stepFactor) + logH;
                if (logPmf >= LogFloor)
                {
                    inLogs = false;
                    pmf = Math.Exp(logPmf);
                    cdf += pmf;
                }
            }
            else if (pmf > 0)
            {
                pmf = pmf * stepFactor * model.H;
                cdf += pmf;
            }

            cdf = Math.Min(cdf, 1);
            waiting += weight;
            queueSum += j * weight;
            late += weight * LateProbability(n, g, j, cdf);
            total += weight;

            if (weight > GrowLimit)
            {
                weight *= Shrink;
                waiting *= Shrink;
                queueSum *= Shrink;
                late *= Shrink;
                total *= Shrink;
            }

            var ratio = trafficErlangs / (n + ((j + 1) * g));
            if (ratio < 1)
            {
                var tailMass = weight * ratio / (1 - ratio);
                var tailQueue = weight * ((j * ratio / (1 - ratio)) + (ratio / ((1 - ratio) * (1 - ratio))));
                if (tailMass <= TailTolerance * total && tailQueue <= TailTolerance * queueSum)
                {
                    break;
                }
            }
        }

        var queueLength = queueSum / total;
        var abandon = Math.Min(1, g * queueLength / trafficErlangs);
        var serviceLevel = Math.Clamp(1 - (late / total), 0, 1);
        // Carried load never exceeds the agents; the clamp removes rounding when nearly all abandon.
        var occupancy = agents == 0 ? 0 : Math.Min(1, trafficErlangs * (1 - abandon) / n);
        return new QueueMetrics(
            trafficErlangs,
            agents,
            Math.Min(1, waiting / total),
            serviceLevel,
            queueLength * model.Aht / trafficErlangs,
            occupancy,
            abandon);
    }

    /// <summary>
    /// 1 − P(answered within T | j waiting ahead) = ((j + 1)·g + N·P(X ≤ j)) / (N + (j + 1)·g), written
    /// without the cancellation of "1 − …".
    /// </summary>
    private static double LateProbability(double n, double g, int j, double cdf)
    {
        var leave = (j + 1) * g;
        return (leave + (n * cdf)) / (n + leave);
    }
}
