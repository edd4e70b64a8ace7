using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>
/// Time an agent is not available (holiday, appointment), as the half-open span [<see cref="Start"/>,
/// <see cref="End"/>) in the site's local time: start included, end excluded.
/// </summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Start">First local moment away.</param>
/// <param name="End">First local moment back; after <paramref name="Start"/>.</param>
/// <param name="Reason">Free text for the planner (holiday, doctor, ...).</param>
public sealed record TimeOff(string AgentId, LocalDateTime Start, LocalDateTime End, string Reason)
{
    public string AgentId { get; } = string.IsNullOrWhiteSpace(AgentId) ? throw new ArgumentOutOfRangeException(nameof(AgentId), AgentId, "Time off needs an agent.") : AgentId;

    public LocalDateTime End { get; } = End > Start ? End : throw new ArgumentOutOfRangeException(nameof(End), End, "Time off must end after it starts.");

    /// <summary>Whether the half-open span overlaps the half-open span [start, end).</summary>
    public bool Overlaps(LocalDateTime start, LocalDateTime end) => Start < end && start < End;
}
