using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Capacity;

/// <summary>
/// Finds the cover cuts (<see cref="CoverCut"/>) worth adding: solves the LP relaxation of the hiring
/// MIP with GLOP, adds for every week and skill the most violated cut (over the choice of t₀), and
/// repeats until none is violated, a number of rounds or a time budget. Which cuts it picks
/// does not matter for validity: each is rebuilt on the numbers of the model it is added to.
/// </summary>
internal static class CoverCutSeparation
{
    /// <summary>A cut counts as violated when the LP point misses it by more than this many FTE.</summary>
    private const double Tolerance = 1e-4;

    /// <summary>Stop when a round lifts the LP bound by less than this share (later rounds add little).</summary>
    private const double MinimumLift = 5e-5;

    public static CoverCutRelaxation Run(CapacityProblem problem, int maxRounds, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var clock = Stopwatch.StartNew();
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("This OR-Tools build has no GLOP.");
        var model = new HiringModel(problem, solver);
        model.AddClassSizes();
        model.AddCoverage();
        model.AddParallelClasses();
        solver.Objective().SetMinimization();

        var output = new ClassOutput(problem.HireProductiveFte, problem.CandidateStarts, problem.Training.TrainingWeeks);
        var needs = Enumerable.Range(0, problem.Skills.Count)
            .Select(s => Enumerable.Range(0, problem.Weeks).Select(k => problem.Requirements.RequiredFte[k][s] - problem.Existing.ProductiveFte[k][s]).ToArray())
            .ToArray();
        var modelled = Enumerable.Range(0, problem.Skills.Count)
            .Select(s => Enumerable.Range(0, problem.Weeks).Select(k => model.Shortfalls.ContainsKey((k, s))).ToArray())
            .ToArray();
        var cuts = new List<CoverCut>();
        var rounds = 0;
        LpPoint? point = null;
        var bound = double.NaN;
        while (true)
        {
            // GLOP can give up on a round (ABNORMAL) after many near-parallel cuts; the cuts found so far stay valid.
            if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
            {
                return new CoverCutRelaxation(cuts, point, bound, rounds);
            }

            var previous = bound;
            point = LpPoint.Of(problem, model);
            bound = solver.Objective().Value() + model.ConstantCost;
            var lifted = double.IsNaN(previous) || bound - previous >= MinimumLift * Math.Abs(bound);
            if (rounds >= maxRounds || clock.Elapsed >= budget || !lifted)
            {
                return new CoverCutRelaxation(cuts, point, bound, rounds);
            }

            var added = 0;
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                for (var l = 0; l < problem.Weeks; l++)
                {
                    if (MostViolated(s, l, output, needs[s], modelled[s], point) is { } found)
                    {
                        model.AddCoverCut(s, l, found.Row);
                        cuts.Add(found.Cut);
                        added++;
                    }
                }
            }

            rounds++;
            if (added == 0)
            {
                return new CoverCutRelaxation(cuts, point, bound, rounds);
            }
        }
    }

    /// <summary>The cut of skill s and week l that the LP point violates most, if any.</summary>
    private static (CoverCut Cut, CoverCutRow Row)? MostViolated(int s, int l, ClassOutput output, double[] need, bool[] modelled, LpPoint point)
    {
        if (need[l] <= 0 || !modelled[l])
        {
            return null;
        }

        (CoverCut, CoverCutRow)? best = null;
        var worst = Tolerance * Math.Max(1, need[l]);
        foreach (var firstStart in output.ProducingIn(l))
        {
            var cut = new CoverCut(s, l, firstStart);
            var row = cut.Row(output, need, modelled)!;
            var covered = point.Shortfalls[l][s] + point.Overtimes[l][s];
            foreach (var (start, fte) in row.Sizes)
            {
                covered += fte * point.Sizes[start][s];
            }

            foreach (var (start, coefficient) in row.Runs)
            {
                covered += coefficient * point.Runs[start][s];
            }

            foreach (var (week, alpha) in row.Earlier)
            {
                covered += alpha * (point.Shortfalls[week][s] + point.Overtimes[week][s]);
            }

            if (row.Need - covered > worst)
            {
                worst = row.Need - covered;
                best = (cut, row);
            }
        }

        return best;
    }
}

/// <summary>The separated cuts and the last LP point solved (null if none) with its objective, the constant included: a lower bound.</summary>
internal sealed record CoverCutRelaxation(IReadOnlyList<CoverCut> Cuts, LpPoint? Point, double Bound, int Rounds);

/// <summary>A solution of the hiring LP relaxation, [week][skill]: fractional class sizes, runs, shortfall and overtime (0 where the model has none).</summary>
internal sealed record LpPoint(double[][] Sizes, double[][] Runs, double[][] Shortfalls, double[][] Overtimes)
{
    public static LpPoint Of(CapacityProblem problem, HiringModel model) => new(
        Values(problem, model.Sizes),
        Values(problem, model.Runs),
        Values(problem, model.Shortfalls),
        Values(problem, model.Overtimes));

    /// <summary>
    /// A plan rounded from this point: the classes the LP runs at least half, surest first, each at its
    /// size per run (n ÷ y, rounded up), as far as the hiring rules allow.
    /// </summary>
    public int[][] Rounded(CapacityProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var classes =
            from w in Enumerable.Range(0, problem.Weeks)
            from s in Enumerable.Range(0, problem.Skills.Count)
            where Runs[w][s] >= 0.5
            orderby Runs[w][s] descending, w, s
            select (w, s, (int)Math.Ceiling((Sizes[w][s] / Runs[w][s]) - 1e-6));
        return HiringLocalSearch.FirstPlan(problem, classes);
    }

    private static double[][] Values(CapacityProblem problem, Dictionary<(int Week, int Skill), Variable> variables)
    {
        var values = Enumerable.Range(0, problem.Weeks).Select(_ => new double[problem.Skills.Count]).ToArray();
        foreach (var ((week, skill), variable) in variables)
        {
            values[week][skill] = variable.SolutionValue();
        }

        return values;
    }
}
