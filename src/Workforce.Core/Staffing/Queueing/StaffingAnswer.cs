namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// The least staffing that meets a <see cref="QueueTarget"/>.
/// </summary>
/// <param name="Agents">The smallest whole number of agents meeting every target.</param>
/// <param name="FractionalAgents">
/// A continuous answer in (Agents − 1, Agents]: service level interpolated linearly between the two
/// neighbouring whole staffing levels (the convention of fractional-agent calculators), capped
/// below by the occupancy cap. Useful for summing requirements across intervals.
/// </param>
/// <param name="Metrics">The queue's metrics at <see cref="Agents"/>.</param>
public readonly record struct StaffingAnswer(int Agents, double FractionalAgents, QueueMetrics Metrics);
