using Google.OrTools.LinearSolver;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// The integer restricted master ("price and branch") solved by SCIP: one schedule per agent from the
/// pool, cover short and over priced as in the master. A set-partitioning programme whose LP is the
/// master's, which a branch-and-bound MIP solver handles better than CP-SAT's search.
/// </summary>
internal static class ColumnRoster
{
    /// <summary>
    /// Picks one schedule per agent from <paramref name="columns"/> within <paramref name="seconds"/>,
    /// started from <paramref name="hint"/> (whose schedules must be in the pool). Null when SCIP found
    /// no roster in time.
    /// </summary>
    public static ShiftRoster? Solve(RosterModelData data, IReadOnlyList<ScheduleColumn> columns, ShiftRoster? hint, double seconds, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(columns);
        using var solver = Solver.CreateSolver("SCIP") ?? Solver.CreateSolver("CBC");
        if (solver is null)
        {
            return null;
        }

        var objective = solver.Objective();
        objective.SetMinimization();
        var picks = columns.Select((column, j) => solver.MakeBoolVar($"x{j}")).ToArray();
        var agents = data.Agents.Select((_, a) => solver.MakeConstraint(1, 1, $"agent{a}")).ToArray();
        var cover = CoverRows.Add(solver, data);
        for (var j = 0; j < columns.Count; j++)
        {
            objective.SetCoefficient(picks[j], columns[j].Cost);
            agents[columns[j].Agent].SetCoefficient(picks[j], 1);
            foreach (var i in columns[j].Covers)
            {
                cover[i].SetCoefficient(picks[j], 1);
            }
        }

        if (hint is not null)
        {
            var chosen = data.Agents.Select((_, a) => string.Join(',', hint.Choice[a])).ToArray();
            solver.SetHint(picks, [.. columns.Select(c => string.Join(',', c.Choice) == chosen[c.Agent] ? 1.0 : 0.0)]);
        }

        solver.SetTimeLimit((long)Math.Max(100, seconds * 1000));
        using var registration = stop.Register(() => solver.InterruptSolve());
        var status = solver.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return null;
        }

        var roster = ShiftRoster.Empty(data);
        for (var j = 0; j < columns.Count; j++)
        {
            if (picks[j].SolutionValue() > 0.5)
            {
                roster.Choice[columns[j].Agent] = (int[])columns[j].Choice.Clone();
            }
        }

        return roster;
    }
}
