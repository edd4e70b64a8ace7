using NodaTime;
using Workforce.Core.Capacity;

namespace Workforce.Core.Tests.Capacity;

/// <summary>Capacity problems built in code: requirements given directly in FTE, so each test sees only the rule it is about.</summary>
internal static class TinyCapacity
{
    public static readonly LocalDate Start = new(2026, 3, 1);

    /// <summary>0–3 months 10 %, 3–12 months 5 %, over 12 months 2.5 % a month: bands start at weeks 0, 13 and 52.</summary>
    public static AttritionModel Bands { get; } = new([new TenureBand(0, 0.10), new TenureBand(13, 0.05), new TenureBand(52, 0.025)]);

    public static TrainingPath Path { get; } = new(3, [0.5, 0.75]);

    public static FteConversion Conversion { get; } = new(40, 0, 0, 1);

    public static WeeklyRequirements Requirements(double[][] requiredFte, params string[] skills) => new(
        [.. Enumerable.Range(0, requiredFte.Length).Select(k => Start.PlusWeeks(k))],
        skills.Length == 0 ? ["phone"] : skills,
        [.. requiredFte.Select(w => w.Select(f => f * 40).ToArray())],
        requiredFte,
        [.. requiredFte.Select(w => w.Select(_ => RequirementSource.SpreadWeeklyVolume).ToArray())],
        Conversion);

    /// <summary>The same requirement every week for one skill.</summary>
    public static WeeklyRequirements Flat(int weeks, double fte) => Requirements([.. Enumerable.Range(0, weeks).Select(_ => new[] { fte })]);

    public static HiringRules Hiring(int weeks, int leadTime = 0, int min = 1, int max = 20, int parallel = 10, int every = 1) =>
        new(HiringRules.Every(every, leadTime, weeks), min, max, leadTime, parallel, 1);

    public static CapacityCosts Costs { get; } = new(1000, 5000, 15, 20_000, 10);

    public static CapacityProblem Problem(
        WeeklyRequirements requirements,
        IReadOnlyList<AgentCohort>? cohorts = null,
        AttritionModel? attrition = null,
        TrainingPath? training = null,
        HiringRules? hiring = null) => new(
            requirements,
            cohorts ?? [],
            attrition ?? Bands,
            training ?? Path,
            hiring ?? Hiring(requirements.WeekStarts.Count),
            Costs,
            StaffingLimits.None,
            40);

    /// <summary>Class sizes with one class of <paramref name="size"/> in week <paramref name="week"/> for skill 0.</summary>
    public static int[][] OneClass(int weeks, int week, int size, int skills = 1)
    {
        var sizes = Enumerable.Range(0, weeks).Select(_ => new int[skills]).ToArray();
        sizes[week][0] = size;
        return sizes;
    }
}
