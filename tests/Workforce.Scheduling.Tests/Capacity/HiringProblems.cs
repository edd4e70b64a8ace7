using NodaTime;
using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Tests.Capacity;

/// <summary>Small hiring problems with the requirement given in FTE: 2 weeks' training, 2 of nesting at 50 % and 80 %.</summary>
internal static class HiringProblems
{
    public static readonly LocalDate Start = new(2026, 3, 2);

    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static CapacityProblem Make(
        double[][] requiredFte,
        string[] skills,
        IReadOnlyList<AgentCohort> cohorts,
        int leadTime = 0,
        int min = 2,
        int max = 10,
        int parallel = 5,
        double monthlyAttrition = 0.04)
    {
        var weeks = requiredFte.Length;
        var requirements = new WeeklyRequirements(
            [.. Enumerable.Range(0, weeks).Select(k => Start.PlusWeeks(k))],
            skills,
            [.. requiredFte.Select(w => w.Select(f => f * 40).ToArray())],
            requiredFte,
            [.. requiredFte.Select(w => w.Select(_ => RequirementSource.SpreadWeeklyVolume).ToArray())],
            new FteConversion(40, 0, 0, 1));
        return new CapacityProblem(
            requirements,
            cohorts,
            new AttritionModel([new TenureBand(0, monthlyAttrition)]),
            new TrainingPath(2, [0.5, 0.8]),
            new HiringRules(HiringRules.Every(1, leadTime, weeks), min, max, leadTime, parallel, 1),
            new CapacityCosts(800, 3000, 15, 20_000, 20),
            StaffingLimits.None,
            40);
    }

    /// <summary>A requirement rising by <paramref name="perWeek"/> FTE a week from <paramref name="first"/>, for each skill.</summary>
    public static double[][] Rising(int weeks, double first, double perWeek, int skills = 1) =>
        [.. Enumerable.Range(0, weeks).Select(k => Enumerable.Repeat(first + (perWeek * k), skills).ToArray())];
}
