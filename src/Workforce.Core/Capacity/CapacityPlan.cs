using NodaTime;

namespace Workforce.Core.Capacity;

/// <summary>A class the plan hires: it starts training in <see cref="WeekStart"/> and is in full production from <see cref="ProductionFrom"/>.</summary>
public sealed record HiringClass(int StartWeek, LocalDate WeekStart, string Skill, int Size, LocalDate NestingFrom, LocalDate ProductionFrom);

/// <summary>One row of <c>capacity.csv</c> (all skills, <see cref="Skill"/> null) or of the per-skill file.</summary>
/// <param name="Gap">Productive FTE − required FTE: negative is short, positive surplus.</param>
public sealed record CapacityWeekRow(
    LocalDate WeekStart,
    string? Skill,
    double RequiredFte,
    double InTraining,
    double InNesting,
    double InProduction,
    double ProductiveFte,
    BandPoint Band,
    double Gap,
    int HiresStarting);

/// <summary>Money and FTE-weeks of a plan, in the site's currency, rounded once to cents.</summary>
/// <param name="NewHireWages">Expected wages of the hires from their start to the end of the horizon.</param>
/// <param name="ShortfallFteWeeks">Expected productive FTE-weeks short of the requirement after the overtime allowed.</param>
/// <param name="ExpectedLeavers">Agents expected to leave during the horizon, today's and new.</param>
/// <param name="CostPerReplacement">Recruitment + a share of a trainer (at the plan's mean class size) + wages through training.</param>
/// <param name="CostOfAttrition">Expected leavers × cost per replacement: what attrition costs to stand still.</param>
public sealed record CapacityCostSummary(
    int Hires,
    int Classes,
    decimal Recruitment,
    decimal Trainers,
    decimal NewHireWages,
    double OvertimeFteWeeks,
    decimal Overtime,
    double ShortfallFteWeeks,
    double SurplusFteWeeks,
    double ExpectedLeavers,
    decimal CostPerReplacement,
    decimal CostOfAttrition)
{
    /// <summary>Recruitment, trainers, new-hire wages and overtime.</summary>
    public decimal HiringCost => Recruitment + Trainers + NewHireWages + Overtime;
}

/// <summary>The capacity plan: the hiring decision, the expected staff it gives, the Monte Carlo band and the costs.</summary>
public sealed record CapacityPlan(
    CapacityProblem Problem,
    HiringDecision Decision,
    ExpectedStaff Expected,
    ProductiveFteBand Band,
    IReadOnlyList<HiringClass> Classes,
    CapacityCostSummary Costs)
{
    /// <summary>One row per week for all skills together.</summary>
    public IReadOnlyList<CapacityWeekRow> WeekRows() =>
        [.. Enumerable.Range(0, Problem.Weeks).Select(k =>
        {
            var skills = Enumerable.Range(0, Problem.Skills.Count).ToList();
            var required = skills.Sum(s => Problem.Requirements.RequiredFte[k][s]);
            var productive = skills.Sum(s => Expected.ProductiveFte[k][s]);
            return new CapacityWeekRow(
                Problem.WeekStarts[k],
                null,
                required,
                skills.Sum(s => Expected.InTraining[k][s]),
                skills.Sum(s => Expected.InNesting[k][s]),
                skills.Sum(s => Expected.InProduction[k][s]),
                productive,
                Band.Total[k],
                productive - required,
                Decision.ClassSizes[k].Sum());
        })];

    /// <summary>One row per week and skill.</summary>
    public IReadOnlyList<CapacityWeekRow> SkillRows() =>
        [.. Enumerable.Range(0, Problem.Weeks).SelectMany(k => Problem.Skills.Select((skill, s) => new CapacityWeekRow(
            Problem.WeekStarts[k],
            skill,
            Problem.Requirements.RequiredFte[k][s],
            Expected.InTraining[k][s],
            Expected.InNesting[k][s],
            Expected.InProduction[k][s],
            Expected.ProductiveFte[k][s],
            Band.BySkill[k][s],
            Expected.ProductiveFte[k][s] - Problem.Requirements.RequiredFte[k][s],
            Decision.ClassSizes[k][s])))];
}
