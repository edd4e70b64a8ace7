using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>
/// Training that named agents must attend, off the phones, inside one of their shifts (a hard rule).
/// A session whose window is exactly its length is fixed; a longer window lets the optimiser place each
/// attendee's session where coverage misses them least ("2 h of product training for every chat agent
/// this week").
/// </summary>
/// <param name="Id">Session id, for messages.</param>
/// <param name="AgentIds">Who attends.</param>
/// <param name="WindowStart">Site-local start of the window.</param>
/// <param name="WindowEnd">Site-local end of the window (excluded).</param>
/// <param name="Length">How long each attendee trains.</param>
public sealed record TrainingSession(string Id, IReadOnlyList<string> AgentIds, LocalDateTime WindowStart, LocalDateTime WindowEnd, Duration Length)
{
    public IReadOnlyList<string> AgentIds { get; } = AgentIds is { Count: > 0 } ? AgentIds : throw new ArgumentException("A session needs attendees.", nameof(AgentIds));

    public Duration Length { get; } = Length > Duration.Zero ? Length : throw new ArgumentOutOfRangeException(nameof(Length), Length, "Must be positive.");

    /// <summary>The same session with other attendees (one left the site, say).</summary>
    public TrainingSession WithAttendees(IReadOnlyList<string> agentIds) => new(Id, agentIds, WindowStart, WindowEnd, Length);

    /// <summary>Whether the session has one possible time: its window.</summary>
    public bool IsFixed => WindowStart.PlusTicks(Length.BclCompatibleTicks) >= WindowEnd;
}
