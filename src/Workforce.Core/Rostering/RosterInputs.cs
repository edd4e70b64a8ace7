namespace Workforce.Core.Rostering;

/// <summary>Everything about people that the roster needs beyond the requirement: agents, contracts, time off and history.</summary>
/// <param name="Agents">The agents, ids unique.</param>
/// <param name="Contracts">The contracts the agents name.</param>
/// <param name="TimeOff">Approved time off, any number per agent.</param>
/// <param name="CarryIn">The previous week's history, at most one per agent; an agent without one has none.</param>
public sealed record RosterInputs(
    IReadOnlyList<Agent> Agents,
    IReadOnlyList<Contract> Contracts,
    IReadOnlyList<TimeOff> TimeOff,
    IReadOnlyList<AgentCarryIn> CarryIn)
{
    public IReadOnlyList<Agent> Agents { get; } = Agents ?? throw new ArgumentNullException(nameof(Agents));

    public IReadOnlyList<Contract> Contracts { get; } = Contracts ?? throw new ArgumentNullException(nameof(Contracts));

    public IReadOnlyList<TimeOff> TimeOff { get; } = TimeOff ?? throw new ArgumentNullException(nameof(TimeOff));

    public IReadOnlyList<AgentCarryIn> CarryIn { get; } = CarryIn ?? throw new ArgumentNullException(nameof(CarryIn));

    /// <summary>Training sessions, fixed or placed by the optimiser; attendance is a hard rule.</summary>
    public IReadOnlyList<TrainingSession> Training { get; init; } = [];

    /// <summary>Agents' preferred days off and start times (soft).</summary>
    public IReadOnlyList<AgentPreference> Preferences { get; init; } = [];

    /// <summary>A published roster to stay close to, with its frozen days; null for a fresh roster.</summary>
    public BaselineRoster? Baseline { get; init; }

    /// <summary>The same inputs with another carry-in (derived for a later week, say).</summary>
    public RosterInputs WithCarryIn(IReadOnlyList<AgentCarryIn> carryIn) =>
        new(Agents, Contracts, TimeOff, carryIn) { Training = Training, Preferences = Preferences, Baseline = Baseline };

    /// <summary>The contract with this id, or null.</summary>
    public Contract? FindContract(string id) => Contracts.FirstOrDefault(c => c.Id == id);

    /// <summary>The agent's carry-in, or <see cref="AgentCarryIn.None"/> when none was given.</summary>
    public AgentCarryIn CarryInFor(string agentId) => CarryIn.FirstOrDefault(c => c.AgentId == agentId) ?? AgentCarryIn.None(agentId);
}
