namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// One shift an agent could work on one day: it covers intervals [StartIndex, StartIndex + Length)
/// of the <see cref="RosterHorizon"/>. A night shift belongs to the day it starts.
/// </summary>
/// <param name="Day">Day of the week it starts on (0 = the week's first day).</param>
/// <param name="StartIndex">First interval worked.</param>
/// <param name="Length">Intervals from start to end, breaks included.</param>
/// <param name="PaidMinutes">Paid time: the length less unpaid breaks that apply to it.</param>
/// <param name="CostCents">Wage cost with night and weekend premiums, in cents of the site currency.</param>
/// <param name="StartMinuteOfDay">Local start time, in minutes after midnight (for start-time stability).</param>
public sealed record ShiftCandidate(int Day, int StartIndex, int Length, int PaidMinutes, long CostCents, int StartMinuteOfDay)
{
    /// <summary>A shift ending after this local time, or past midnight, is a late shift (shared out fairly).</summary>
    public static readonly NodaTime.LocalTime LateEndsAfter = new(21, 0);

    /// <summary>Whether it ends after <see cref="LateEndsAfter"/> local time or on a later day.</summary>
    public bool IsLate { get; init; }

    /// <summary>Whether a shift from <paramref name="start"/> to <paramref name="end"/> (local) is a late shift.</summary>
    public static bool EndsLate(NodaTime.LocalDateTime start, NodaTime.LocalDateTime end) =>
        end.Date > start.Date || end.TimeOfDay > LateEndsAfter;

    /// <summary>The contract's named shift type this is, or null for a shift from the start window.</summary>
    public string? ShiftTypeId { get; init; }

    public int EndIndex => StartIndex + Length;

    public bool Covers(int interval) => interval >= StartIndex && interval < EndIndex;
}
