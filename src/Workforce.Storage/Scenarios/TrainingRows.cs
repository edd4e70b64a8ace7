using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Storage.Scenarios;

/// <summary>A row of <c>training_sessions</c>, in the site's local time; the attendees are rows of <c>training_attendees</c>.</summary>
internal sealed class TrainingSessionRow
{
    public string SessionId { get; init; } = "";
    public int Position { get; init; }
    public DateTime WindowStart { get; init; }
    public DateTime WindowEnd { get; init; }
    public TimeSpan Length { get; init; }

    public static TrainingSessionRow From(TrainingSession session, int position) => new()
    {
        SessionId = session.Id,
        Position = position,
        WindowStart = session.WindowStart.ToDateTimeUnspecified(),
        WindowEnd = session.WindowEnd.ToDateTimeUnspecified(),
        Length = session.Length.ToTimeSpan(),
    };

    public static IEnumerable<AttendeeRow> Attendees(TrainingSession session) =>
        session.AgentIds.Select((agent, i) => new AttendeeRow { SessionId = session.Id, Position = i, AgentId = agent });

    public TrainingSession ToDomain(IEnumerable<AttendeeRow> attendees) => new(
        SessionId,
        [.. attendees.OrderBy(a => a.Position).Select(a => a.AgentId)],
        LocalDateTime.FromDateTime(WindowStart),
        LocalDateTime.FromDateTime(WindowEnd),
        Duration.FromTimeSpan(Length));
}

/// <summary>A row of <c>training_attendees</c>.</summary>
internal sealed class AttendeeRow
{
    public string SessionId { get; init; } = "";
    public int Position { get; init; }
    public string AgentId { get; init; } = "";
}
