namespace Workforce.Core.Staffing.Deferred;

/// <summary>
/// The staffing that <see cref="DeferredBacklog.Plan"/> proposes and what it achieves.
/// </summary>
/// <param name="Agents">Agents on the channel in each interval (productive at the workload's maximum occupancy).</param>
/// <param name="Outcome">The simulation of these agents: the same as <c>DeferredBacklog.Simulate(workload, Agents)</c>.</param>
public sealed record DeferredPlan(IReadOnlyList<int> Agents, DeferredOutcome Outcome);
