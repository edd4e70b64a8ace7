namespace Workforce.Core.Capacity;

/// <summary>The prices the hiring plan trades off, in the site's currency.</summary>
/// <param name="RecruitmentPerHire">Sourcing, screening and onboarding one hire.</param>
/// <param name="TrainerPerClass">The trainer (and room) for one class, for its whole training.</param>
/// <param name="NewHireHourlyWage">A new hire's wage per paid hour, paid from the first training week.</param>
/// <param name="ShortfallPenaltyPerFteWeek">Price of one productive FTE missing for a week (service-level penalties, lost revenue).</param>
/// <param name="SurplusPenaltyPerFteWeek">Price of one productive FTE above the requirement for a week, on top of its wages.</param>
public sealed record CapacityCosts(
    decimal RecruitmentPerHire,
    decimal TrainerPerClass,
    decimal NewHireHourlyWage,
    decimal ShortfallPenaltyPerFteWeek,
    decimal SurplusPenaltyPerFteWeek)
{
    public decimal RecruitmentPerHire { get; } = NonNegative(RecruitmentPerHire, nameof(RecruitmentPerHire));

    public decimal TrainerPerClass { get; } = NonNegative(TrainerPerClass, nameof(TrainerPerClass));

    public decimal NewHireHourlyWage { get; } = NonNegative(NewHireHourlyWage, nameof(NewHireHourlyWage));

    public decimal ShortfallPenaltyPerFteWeek { get; } = NonNegative(ShortfallPenaltyPerFteWeek, nameof(ShortfallPenaltyPerFteWeek));

    public decimal SurplusPenaltyPerFteWeek { get; } = NonNegative(SurplusPenaltyPerFteWeek, nameof(SurplusPenaltyPerFteWeek));

    /// <summary>
    /// The shortfall price used when a planner gives none: twice the worst cost of covering one FTE for
    /// one week by hiring (recruitment, a share of the trainer at the minimum class size, and wages
    /// through training, nesting and that week), so that the plan hires rather than run short.
    /// </summary>
    public static decimal DefaultShortfallPenalty(decimal recruitmentPerHire, decimal trainerPerClass, int minClassSize, decimal weeklyWagePerHire, int weeksToProduction) =>
        2 * (recruitmentPerHire + (trainerPerClass / Math.Max(minClassSize, 1)) + (weeklyWagePerHire * (weeksToProduction + 1)));

    private static decimal NonNegative(decimal value, string name) => value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must not be negative.");
}
