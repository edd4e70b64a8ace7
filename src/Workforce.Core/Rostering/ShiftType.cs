using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>
/// A named shift a contract works (an early, a late, a night): the same local start and length on any
/// day it is worked. Rules can name it: per-type caps, forbidden successions, shift requests and cover
/// per day and shift type.
/// </summary>
/// <param name="Id">Unique key among the contract's shift types.</param>
/// <param name="Start">Local start time.</param>
/// <param name="Length">Whole span from start to end, in (0, 24 h].</param>
public sealed record ShiftType(string Id, LocalTime Start, Duration Length)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(Id) ? throw new ArgumentOutOfRangeException(nameof(Id), Id, "A shift type needs an id.") : Id;

    public Duration Length { get; } = Length > Duration.Zero && Length <= Duration.FromHours(24)
        ? Length
        : throw new ArgumentOutOfRangeException(nameof(Length), Length, "Must lie in (0, 24 h].");
}

/// <summary>A forbidden succession: <paramref name="Next"/> may not be worked on the day after <paramref name="First"/> (no early after a late).</summary>
public sealed record ShiftSuccession(string First, string Next);
