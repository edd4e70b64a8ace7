using Google.OrTools.Sat;
using NodaTime;
using Workforce.Core.Capacity;
using Workforce.Scheduling.Capacity;

namespace Workforce.Scheduling.Tests.Capacity;

/// <summary>
/// The cover cuts are valid inequalities: no plan that meets the hiring rules breaks one, so adding
/// them never cuts off the optimum; and they lift the LP bound.
/// </summary>
public class CoverCutTests
{
    private static readonly LocalDate Start = new(2026, 3, 2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_cover_cut_holds_at_every_plan_of_a_tiny_problem(bool overtime)
    {
        var problem = Tiny(weeks: 9, skills: 1, overtime);
        var coverage = new HiringCoverage(problem);
        var cuts = AllCuts(problem, coverage).Select(c => (Cut: c, Row: c.Row(Output(problem, coverage), Needs(coverage, c.Skill), Modelled(coverage, c.Skill))!)).ToList();
        var plans = 0;

        foreach (var plan in TinyPlans.All(problem))
        {
            plans++;
            foreach (var (cut, row) in cuts)
            {
                var covered = Covered(coverage, cut, row, plan);
                Assert.True(covered >= row.Need - 1e-6, $"{cut} broken by plan {Describe(plan)}: {covered} < {row.Need}");
            }
        }

        Assert.True(cuts.Count > 20 && plans > 10_000, $"{cuts.Count} cuts, {plans} plans");
    }

    [Fact]
    public void Some_cuts_count_an_earlier_class_at_less_than_its_full_output()
    {
        // The validity test above must meet cuts with α > 0 and β below the week's need, or it proves little.
        var problem = Tiny(weeks: 9, skills: 1, overtime: false);
        var coverage = new HiringCoverage(problem);
        var rows = AllCuts(problem, coverage).Select(c => c.Row(Output(problem, coverage), Needs(coverage, c.Skill), Modelled(coverage, c.Skill))!).ToList();

        Assert.Contains(rows, r => r.Earlier.Count > 0 && r.Runs.Any(t => t.Coefficient > 0 && t.Coefficient < r.Need));
    }

    [Fact]
    public void With_every_cover_cut_cp_sat_finds_the_optimum_of_the_plain_model_and_the_brute_force_plan()
    {
        var problem = Tiny(weeks: 8, skills: 2, overtime: false, parallel: 1);
        var plain = SolveToOptimum(problem, []);
        var cut = SolveToOptimum(problem, AllCuts(problem, new HiringCoverage(problem)));
        var best = TinyPlans.All(problem).Min(plan => HiringObjective.Of(problem, plan));

        Assert.Equal(plain.Objective, cut.Objective);
        Assert.Equal(best, HiringObjective.Of(problem, cut.Plan), best * 1e-3);
    }

    [Fact]
    public void The_separated_cuts_lift_the_lp_bound_without_passing_the_optimum()
    {
        var problem = HiringProblems.Make(HiringProblems.Rising(20, 8, 0.5, skills: 2), ["phone", "chat"], [new AgentCohort("phone", 200, 1, 8), new AgentCohort("chat", 200, 1, 8)], leadTime: 1);

        var plainLp = CoverCutSeparation.Run(problem, maxRounds: 0, TimeSpan.FromMinutes(1));
        var cutLp = CoverCutSeparation.Run(problem, maxRounds: 40, TimeSpan.FromMinutes(1));
        var optimum = new MipHiringSolver().Solve(problem, HiringProblems.Limit);

        Assert.Empty(plainLp.Cuts);
        Assert.NotEmpty(cutLp.Cuts);
        Assert.Equal("Optimal", optimum.Status);
        Assert.True(cutLp.Bound > plainLp.Bound + (1e-3 * optimum.Objective), $"LP bound {plainLp.Bound} → {cutLp.Bound}");
        Assert.True(cutLp.Bound <= optimum.Objective + 1e-6, $"LP bound {cutLp.Bound} above the optimum {optimum.Objective}");
    }

    /// <summary>
    /// Hires leave at 20 % a month in their first 3 weeks and 4 % after (so α varies with the class),
    /// 2 weeks' training and 2 of nesting; classes of 1–3 from week 1; requirement rising a little faster than today's agents leave.
    /// </summary>
    private static CapacityProblem Tiny(int weeks, int skills, bool overtime, int parallel = 3)
    {
        var required = Enumerable.Range(0, weeks).Select(k => Enumerable.Range(0, skills).Select(s => 5.0 + (0.35 * k) + (0.2 * s)).ToArray()).ToArray();
        var names = Enumerable.Range(0, skills).Select(s => $"skill{s}").ToArray();
        var requirements = new WeeklyRequirements(
            [.. Enumerable.Range(0, weeks).Select(k => Start.PlusWeeks(k))],
            names,
            [.. required.Select(w => w.Select(f => f * 40).ToArray())],
            required,
            [.. required.Select(w => w.Select(_ => RequirementSource.SpreadWeeklyVolume).ToArray())],
            new FteConversion(40, 0, 0, 1));
        return new CapacityProblem(
            requirements,
            [.. names.Select(n => new AgentCohort(n, 200, 1, 5))],
            new AttritionModel([new TenureBand(0, 0.20), new TenureBand(3, 0.04)]),
            new TrainingPath(2, [0.5, 0.8]),
            new HiringRules(HiringRules.Every(1, 1, weeks), 1, 3, 1, parallel, 1),
            new CapacityCosts(800, 3000, 15, 20_000, 20),
            overtime ? new StaffingLimits(0.1, 900, null) : StaffingLimits.None,
            40);
    }

    /// <summary>Every cut the family has: each skill, each week, each first start producing that week.</summary>
    private static List<CoverCut> AllCuts(CapacityProblem problem, HiringCoverage coverage)
    {
        var output = Output(problem, coverage);
        return [.. from s in Enumerable.Range(0, problem.Skills.Count)
                   from l in Enumerable.Range(0, problem.Weeks)
                   from t0 in output.ProducingIn(l)
                   let cut = new CoverCut(s, l, t0)
                   where cut.Row(output, Needs(coverage, s), Modelled(coverage, s)) is not null
                   select cut];
    }

    /// <summary>
    /// The cut's left side at the plan, with each week's shortfall plus overtime at the least the model
    /// allows: what the plan's hires leave of the need (the cut counts both at the same weight).
    /// </summary>
    private static double Covered(HiringCoverage coverage, CoverCut cut, CoverCutRow row, int[][] plan)
    {
        var s = cut.Skill;
        double Shortfall(int k) => Math.Max(coverage.Need[k][s] - coverage.Contributions(k).Sum(c => c.Fte * plan[c.Start][s]), 0);
        return Shortfall(cut.Week)
            + row.Sizes.Sum(t => t.Fte * plan[t.Start][s])
            + row.Runs.Sum(t => plan[t.Start][s] > 0 ? t.Coefficient : 0)
            + row.Earlier.Sum(e => e.Alpha * Shortfall(e.Week));
    }

    private static (double Objective, int[][] Plan) SolveToOptimum(CapacityProblem problem, IEnumerable<CoverCut> cuts)
    {
        var model = new HiringCpModel(problem);
        model.AddCoverCuts(cuts);
        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:60 random_seed:1" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model.Model));
        return (solver.ObjectiveValue, model.Read(solver));
    }

    private static ClassOutput Output(CapacityProblem problem, HiringCoverage coverage) =>
        new([.. coverage.HireFte.Select(f => (double)f)], problem.CandidateStarts, problem.Training.TrainingWeeks);

    private static double[] Needs(HiringCoverage coverage, int skill) => [.. coverage.Need.Select(w => (double)w[skill])];

    private static bool[] Modelled(HiringCoverage coverage, int skill) => [.. coverage.Modelled.Select(w => w[skill])];

    private static string Describe(int[][] plan) => string.Join(' ', plan.Select((w, k) => $"{k}:{string.Join('/', w)}"));
}
