using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>
/// The working-time rules and pay premiums that apply to every agent on this contract. Weeks are the
/// planning week; a shift belongs to the day it starts.
/// </summary>
/// <param name="Id">Unique key agents name.</param>
/// <param name="MinPaidPerWeek">Least paid time per week; ≥ 0.</param>
/// <param name="MaxPaidPerWeek">Most paid time per week; ≥ the minimum and &gt; 0.</param>
/// <param name="MaxWorkingDays">Most days with a shift per week, 1–7.</param>
/// <param name="MinRestBetweenShifts">Least time from one shift's end to the next one's start (<see cref="DefaultMinRest"/>, 11 h, by default).</param>
/// <param name="MaxConsecutiveWorkingDays">Most days worked in a row, across week boundaries; ≥ 1.</param>
/// <param name="MinConsecutiveDaysOff">Days off must come in runs of at least this many (0 or 1: no rule).</param>
/// <param name="MaxWeekendsWorked">Most weekends with any shift in <paramref name="WeekendReferenceWeeks"/> weeks.</param>
/// <param name="WeekendReferenceWeeks">The rolling window, in weeks, the weekend rule counts over; ≥ 1.</param>
/// <param name="ShiftLengths">
/// The allowed shift lengths, each the whole span from start to end (paid and unpaid time), on the site's
/// interval grid; at least one. With named <see cref="ShiftTypes"/> the types' own lengths apply instead.
/// </param>
/// <param name="EarliestStart">Earliest local start time of a shift.</param>
/// <param name="LatestStart">Latest local start time of a shift; not before <paramref name="EarliestStart"/>.</param>
/// <param name="Breaks">Breaks and lunches every long-enough shift gets.</param>
/// <param name="NightPremium">
/// Extra fraction of the wage paid for hours worked at night, the half-open local span
/// [<see cref="NightStart"/>, <see cref="NightEnd"/>) = 22:00–06:00 (0.25 = +25 %); ≥ 0.
/// </param>
/// <param name="WeekendPremium">Extra fraction of the wage paid for hours on the site's weekend days (0.5 = +50 %); ≥ 0.</param>
public sealed record Contract(
    string Id,
    Duration MinPaidPerWeek,
    Duration MaxPaidPerWeek,
    int MaxWorkingDays,
    Duration MinRestBetweenShifts,
    int MaxConsecutiveWorkingDays,
    int MinConsecutiveDaysOff,
    int MaxWeekendsWorked,
    int WeekendReferenceWeeks,
    IReadOnlyList<Duration> ShiftLengths,
    LocalTime EarliestStart,
    LocalTime LatestStart,
    IReadOnlyList<BreakRule> Breaks,
    decimal NightPremium,
    decimal WeekendPremium)
{
    /// <summary>Rest between shifts when a contract does not say (the EU working-time directive's daily rest).</summary>
    public static readonly Duration DefaultMinRest = Duration.FromHours(11);

    /// <summary>Local time night hours start (included).</summary>
    public static readonly LocalTime NightStart = new(22, 0);

    /// <summary>Local time night hours end (excluded).</summary>
    public static readonly LocalTime NightEnd = new(6, 0);

    public string Id { get; } = string.IsNullOrWhiteSpace(Id) ? throw new ArgumentOutOfRangeException(nameof(Id), Id, "A contract needs an id.") : Id;

    public Duration MinPaidPerWeek { get; } = MinPaidPerWeek >= Duration.Zero
        ? MinPaidPerWeek
        : throw new ArgumentOutOfRangeException(nameof(MinPaidPerWeek), MinPaidPerWeek, "Must not be negative.");

    public Duration MaxPaidPerWeek { get; } = MaxPaidPerWeek >= MinPaidPerWeek && MaxPaidPerWeek > Duration.Zero
        ? MaxPaidPerWeek
        : throw new ArgumentOutOfRangeException(nameof(MaxPaidPerWeek), MaxPaidPerWeek, "Must be positive and not below the minimum.");

    public int MaxWorkingDays { get; } = MaxWorkingDays is >= 1 and <= 7
        ? MaxWorkingDays
        : throw new ArgumentOutOfRangeException(nameof(MaxWorkingDays), MaxWorkingDays, "Must lie in 1–7.");

    public Duration MinRestBetweenShifts { get; } = MinRestBetweenShifts >= Duration.Zero
        ? MinRestBetweenShifts
        : throw new ArgumentOutOfRangeException(nameof(MinRestBetweenShifts), MinRestBetweenShifts, "Must not be negative.");

    public int MaxConsecutiveWorkingDays { get; } = MaxConsecutiveWorkingDays >= 1
        ? MaxConsecutiveWorkingDays
        : throw new ArgumentOutOfRangeException(nameof(MaxConsecutiveWorkingDays), MaxConsecutiveWorkingDays, "Must be at least 1.");

    public int MinConsecutiveDaysOff { get; } = MinConsecutiveDaysOff is >= 0 and <= 7
        ? MinConsecutiveDaysOff
        : throw new ArgumentOutOfRangeException(nameof(MinConsecutiveDaysOff), MinConsecutiveDaysOff, "Must lie in 0–7.");

    public int WeekendReferenceWeeks { get; } = WeekendReferenceWeeks >= 1
        ? WeekendReferenceWeeks
        : throw new ArgumentOutOfRangeException(nameof(WeekendReferenceWeeks), WeekendReferenceWeeks, "Must be at least 1.");

    public int MaxWeekendsWorked { get; } = MaxWeekendsWorked >= 0 && MaxWeekendsWorked <= WeekendReferenceWeeks
        ? MaxWeekendsWorked
        : throw new ArgumentOutOfRangeException(nameof(MaxWeekendsWorked), MaxWeekendsWorked, "Must lie in 0 to the reference weeks.");

    public IReadOnlyList<Duration> ShiftLengths { get; } = ShiftLengths is { Count: > 0 } && ShiftLengths.All(l => l > Duration.Zero && l <= Duration.FromHours(24))
        ? [.. ShiftLengths]
        : throw new ArgumentOutOfRangeException(nameof(ShiftLengths), "At least one shift length, each in (0, 24 h].");

    public LocalTime LatestStart { get; } = LatestStart >= EarliestStart
        ? LatestStart
        : throw new ArgumentOutOfRangeException(nameof(LatestStart), LatestStart, "Must not be before the earliest start.");

    public IReadOnlyList<BreakRule> Breaks { get; } = Breaks is null ? throw new ArgumentNullException(nameof(Breaks)) : [.. Breaks];

    public decimal NightPremium { get; } = NightPremium >= 0 ? NightPremium : throw new ArgumentOutOfRangeException(nameof(NightPremium), NightPremium, "Must not be negative.");

    public decimal WeekendPremium { get; } = WeekendPremium >= 0 ? WeekendPremium : throw new ArgumentOutOfRangeException(nameof(WeekendPremium), WeekendPremium, "Must not be negative.");

    /// <summary>
    /// Named shift types (ids unique). When given, an agent on this contract works exactly these shifts,
    /// at their own start and length, instead of every allowed length at every start in the window.
    /// </summary>
    public IReadOnlyList<ShiftType> ShiftTypes
    {
        get;
        init => field = value is not null && value.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() == value.Count
            ? [.. value]
            : throw new ArgumentException("Shift type ids must be unique.", nameof(value));
    } = [];

    /// <summary>Most shifts of each named type over the planning horizon (0: never); a type not listed has no cap.</summary>
    public IReadOnlyDictionary<string, int> MaxShiftsPerType
    {
        get;
        init => field = value is not null && value.Values.All(v => v >= 0)
            ? new Dictionary<string, int>(value, StringComparer.Ordinal)
            : throw new ArgumentException("Caps must not be negative.", nameof(value));
    } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Pairs of named types that may not be worked on consecutive days, first then next.</summary>
    public IReadOnlyList<ShiftSuccession> ForbiddenSuccessions
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(value)) : [.. value];
    } = [];

    /// <summary>Working days come in runs of at least this many (0 or 1: no rule).</summary>
    public int MinConsecutiveWorkingDays
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
    }

    /// <summary>Least paid time over the whole planning horizon (several weeks, say); null: no rule.</summary>
    public Duration? MinPaidOverHorizon
    {
        get;
        init => field = value is null || value >= Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
    }

    /// <summary>Most paid time over the whole planning horizon; null: no rule.</summary>
    public Duration? MaxPaidOverHorizon
    {
        get;
        init => field = value is null || value >= Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
    }

    /// <summary>The cap on a named shift type, or null when there is none.</summary>
    public int? MaxShiftsOf(string shiftTypeId) => MaxShiftsPerType.TryGetValue(shiftTypeId, out var cap) ? cap : null;

    /// <summary>The breaks and lunches a shift of this length (its whole span) gets.</summary>
    public IEnumerable<BreakRule> BreaksFor(Duration shiftLength) => Breaks.Where(b => b.AppliesTo(shiftLength));

    /// <summary>
    /// Paid time of a shift spanning <paramref name="shiftLength"/>: the span minus the unpaid breaks that
    /// apply to it (an 8 h shift with a 30-minute unpaid lunch pays 7.5 h; paid breaks are paid hours).
    /// </summary>
    public Duration PaidLength(Duration shiftLength)
    {
        if (shiftLength <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(shiftLength), shiftLength, "A shift must last longer than zero.");
        }

        return BreaksFor(shiftLength).Where(b => !b.Paid).Aggregate(shiftLength, (paid, b) => paid - b.Length);
    }

    public bool Equals(Contract? other) =>
        other is not null
        && Id == other.Id
        && MinPaidPerWeek == other.MinPaidPerWeek
        && MaxPaidPerWeek == other.MaxPaidPerWeek
        && MaxWorkingDays == other.MaxWorkingDays
        && MinRestBetweenShifts == other.MinRestBetweenShifts
        && MaxConsecutiveWorkingDays == other.MaxConsecutiveWorkingDays
        && MinConsecutiveDaysOff == other.MinConsecutiveDaysOff
        && MaxWeekendsWorked == other.MaxWeekendsWorked
        && WeekendReferenceWeeks == other.WeekendReferenceWeeks
        && ShiftLengths.SequenceEqual(other.ShiftLengths)
        && EarliestStart == other.EarliestStart
        && LatestStart == other.LatestStart
        && Breaks.SequenceEqual(other.Breaks)
        && NightPremium == other.NightPremium
        && WeekendPremium == other.WeekendPremium
        && ShiftTypes.SequenceEqual(other.ShiftTypes)
        && MaxShiftsPerType.Count == other.MaxShiftsPerType.Count
        && MaxShiftsPerType.All(cap => other.MaxShiftsOf(cap.Key) == cap.Value)
        && ForbiddenSuccessions.SequenceEqual(other.ForbiddenSuccessions)
        && MinConsecutiveWorkingDays == other.MinConsecutiveWorkingDays
        && MinPaidOverHorizon == other.MinPaidOverHorizon
        && MaxPaidOverHorizon == other.MaxPaidOverHorizon;

    public override int GetHashCode() => HashCode.Combine(Id, MinPaidPerWeek, MaxPaidPerWeek, MaxWorkingDays);
}
