using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Capacity;

/// <summary>
/// Solves the hiring model (<see cref="HiringCpModel"/>) with CP-SAT until the proven gap is below
/// <see cref="MipHiringSolver.RelativeGap"/> or the time limit, in three steps within that limit:
/// <list type="number">
/// <item>cover cuts found on the LP relaxation (<see cref="CoverCutSeparation"/>), which lift the bound
/// CP-SAT can prove far above the plain model's;</item>
/// <item>a first plan: the LP point rounded, then improved by local search (<see cref="HiringLocalSearch"/>),
/// given to CP-SAT as a hint;</item>
/// <item>CP-SAT on the model with the cuts.</item>
/// </list>
/// </summary>
/// <param name="workers">CP-SAT's threads.</param>
/// <param name="relativeGap">Stop when the proven gap is below this share of the objective (the benchmarks also time looser gaps).</param>
public sealed class CpSatHiringSolver(int workers = 2, double relativeGap = MipHiringSolver.RelativeGap) : IHiringSolver
{
    /// <summary>Rounds of cut separation at most; the LP rarely needs more than 20.</summary>
    private const int MaxCutRounds = 40;

    /// <summary>Share of the time limit the cut separation may take.</summary>
    private const double CutShare = 0.25;

    /// <summary>Plans the local search prices: about half a second on a busy core, and within 0.1 % of the best plan known on the 52-week benchmark.</summary>
    private const int LocalSearchEvaluations = 300_000;

    public HiringDecision Solve(CapacityProblem problem, TimeSpan timeLimit)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var clock = Stopwatch.StartNew();
        var relaxation = CoverCutSeparation.Run(problem, MaxCutRounds, timeLimit * CutShare);
        var model = new HiringCpModel(problem);
        model.AddCoverCuts(relaxation.Cuts);
        var start = relaxation.Point is { } point
            ? HiringLocalSearch.Improve(problem, point.Rounded(problem), LocalSearchEvaluations, seed: 1)
            : null;
        if (start is not null)
        {
            model.Hint(start);
        }

        var solver = new CpSolver
        {
            // The cuts belong in the root LP from the start: added lazily, CP-SAT's bound takes
            // seconds to climb to where they put it.
            StringParameters = CpSatParameters.For(
                Math.Max((timeLimit - clock.Elapsed).TotalSeconds, 0.05),
                workers,
                seed: 1,
                extra: string.Create(CultureInfo.InvariantCulture, $"relative_gap_limit:{relativeGap} add_lp_constraints_lazily:false")),
        };
        var status = solver.Solve(model.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            // A time-out before CP-SAT's first plan: the local search's, or "no hires" (which meets every hard rule).
            return start is null
                ? new HiringDecision([.. Enumerable.Range(0, problem.Weeks).Select(_ => new int[problem.Skills.Count])], status.ToString(), double.NaN, double.NaN, clock.Elapsed.TotalSeconds)
                : new HiringDecision(start, "Feasible", HiringObjective.Of(problem, start), double.NaN, clock.Elapsed.TotalSeconds);
        }

        var sizes = model.Read(solver);
        var objective = HiringCpModel.ToCurrency(solver.ObjectiveValue);
        var bound = HiringCpModel.ToCurrency(solver.BestObjectiveBound);
        return new HiringDecision(sizes, MipHiringSolver.StatusOf(objective, bound), objective, bound, clock.Elapsed.TotalSeconds);
    }
}
