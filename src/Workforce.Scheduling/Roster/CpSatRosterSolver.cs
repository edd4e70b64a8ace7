using System.Globalization;
using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>Solves a roster with OR-Tools CP-SAT: the <see cref="IRosterSolver"/> port of Core.</summary>
public sealed class CpSatRosterSolver : IRosterSolver
{
    public RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        var model = new RosterCpModel(data).BuildAll();
        var solver = new CpSolver { StringParameters = Parameters(settings) };
        var callback = new ProgressCallback(progress);
        using var stop = cancellationToken.Register(solver.StopSearch);

        var status = solver.Solve(model.Model, callback);
        var rosterStatus = status switch
        {
            CpSolverStatus.Optimal => RosterStatus.Optimal,
            CpSolverStatus.Feasible => RosterStatus.Feasible,
            CpSolverStatus.Infeasible => RosterStatus.Infeasible,
            _ => RosterStatus.NoSolution,
        };

        if (rosterStatus is not (RosterStatus.Optimal or RosterStatus.Feasible))
        {
            return new RosterSolution(rosterStatus, double.NaN, solver.BestObjectiveBound, solver.WallTime(), [], new Dictionary<(int, int), int[]>());
        }

        return new RosterSolution(
            rosterStatus,
            solver.ObjectiveValue,
            solver.BestObjectiveBound,
            solver.WallTime(),
            ExtractShifts(model, solver),
            ExtractAllocation(model, solver));
    }

    internal static string Parameters(RosterSolverSettings settings)
    {
        var parameters = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{settings.TimeLimit.TotalSeconds}"),
            string.Create(CultureInfo.InvariantCulture, $"num_workers:{Math.Max(1, settings.Threads)}"),
            string.Create(CultureInfo.InvariantCulture, $"random_seed:{settings.Seed}"),
        };
        if (Environment.GetEnvironmentVariable("WORKFORCE_SOLVER_LOG") == "1")
        {
            // CP-SAT's own search log, for diagnosing a model; it goes to stdout.
            parameters.Add("log_search_progress:true");
        }

        if (settings.DeterministicTimeLimit is { } deterministic)
        {
            parameters.Add(string.Create(CultureInfo.InvariantCulture, $"max_deterministic_time:{deterministic}"));
        }

        return string.Join(' ', parameters);
    }

    private static List<ScheduledShift> ExtractShifts(RosterCpModel model, CpSolver solver)
    {
        var shifts = new List<ScheduledShift>();
        foreach (var agent in model.Agents)
        {
            for (var k = 0; k < agent.Shift.Length; k++)
            {
                if (!solver.BooleanValue(agent.Shift[k]))
                {
                    continue;
                }

                var candidate = agent.Plan.Candidates[k];
                var breaks = agent.Breaks
                    .Where(b => b.Day == candidate.Day && solver.BooleanValue(b.Placed))
                    .Select(b => new PlacedBreak(b.Rule, b.Start, b.Length))
                    .OrderBy(b => b.StartIndex)
                    .ToList();
                shifts.Add(new ScheduledShift(agent.Plan.Index, candidate, breaks));
            }
        }

        return shifts;
    }

    private static Dictionary<(int Group, int Demand), int[]> ExtractAllocation(RosterCpModel model, CpSolver solver) =>
        model.Allocation.ToDictionary(
            entry => entry.Key,
            entry => entry.Value.Select(y => y is null ? 0 : (int)solver.Value(y)).ToArray());

    /// <summary>Reports each improving roster with the proven bound at that moment.</summary>
    private sealed class ProgressCallback(IProgress<RosterProgress>? progress) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback() =>
            progress?.Report(new RosterProgress(WallTime(), ObjectiveValue(), BestObjectiveBound()));
    }
}
