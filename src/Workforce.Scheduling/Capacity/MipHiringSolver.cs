using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Capacity;

/// <summary>
/// The hiring plan as a mixed-integer programme, solved by SCIP (CBC if a build lacks it) through
/// OR-Tools' linear solver. The command uses <see cref="CpSatHiringSolver"/> on the same model, which
/// finds better plans within seconds; this one is the benchmark's baseline and a cross-check in tests. Expected attrition makes every hire's contribution a known fraction per
/// week, so productive FTE is linear in the class sizes; a MIP takes those fractions exactly, where
/// CP-SAT would need them scaled to integers.
/// <code>
/// n[w,s] ∈ {0} ∪ [min, max] integer    hires in the class of skill s starting week w (y[w,s] = 1 if it runs)
/// prod[k,s] = existing[k,s] + Σ_w n[w,s] · c[k − w]    c[j] = survival(j) × FTE weight × productivity(j)
/// short[k,s] ≥ required[k,s] − prod[k,s] − overtime[k,s],   overtime[k,s] ≤ max overtime × prod[k,s]
/// surplus[k,s] ≥ prod[k,s] − required[k,s],   excess[k,s] ≥ surplus[k,s] − max undertime × required[k,s]
/// Σ_s Σ_{w in training at k} y[w,s] ≤ classes in parallel, for every week k
/// minimise Σ n·(recruitment + expected wages) + Σ y·trainer + Σ short·P_short + Σ surplus·P_surplus
///          + Σ excess·P_short + Σ overtime·P_overtime
/// </code>
/// </summary>
/// <param name="relativeGap">Stop when the proven gap is below this share of the objective (the benchmarks also time looser gaps).</param>
public sealed class MipHiringSolver(double relativeGap = MipHiringSolver.RelativeGap) : IHiringSolver
{
    /// <summary>Stop when the proven gap is below this share of the objective.</summary>
    public const double RelativeGap = 1e-4;

    public HiringDecision Solve(CapacityProblem problem, TimeSpan timeLimit)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var clock = Stopwatch.StartNew();
        using var solver = Solver.CreateSolver("SCIP") ?? Solver.CreateSolver("CBC")
            ?? throw new InvalidOperationException("This OR-Tools build has neither SCIP nor CBC.");
        solver.SetTimeLimit((long)Math.Max(timeLimit.TotalMilliseconds, 1));

        var model = new HiringModel(problem, solver);
        model.AddClassSizes();
        model.AddCoverage();
        model.AddParallelClasses();
        solver.Objective().SetMinimization();

        // The constant is part of the cost: SCIP's gap is then relative to the whole cost, as CP-SAT's.
        solver.Objective().SetOffset(model.ConstantCost);

        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        var status = solver.Solve(parameters);
        var sizes = new int[problem.Weeks][];
        for (var w = 0; w < problem.Weeks; w++)
        {
            sizes[w] = new int[problem.Skills.Count];
        }

        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            // Every constraint is soft except class sizes and parallel classes, which "no hires" meets:
            // only a time-out before the first solution lands here.
            return new HiringDecision(sizes, status.ToString(), double.NaN, double.NaN, clock.Elapsed.TotalSeconds);
        }

        foreach (var ((w, s), size) in model.Sizes)
        {
            sizes[w][s] = (int)Math.Round(size.SolutionValue());
        }

        var objective = solver.Objective().Value();
        var bound = solver.Objective().BestBound();
        return new HiringDecision(sizes, StatusOf(objective, bound), objective, bound, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// "Optimal" when the plan is proven within <see cref="RelativeGap"/> of the cheapest, else
    /// "Feasible": a solver that stopped at a looser gap it was given has not proven optimality.
    /// </summary>
    internal static string StatusOf(double objective, double bound) =>
        objective - bound <= RelativeGap * Math.Abs(objective) ? "Optimal" : "Feasible";
}
