using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Core.Capacity;

/// <summary>What a capacity run reads from a scenario: the scenario, its people (if any), hire dates, far-week volumes and the rules.</summary>
/// <param name="Roster">Agents and contracts, or null for a site with nobody yet (a bid).</param>
/// <param name="HireDates">Hire date by agent id, for agents that have one.</param>
public sealed record CapacityInputs(
    Scenario Scenario,
    RosterInputs? Roster,
    IReadOnlyDictionary<string, LocalDate> HireDates,
    IReadOnlyList<WeeklyVolume> WeeklyVolumes,
    CapacitySettings Settings);

/// <summary>Lays the rules on a horizon: required FTE by interval staffing, today's cohorts, candidate class weeks, prices.</summary>
public static class CapacityProblemBuilder
{
    /// <param name="weeks">Weeks to plan.</param>
    /// <param name="measuredEfficiency">Scheduling efficiency a roster measured, which wins over the settings' and the default.</param>
    public static CapacityProblem Build(CapacityInputs inputs, int weeks, double? measuredEfficiency)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var settings = inputs.Settings;
        var site = inputs.Scenario.Site;
        var start = StartWeek(inputs);
        var efficiency = measuredEfficiency ?? settings.SchedulingEfficiency ?? FteConversion.DefaultSchedulingEfficiency;
        var conversion = new FteConversion(settings.FullTimeHoursPerWeek, site.Shrinkage.PlannedFraction, settings.AbsenceAndLeaveFraction, efficiency);
        var requirements = WeeklyRequirements.Build(site, inputs.Scenario.Forecast, inputs.WeeklyVolumes, start, weeks, conversion);

        var contracts = inputs.Roster?.Contracts ?? [];
        var cohorts = inputs.Roster is { } roster
            ? CurrentWorkforce.Cohorts(roster.Agents, inputs.HireDates, contracts, start, settings.FullTimeHoursPerWeek)
            : [];
        var newHireWeight = settings.NewHireContractId is { } id && contracts.FirstOrDefault(c => c.Id == id) is { } contract
            ? (contract.MinPaidPerWeek > Duration.Zero ? contract.MinPaidPerWeek : contract.MaxPaidPerWeek).TotalHours / settings.FullTimeHoursPerWeek
            : 1.0;

        var startWeeks = settings.ClassStartDates is { } dates
            ? [.. dates.Select(d => WeeklyRequirements.WeekIndex(start, d)).Where(w => w >= 0 && w < weeks)]
            : HiringRules.Every(settings.StartEveryWeeks, settings.LeadTimeWeeks, weeks);
        var hiring = new HiringRules(startWeeks, settings.MinClassSize, settings.MaxClassSize, settings.LeadTimeWeeks, settings.MaxClassesInParallel, newHireWeight);

        var weeklyWage = settings.NewHireHourlyWage * (decimal)(newHireWeight * settings.FullTimeHoursPerWeek);
        var shortfallPenalty = settings.ShortfallPenaltyPerFteWeek
            ?? CapacityCosts.DefaultShortfallPenalty(settings.RecruitmentPerHire, settings.TrainerPerClass, settings.MinClassSize, weeklyWage, settings.Training.WeeksToProduction);
        var costs = new CapacityCosts(settings.RecruitmentPerHire, settings.TrainerPerClass, settings.NewHireHourlyWage, shortfallPenalty, settings.SurplusPenaltyPerFteWeek);
        var fteWage = settings.NewHireHourlyWage * (decimal)settings.FullTimeHoursPerWeek;
        var limits = new StaffingLimits(settings.MaxOvertimeFraction, fteWage * (1 + settings.OvertimePremium), settings.MaxUndertimeFraction);

        return new CapacityProblem(requirements, cohorts, settings.Attrition, settings.Training, hiring, costs, limits, settings.FullTimeHoursPerWeek);
    }

    public static LocalDate StartWeek(CapacityInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Settings.StartWeek ?? inputs.Scenario.Site.WeekStart;
    }
}
