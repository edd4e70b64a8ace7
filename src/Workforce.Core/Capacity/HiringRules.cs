namespace Workforce.Core.Capacity;

/// <summary>When classes may start and how big they may be.</summary>
/// <param name="StartWeeks">Week indices of the horizon (0 = its first week) in which a class may start training.</param>
/// <param name="MinClassSize">Least hires in a class that runs; ≥ 1.</param>
/// <param name="MaxClassSize">Most hires in a class; ≥ the minimum.</param>
/// <param name="LeadTimeWeeks">Recruiting lead time: a class decided now can start in this week index at the earliest.</param>
/// <param name="MaxClassesInParallel">Most classes in training at once (trainers, rooms), over all skills; ≥ 1.</param>
/// <param name="NewHireFteWeight">What one hire counts for in FTE (their contract hours ÷ full-time hours).</param>
public sealed record HiringRules(
    IReadOnlyList<int> StartWeeks,
    int MinClassSize,
    int MaxClassSize,
    int LeadTimeWeeks,
    int MaxClassesInParallel,
    double NewHireFteWeight)
{
    public IReadOnlyList<int> StartWeeks { get; } = StartWeeks is not null && StartWeeks.All(w => w >= 0)
        ? [.. StartWeeks.Distinct().Order()]
        : throw new ArgumentOutOfRangeException(nameof(StartWeeks), "Start weeks must be week indices ≥ 0.");

    public int MinClassSize { get; } = MinClassSize >= 1 ? MinClassSize : throw new ArgumentOutOfRangeException(nameof(MinClassSize), MinClassSize, "Must be at least 1.");

    public int MaxClassSize { get; } = MaxClassSize >= MinClassSize ? MaxClassSize : throw new ArgumentOutOfRangeException(nameof(MaxClassSize), MaxClassSize, "Must not be below the minimum class size.");

    public int LeadTimeWeeks { get; } = LeadTimeWeeks >= 0 ? LeadTimeWeeks : throw new ArgumentOutOfRangeException(nameof(LeadTimeWeeks), LeadTimeWeeks, "Must not be negative.");

    public int MaxClassesInParallel { get; } = MaxClassesInParallel >= 1 ? MaxClassesInParallel : throw new ArgumentOutOfRangeException(nameof(MaxClassesInParallel), MaxClassesInParallel, "Must be at least 1.");

    public double NewHireFteWeight { get; } = double.IsFinite(NewHireFteWeight) && NewHireFteWeight > 0
        ? NewHireFteWeight
        : throw new ArgumentOutOfRangeException(nameof(NewHireFteWeight), NewHireFteWeight, "Must be greater than 0.");

    /// <summary>The weeks of a horizon of <paramref name="weeks"/> in which a class may start: allowed and not before the lead time.</summary>
    public IReadOnlyList<int> CandidateStarts(int weeks) => [.. StartWeeks.Where(w => w >= LeadTimeWeeks && w < weeks)];

    /// <summary>Every week from 0 to <paramref name="weeks"/> − 1 that is a multiple of <paramref name="everyWeeks"/> after <paramref name="firstWeek"/>.</summary>
    public static IReadOnlyList<int> Every(int everyWeeks, int firstWeek, int weeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(everyWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(firstWeek);
        var starts = new List<int>();
        for (var week = firstWeek; week < weeks; week += everyWeeks)
        {
            starts.Add(week);
        }

        return starts;
    }
}
