using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Storage.Scenarios;

/// <summary>A row of <c>agent_preferences</c>; <see cref="Position"/> keeps the order of <c>preferences.csv</c>.</summary>
internal sealed class PreferenceRow
{
    private const string DayOff = "day_off";
    private const string Start = "start";

    public int Position { get; init; }
    public string AgentId { get; init; } = "";
    public string Kind { get; init; } = "";
    public DateTime? PreferenceDate { get; init; }
    public short? Weekday { get; init; }
    public TimeSpan? StartTime { get; init; }

    public static PreferenceRow From(AgentPreference preference, int position) => new()
    {
        Position = position,
        AgentId = preference.AgentId,
        Kind = preference.Kind == PreferenceKind.DayOff ? DayOff : Start,
        PreferenceDate = preference.Date?.ToDateTimeUnspecified(),
        Weekday = preference.Weekday is { } day ? (short)day : null,
        StartTime = preference.Start?.ToTimeOnly().ToTimeSpan(),
    };

    public AgentPreference ToDomain() => new(
        AgentId,
        Kind == DayOff ? PreferenceKind.DayOff : PreferenceKind.Start,
        PreferenceDate is { } date ? LocalDate.FromDateTime(date) : null,
        Weekday is { } day ? (IsoDayOfWeek)day : null,
        StartTime is { } time ? LocalTime.FromTimeOnly(TimeOnly.FromTimeSpan(time)) : null);
}
