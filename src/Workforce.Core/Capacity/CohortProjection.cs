namespace Workforce.Core.Capacity;

/// <summary>Expected-value projection of cohorts: each week's head-count is the cohort times its compounded weekly survival.</summary>
public static class CohortProjection
{
    /// <summary>
    /// Projects cohorts that join at a week of the horizon (today's agents join at week 0 with their
    /// tenure; a class joins at its start week with tenure 0).
    /// </summary>
    public static ExpectedStaff Expected(CapacityProblem problem, IEnumerable<(AgentCohort Cohort, int JoinWeek)> cohorts)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(cohorts);
        var staff = ExpectedStaff.Zero(problem.Weeks, problem.Skills.Count);
        foreach (var (cohort, joinWeek) in cohorts)
        {
            var s = problem.SkillIndex(cohort.Skill);
            var alive = (double)cohort.Headcount;
            for (var k = joinWeek; k < problem.Weeks && alive > 0; k++)
            {
                var tenure = cohort.WeeksSinceHire + (k - joinWeek);
                Add(staff, problem.Training, k, s, tenure, alive, cohort.FteWeight);
                alive *= problem.Attrition.WeeklySurvival(tenure);
            }
        }

        return staff;
    }

    /// <summary>The hires of a plan as cohorts: one per class, of tenure 0 at its start week.</summary>
    public static IEnumerable<(AgentCohort Cohort, int JoinWeek)> Classes(CapacityProblem problem, int[][] classSizes)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(classSizes);
        for (var w = 0; w < classSizes.Length; w++)
        {
            for (var s = 0; s < classSizes[w].Length; s++)
            {
                if (classSizes[w][s] > 0)
                {
                    yield return (new AgentCohort(problem.Skills[s], 0, problem.Hiring.NewHireFteWeight, classSizes[w][s]), w);
                }
            }
        }
    }

    /// <summary>Today's agents plus the plan's classes.</summary>
    public static ExpectedStaff WithClasses(CapacityProblem problem, int[][] classSizes)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Existing.Plus(Expected(problem, Classes(problem, classSizes)));
    }

    internal static void Add(ExpectedStaff staff, TrainingPath training, int week, int skill, int tenure, double count, double fteWeight)
    {
        switch (training.StageAt(tenure))
        {
            case CapacityStage.Training:
                staff.InTraining[week][skill] += count;
                break;
            case CapacityStage.Nesting:
                staff.InNesting[week][skill] += count;
                break;
            default:
                staff.InProduction[week][skill] += count;
                break;
        }

        staff.ProductiveFte[week][skill] += count * fteWeight * training.ProductivityAt(tenure);
    }
}
