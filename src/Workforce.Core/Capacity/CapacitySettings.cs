using NodaTime;

namespace Workforce.Core.Capacity;

/// <summary>
/// A scenario's <c>capacity.json</c>, as read: the planner's rules before they are laid on a horizon.
/// </summary>
/// <param name="StartWeek">First day of the horizon; null means the site's planning week.</param>
/// <param name="HorizonWeeks">Weeks planned when the command does not say.</param>
/// <param name="FullTimeHoursPerWeek">Contract hours of one FTE.</param>
/// <param name="AbsenceAndLeaveFraction">Annual leave and long absences, as a share of contracted hours.</param>
/// <param name="SchedulingEfficiency">The planner's figure; null means a roster's or the default.</param>
/// <param name="ClassStartDates">The weeks a class may start, when listed; null means every <paramref name="StartEveryWeeks"/>.</param>
/// <param name="StartEveryWeeks">A class may start every this many weeks, from the lead time.</param>
/// <param name="NewHireContractId">Contract the hires join (from <c>contracts.json</c>), or null for a full-time FTE.</param>
/// <param name="ShortfallPenaltyPerFteWeek">The planner's price, or null for <see cref="CapacityCosts.DefaultShortfallPenalty"/>.</param>
/// <param name="OvertimePremium">Overtime pay on top of the wage (0.5 = time and a half).</param>
public sealed record CapacitySettings(
    LocalDate? StartWeek,
    int HorizonWeeks,
    double FullTimeHoursPerWeek,
    double AbsenceAndLeaveFraction,
    double? SchedulingEfficiency,
    AttritionModel Attrition,
    TrainingPath Training,
    IReadOnlyList<LocalDate>? ClassStartDates,
    int StartEveryWeeks,
    int MinClassSize,
    int MaxClassSize,
    int LeadTimeWeeks,
    int MaxClassesInParallel,
    string? NewHireContractId,
    decimal NewHireHourlyWage,
    decimal RecruitmentPerHire,
    decimal TrainerPerClass,
    decimal? ShortfallPenaltyPerFteWeek,
    decimal SurplusPenaltyPerFteWeek,
    double MaxOvertimeFraction,
    decimal OvertimePremium,
    double? MaxUndertimeFraction,
    int MonteCarloRuns)
{
    public const int DefaultHorizonWeeks = 26;
}
