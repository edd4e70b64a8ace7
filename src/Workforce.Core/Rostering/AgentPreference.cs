using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>What an agent asked for: a day off, a start time, or to work (or not work) a named shift type.</summary>
public enum PreferenceKind
{
    DayOff,
    Start,

    /// <summary>To work the named shift type that day; costs when they do not.</summary>
    ShiftOn,

    /// <summary>Not to work the named shift type that day; costs when they do.</summary>
    ShiftOff,
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

    /// <summary>The named shift type of a <see cref="PreferenceKind.ShiftOn"/> or <see cref="PreferenceKind.ShiftOff"/> request.</summary>
    public string? ShiftTypeId { get; init; }

    /// <summary>What not honouring this one costs, in cents, when it differs from the site's price for its kind.</summary>
    public long? WeightCents
    {
        get;
        init => field = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
    }

    /// <summary>A request to work (<paramref name="on"/>) or not to work a named shift type on one date.</summary>
    public static AgentPreference ShiftRequest(string agentId, bool on, LocalDate date, string shiftTypeId, long? weightCents) =>
        new(agentId, on ? PreferenceKind.ShiftOn : PreferenceKind.ShiftOff, date, null, null)
        {
            ShiftTypeId = string.IsNullOrWhiteSpace(shiftTypeId) ? throw new ArgumentOutOfRangeException(nameof(shiftTypeId), shiftTypeId, "A shift request names a shift type.") : shiftTypeId,
            WeightCents = weightCents,
        };

    public bool AppliesOn(LocalDate date) =>
        (Date is null || Date == date) && (Weekday is null || Weekday == date.DayOfWeek);
}
