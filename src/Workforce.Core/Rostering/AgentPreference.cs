using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>What an agent asked for: a day off, or a start time.</summary>
public enum PreferenceKind
{
    DayOff,
    Start,
}

/// <summary>
/// One preference of one agent, soft: the roster honours it unless coverage or rules pay for not
/// doing so. It applies on one date, on one weekday every week, or (both null) on every day.
/// </summary>
/// <param name="Start">The preferred local start time; required for <see cref="PreferenceKind.Start"/>, null otherwise.</param>
public sealed record AgentPreference(string AgentId, PreferenceKind Kind, LocalDate? Date, IsoDayOfWeek? Weekday, LocalTime? Start)
{
    public LocalTime? Start { get; } = (Kind == PreferenceKind.Start) == Start.HasValue
        ? Start
        : throw new ArgumentException("A start preference needs a start time, and only a start preference has one.", nameof(Start));

    public bool AppliesOn(LocalDate date) =>
        (Date is null || Date == date) && (Weekday is null || Weekday == date.DayOfWeek);
}
