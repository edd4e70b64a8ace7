using NodaTime;

namespace Workforce.Core.Sites;

/// <summary>
/// A contact-centre site: where it is (time zone), how it plans (interval grid, planning week),
/// and what it serves (channels with their targets).
/// </summary>
public sealed record Site
{
    public required string Name { get; init; }

    /// <summary>All interval times in the scenario are local times in this zone.</summary>
    public required DateTimeZone TimeZone { get; init; }

    /// <summary>Length of a planning interval (15 or 30 minutes, or another divisor of an hour).</summary>
    public required Duration IntervalLength { get; init; }

    /// <summary>First local date of the planning week.</summary>
    public required LocalDate WeekStart { get; init; }

    /// <summary>Days that count as the weekend here (Saturday–Sunday in most places, Friday–Saturday in others).</summary>
    public required IReadOnlySet<IsoDayOfWeek> WeekendDays { get; init; }

    public required IReadOnlyList<PublicHoliday> PublicHolidays { get; init; }

    /// <summary>ISO 4217 code of the currency money amounts are in.</summary>
    public required string Currency { get; init; }

    public required Shrinkage Shrinkage { get; init; }

    public required IReadOnlyList<Channel> Channels { get; init; }

    /// <summary>The channel with this id, or null.</summary>
    public Channel? FindChannel(string id) => Channels.FirstOrDefault(c => c.Id == id);
}
