namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// What a queue delivers at one staffing level, for one interval in steady state.
/// </summary>
/// <param name="TrafficErlangs">Offered load: arrivals × handle time ÷ interval length (for chat: at the handle time of a session handled alone).</param>
/// <param name="Agents">Agents (for chat: agents, not session slots) on the queue.</param>
/// <param name="ProbabilityOfWaiting">Probability that an arrival is not answered at once.</param>
/// <param name="ServiceLevel">
/// Fraction of <b>all offered</b> contacts answered within the target time. Under Erlang A the
/// contacts that abandon count as not answered; Erlang C has no abandonment.
/// </param>
/// <param name="AverageSpeedOfAnswerSeconds">
/// Mean wait over all offered contacts (those answered at once count as 0; under Erlang A abandoners count
/// with their wait until they leave). +∞ for an Erlang C queue with no more agents than Erlangs, which has no steady state.
/// </param>
/// <param name="Occupancy">Share of agent time spent handling contacts (for chat: share of session-slot time).</param>
/// <param name="ProbabilityOfAbandoning">Erlang A only; 0 under Erlang C.</param>
public readonly record struct QueueMetrics(
    double TrafficErlangs,
    int Agents,
    double ProbabilityOfWaiting,
    double ServiceLevel,
    double AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double ProbabilityOfAbandoning);
