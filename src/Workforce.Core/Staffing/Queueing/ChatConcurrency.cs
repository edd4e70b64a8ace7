namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// Chat with concurrency: an agent holds up to <c>concurrency</c> sessions at once, and each session
/// takes longer the more sessions an agent holds.
/// </summary>
/// <remarks>
/// <para>
/// Model: the effective handle time of a session is
/// <c>AHT_eff = AHT × (1 + growth × (concurrency − 1))</c>, where AHT is the handle time of a session
/// handled alone and growth is <c>handleTimeGrowthPerExtraSession</c>. Each agent is
/// <c>concurrency</c> session slots; the slots are pooled and served as Erlang C with AHT_eff, so the
/// slot load is <c>A × AHT_eff/AHT</c> for an offered load A measured at the alone handle time.
/// Agents = ⌈slots/concurrency⌉.
/// </para>
/// <para>
/// Every session is given the full-concurrency handle time, even those served while the agent holds
/// fewer sessions. That overstates the work at quiet times, so the answer errs on the side of more
/// agents (conservative).
/// </para>
/// <para>
/// In the returned <see cref="QueueMetrics"/>, <see cref="QueueMetrics.TrafficErlangs"/> is the offered
/// load as passed in (at the alone handle time), <see cref="QueueMetrics.Agents"/> counts agents (not
/// slots), <see cref="QueueMetrics.Occupancy"/> is slot occupancy (slot load ÷ slots), and service level
/// and ASA are per session, with the effective handle time.
/// </para>
/// </remarks>
public static class ChatConcurrency
{
    /// <summary>What <paramref name="agents"/> chat agents deliver (see the class remarks for the model).</summary>
    /// <param name="trafficErlangs">Offered load in Erlangs at the alone handle time, zero or more.</param>
    /// <param name="agents">Agents, zero or more.</param>
    /// <param name="ahtSeconds">Handle time of a session handled alone, in seconds, above zero.</param>
    /// <param name="concurrency">Sessions an agent holds at once, one or more.</param>
    /// <param name="handleTimeGrowthPerExtraSession">Relative growth of handle time per extra session held (0.25 = +25 %), zero or more.</param>
    /// <param name="answerWithinSeconds">The T of the service level, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or agents × concurrency exceeds <see cref="int.MaxValue"/>.</exception>
    public static QueueMetrics Evaluate(
        double trafficErlangs, int agents, double ahtSeconds, int concurrency, double handleTimeGrowthPerExtraSession, double answerWithinSeconds)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        QueueingArguments.NonNegative(agents, nameof(agents));
        var (slotTraffic, effectiveAht) = Effective(trafficErlangs, ahtSeconds, concurrency, handleTimeGrowthPerExtraSession);
        QueueingArguments.NonNegativeFinite(answerWithinSeconds, nameof(answerWithinSeconds));

        var slots = (long)agents * concurrency;
        if (slots > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(agents), agents, "Agents × concurrency is more session slots than can be counted.");
        }

        var metrics = ErlangC.Evaluate(slotTraffic, (int)slots, effectiveAht, answerWithinSeconds);
        return metrics with { TrafficErlangs = trafficErlangs, Agents = agents };
    }

    /// <summary>
    /// The fewest chat agents that meet every target set in <paramref name="target"/>.
    /// </summary>
    /// <remarks>
    /// The slot pool is staffed as Erlang C (see <see cref="ErlangC.RequiredAgents"/>), giving S slots;
    /// the answer is ⌈S/concurrency⌉ agents, with metrics for that many agents' slots. Occupancy and
    /// <see cref="QueueTarget.MaxOccupancy"/> refer to slot occupancy. FractionalAgents is the slot pool's
    /// fractional answer divided by the concurrency, which lies in (Agents − 1, Agents].
    /// </remarks>
    /// <param name="trafficErlangs">Offered load in Erlangs at the alone handle time, zero or more. Zero needs 0 agents.</param>
    /// <param name="ahtSeconds">Handle time of a session handled alone, in seconds, above zero.</param>
    /// <param name="concurrency">Sessions an agent holds at once, one or more.</param>
    /// <param name="handleTimeGrowthPerExtraSession">Relative growth of handle time per extra session held, zero or more.</param>
    /// <param name="target">The targets; see <see cref="QueueTarget"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument or a target field is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static StaffingAnswer RequiredAgents(
        double trafficErlangs, double ahtSeconds, int concurrency, double handleTimeGrowthPerExtraSession, QueueTarget target)
    {
        QueueingArguments.Traffic(trafficErlangs, nameof(trafficErlangs));
        var (slotTraffic, effectiveAht) = Effective(trafficErlangs, ahtSeconds, concurrency, handleTimeGrowthPerExtraSession);
        QueueingArguments.Target(target, nameof(target));

        if (trafficErlangs == 0)
        {
            return new StaffingAnswer(0, 0, ErlangC.Idle(0));
        }

        var pool = ErlangC.Solve(slotTraffic, effectiveAht, target);
        var agents = (pool.Agents + concurrency - 1L) / concurrency;
        var slots = agents * concurrency;
        if (slots > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(concurrency), concurrency, "Agents × concurrency is more session slots than can be counted.");
        }

        var metrics = slots == pool.Agents
            ? pool.Metrics
            : ErlangC.Evaluate(slotTraffic, (int)slots, effectiveAht, target.AnswerWithinSeconds);

        return new StaffingAnswer(
            (int)agents,
            QueueingArguments.ClampFractional(pool.FractionalAgents / concurrency, (int)agents),
            metrics with { TrafficErlangs = trafficErlangs, Agents = (int)agents });
    }

    /// <summary>Checks the chat arguments and returns the slot load and the effective handle time.</summary>
    private static (double SlotTraffic, double EffectiveAhtSeconds) Effective(
        double trafficErlangs, double ahtSeconds, int concurrency, double handleTimeGrowthPerExtraSession)
    {
        QueueingArguments.PositiveFinite(ahtSeconds, nameof(ahtSeconds));
        if (concurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(concurrency), concurrency, "An agent holds at least one session.");
        }

        QueueingArguments.NonNegativeFinite(handleTimeGrowthPerExtraSession, nameof(handleTimeGrowthPerExtraSession));

        var factor = 1 + (handleTimeGrowthPerExtraSession * (concurrency - 1));
        var effectiveAht = ahtSeconds * factor;
        var slotTraffic = trafficErlangs * factor;
        if (!double.IsFinite(effectiveAht) || slotTraffic > QueueingArguments.MaxTrafficErlangs)
        {
            throw new ArgumentOutOfRangeException(nameof(handleTimeGrowthPerExtraSession), handleTimeGrowthPerExtraSession, "The effective handle time or load is too large.");
        }

        return (slotTraffic, effectiveAht);
    }
}
