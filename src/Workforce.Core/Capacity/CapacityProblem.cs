using NodaTime;

namespace Workforce.Core.Capacity;

/// <summary>
/// Everything the hiring optimisation needs, solver-neutral: the requirement per week and skill, the
/// agents there are today, and how hires survive and ramp up. Expected values (attrition in the
/// expected-value sense) are precomputed here, so every solver and report reads the same numbers.
/// Weeks are indexed from 0, the horizon's first week; week k's head-count is the expected number of
/// agents present during week k (attrition takes effect at the end of each week).
/// </summary>
public sealed class CapacityProblem
{
    public CapacityProblem(
        WeeklyRequirements requirements,
        IReadOnlyList<AgentCohort> cohorts,
        AttritionModel attrition,
        TrainingPath training,
        HiringRules hiring,
        CapacityCosts costs,
        StaffingLimits limits,
        double fullTimeHoursPerWeek)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(cohorts);
        Requirements = requirements;
        Cohorts = [.. cohorts];
        Attrition = attrition ?? throw new ArgumentNullException(nameof(attrition));
        Training = training ?? throw new ArgumentNullException(nameof(training));
        Hiring = hiring ?? throw new ArgumentNullException(nameof(hiring));
        Costs = costs ?? throw new ArgumentNullException(nameof(costs));
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        FullTimeHoursPerWeek = double.IsFinite(fullTimeHoursPerWeek) && fullTimeHoursPerWeek > 0
            ? fullTimeHoursPerWeek
            : throw new ArgumentOutOfRangeException(nameof(fullTimeHoursPerWeek), fullTimeHoursPerWeek, "Must be greater than 0.");
        if (Training.TrainingWeeks > Weeks)
        {
            throw new ArgumentOutOfRangeException(nameof(training), Training.TrainingWeeks, "Training is longer than the horizon.");
        }

        var unknown = Cohorts.FirstOrDefault(c => !Skills.Contains(c.Skill));
        if (unknown is not null)
        {
            throw new ArgumentException($"An agent counts towards skill '{unknown.Skill}', which has no requirement.", nameof(cohorts));
        }

        HireSurvival = new double[Weeks];
        HireProductiveFte = new double[Weeks];
        var survival = 1.0;
        for (var j = 0; j < Weeks; j++)
        {
            HireSurvival[j] = survival;
            HireProductiveFte[j] = survival * Hiring.NewHireFteWeight * Training.ProductivityAt(j);
            survival *= Attrition.WeeklySurvival(j);
        }

        CandidateStarts = Hiring.CandidateStarts(Weeks);
        Existing = CohortProjection.Expected(this, Cohorts.Select(c => (c, 0)));
    }

    public WeeklyRequirements Requirements { get; }

    public IReadOnlyList<LocalDate> WeekStarts => Requirements.WeekStarts;

    public IReadOnlyList<string> Skills => Requirements.Skills;

    public int Weeks => Requirements.WeekStarts.Count;

    public IReadOnlyList<AgentCohort> Cohorts { get; }

    public AttritionModel Attrition { get; }

    public TrainingPath Training { get; }

    public HiringRules Hiring { get; }

    public CapacityCosts Costs { get; }

    public StaffingLimits Limits { get; }

    public double FullTimeHoursPerWeek { get; }

    /// <summary>Week indices in which a class may start (allowed, after the lead time, inside the horizon).</summary>
    public IReadOnlyList<int> CandidateStarts { get; }

    /// <summary>[j]: the expected share of a class still here j weeks after it started training.</summary>
    public double[] HireSurvival { get; }

    /// <summary>[j]: expected productive FTE per hire j weeks after the start: survival × FTE weight × productivity.</summary>
    public double[] HireProductiveFte { get; }

    /// <summary>Expected head-count by stage and productive FTE of today's agents, per week and skill.</summary>
    public ExpectedStaff Existing { get; }

    /// <summary>Paid wages of one hire for one week: FTE weight × full-time hours × hourly wage.</summary>
    public double WeeklyWagePerHire => Hiring.NewHireFteWeight * FullTimeHoursPerWeek * (double)Costs.NewHireHourlyWage;

    /// <summary>Expected wages of one hire from their start week to the end of the horizon.</summary>
    public double ExpectedWagesPerHire(int startWeek)
    {
        var weeks = 0.0;
        for (var j = 0; startWeek + j < Weeks; j++)
        {
            weeks += HireSurvival[j];
        }

        return weeks * WeeklyWagePerHire;
    }

    /// <summary>The first week in which a class could be in full production.</summary>
    public int FirstProductionWeek => CandidateStarts.Count == 0 ? Weeks : CandidateStarts[0] + Training.WeeksToProduction;

    public int SkillIndex(string skill) => Requirements.Skills.ToList().IndexOf(skill);
}
