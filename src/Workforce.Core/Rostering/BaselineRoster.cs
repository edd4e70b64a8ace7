using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>One shift of a published roster, in site-local time; it belongs to the day it starts.</summary>
public sealed record BaselineShift(string AgentId, LocalDateTime Start, LocalDateTime End);

/// <summary>
/// A roster already published to agents, which a re-plan should disturb as little as it can.
/// <list type="bullet">
/// <item>Days up to and including <see cref="FrozenThrough"/> are frozen: every agent works exactly the
/// baseline's shift that day, or is off if the baseline has none.</item>
/// <item>On later days each change to an agent the baseline lists costs the roster's change penalty:
/// a baseline shift moved or removed, or a shift added on a baseline day off. Agents the baseline does
/// not list (new starters) are free.</item>
/// </list>
/// </summary>
public sealed record BaselineRoster(IReadOnlyList<BaselineShift> Shifts, LocalDate? FrozenThrough)
{
    public IReadOnlyList<BaselineShift> Shifts { get; } = Shifts ?? throw new ArgumentNullException(nameof(Shifts));

    /// <summary>Whether the baseline lists the agent at all.</summary>
    public bool Lists(string agentId) => Shifts.Any(s => s.AgentId == agentId);

    /// <summary>The agent's baseline shift starting on <paramref name="date"/>, or null for a day off.</summary>
    public BaselineShift? ShiftOn(string agentId, LocalDate date) =>
        Shifts.FirstOrDefault(s => s.AgentId == agentId && s.Start.Date == date);

    public bool IsFrozen(LocalDate date) => FrozenThrough is { } last && date <= last;
}
