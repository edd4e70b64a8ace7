using Google.OrTools.LinearSolver;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster.Columns;

/// <summary>The cover rows of the master, relaxed or integer: per cover demand, agents working it plus shortfall less surplus equals what is still required, short and over each priced.</summary>
internal static class CoverRows
{
    /// <summary>Adds one row per cover demand of <paramref name="data"/> (with its priced slacks) to a minimising <paramref name="solver"/>.</summary>
    public static Constraint[] Add(Solver solver, RosterModelData data)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(data);
        var objective = solver.Objective();
        var rows = new Constraint[data.ShiftCover.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var demand = data.ShiftCover[i];
            var target = demand.Required - demand.AlreadyCovered;
            rows[i] = solver.MakeConstraint(target, target, $"cover{i}");
            var under = solver.MakeNumVar(0, double.PositiveInfinity, $"under{i}");
            var over = solver.MakeNumVar(0, double.PositiveInfinity, $"over{i}");
            rows[i].SetCoefficient(under, 1);
            rows[i].SetCoefficient(over, -1);
            objective.SetCoefficient(under, demand.UnderCentsEach);
            objective.SetCoefficient(over, demand.OverCentsEach);
        }

        return rows;
    }
}
