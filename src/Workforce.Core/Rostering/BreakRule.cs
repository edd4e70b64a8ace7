using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>
/// A break or lunch that every shift of at least <see cref="MinShiftLength"/> gets, starting at some
/// point in the window [<see cref="EarliestAfterStart"/>, <see cref="LatestStartAfterStart"/>] after the
/// shift starts (both ends allowed), e.g. a 30-minute unpaid lunch starting 3 h to 5 h into any shift of
/// 6 h or more. The break itself occupies the half-open span [start, start + <see cref="Length"/>).
/// </summary>
/// <param name="Activity"><see cref="BreakActivity"/> or <see cref="LunchActivity"/>.</param>
/// <param name="Length">How long it lasts; &gt; 0.</param>
/// <param name="Paid">Paid breaks count as paid hours; an unpaid lunch does not.</param>
/// <param name="MinShiftLength">Shifts shorter than this do not get it.</param>
/// <param name="EarliestAfterStart">Earliest start, measured from the shift's start.</param>
/// <param name="LatestStartAfterStart">Latest start, measured from the shift's start; ≥ the earliest.</param>
public sealed record BreakRule(
    string Activity,
    Duration Length,
    bool Paid,
    Duration MinShiftLength,
    Duration EarliestAfterStart,
    Duration LatestStartAfterStart)
{
    public const string BreakActivity = "break";

    public const string LunchActivity = "lunch";

    public string Activity { get; } = Activity is BreakActivity or LunchActivity
        ? Activity
        : throw new ArgumentOutOfRangeException(nameof(Activity), Activity, "Expected 'break' or 'lunch'.");

    public Duration Length { get; } = Length > Duration.Zero ? Length : throw new ArgumentOutOfRangeException(nameof(Length), Length, "A break must last longer than zero.");

    public Duration MinShiftLength { get; } = MinShiftLength >= Duration.Zero
        ? MinShiftLength
        : throw new ArgumentOutOfRangeException(nameof(MinShiftLength), MinShiftLength, "Must not be negative.");

    public Duration EarliestAfterStart { get; } = EarliestAfterStart >= Duration.Zero
        ? EarliestAfterStart
        : throw new ArgumentOutOfRangeException(nameof(EarliestAfterStart), EarliestAfterStart, "Must not be negative.");

    public Duration LatestStartAfterStart { get; } = LatestStartAfterStart >= EarliestAfterStart
        ? LatestStartAfterStart
        : throw new ArgumentOutOfRangeException(nameof(LatestStartAfterStart), LatestStartAfterStart, "Must not be before the earliest start.");

    /// <summary>Whether a shift of this length (paid and unpaid span) gets this break.</summary>
    public bool AppliesTo(Duration shiftLength) => shiftLength >= MinShiftLength;

    /// <summary>Whether the break, started as late as allowed, still ends by the end of a shift of this length.</summary>
    public bool FitsIn(Duration shiftLength) => LatestStartAfterStart + Length <= shiftLength;
}
