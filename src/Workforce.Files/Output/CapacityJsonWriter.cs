using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using Workforce.Core.Capacity;

namespace Workforce.Files.Output;

/// <summary>
/// Writes the capacity plan's <c>capacity.json</c>: totals, costs (including the cost of attrition,
/// which pricing adds to a bid), the hiring schedule and how the plan was found.
/// </summary>
public static class CapacityJsonWriter
{
    public const string FileName = "capacity.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(string directory, CapacityPlan plan, string currency, string efficiencySource) =>
        AtomicFile.WriteAllText(Path.Combine(directory, FileName), Json(plan, currency, efficiencySource) + "\n");

    public static string Json(CapacityPlan plan, string currency, string efficiencySource)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problem = plan.Problem;
        var weeks = plan.WeekRows();
        var first = problem.FirstProductionWeek;
        var c = plan.Costs;
        var document = new
        {
            weekStart = LocalDatePattern.Iso.Format(problem.WeekStarts[0]),
            weeks = problem.Weeks,
            skills = problem.Skills,
            weeksFromIntervalForecast = problem.Requirements.Sources.Count(w => w.All(x => x == RequirementSource.IntervalForecast)),
            currency,
            solver = new { status = plan.Decision.Status, objective = plan.Decision.Objective, bound = plan.Decision.Bound, seconds = plan.Decision.Seconds },
            fteConversion = new
            {
                fullTimeHoursPerWeek = problem.FullTimeHoursPerWeek,
                plannedFraction = problem.Requirements.Conversion.PlannedFraction,
                absenceAndLeaveFraction = problem.Requirements.Conversion.AbsenceAndLeaveFraction,
                schedulingEfficiency = problem.Requirements.Conversion.SchedulingEfficiency,
                schedulingEfficiencySource = efficiencySource,
            },
            totals = new
            {
                hires = c.Hires,
                classes = c.Classes,
                headcountStart = problem.Skills.Select((_, s) => plan.Expected.Headcount(0, s)).Sum(),
                headcountEnd = problem.Skills.Select((_, s) => plan.Expected.Headcount(problem.Weeks - 1, s)).Sum(),
                requiredFteWeeks = weeks.Sum(w => w.RequiredFte),
                productiveFteWeeks = weeks.Sum(w => w.ProductiveFte),
                shortfallFteWeeks = c.ShortfallFteWeeks,
                surplusFteWeeks = c.SurplusFteWeeks,
                overtimeFteWeeks = c.OvertimeFteWeeks,
                firstProductionWeek = first < problem.Weeks ? LocalDatePattern.Iso.Format(problem.WeekStarts[first]) : null,
                weeksShortFromFirstProductionWeek = weeks.Skip(first).Count(w => w.Gap < -1e-6),
            },
            costs = new
            {
                recruitment = c.Recruitment,
                trainers = c.Trainers,
                newHireWages = c.NewHireWages,
                overtime = c.Overtime,
                hiringCost = c.HiringCost,
            },
            costOfAttrition = new
            {
                expectedLeavers = c.ExpectedLeavers,
                costPerReplacement = c.CostPerReplacement,
                total = c.CostOfAttrition,
            },
            monteCarlo = new { runs = plan.Band.Runs, seed = plan.Band.Seed },
            hiringSchedule = plan.Classes.Select(h => new
            {
                weekStart = LocalDatePattern.Iso.Format(h.WeekStart),
                skill = h.Skill,
                size = h.Size,
                nestingFrom = LocalDatePattern.Iso.Format(h.NestingFrom),
                productionFrom = LocalDatePattern.Iso.Format(h.ProductionFrom),
            }),
        };
        return JsonSerializer.Serialize(document, Options);
    }
}
