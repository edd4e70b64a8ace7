using Google.OrTools.LinearSolver;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// The linear relaxation of "one schedule per agent" over the schedules found so far (the restricted
/// master of a Dantzig–Wolfe decomposition by agent), solved with GLOP:
/// <code>
/// minimise   Σ_j cost_j·x_j + Σ_i (under_i·U_i + over_i·O_i)
/// subject to Σ_{j working i} x_j + U_i − O_i = required_i − already covered_i   (π_i, per cover demand i)
///            Σ_{j of agent a} x_j = 1                                          (μ_a, per agent)
///            x, U, O ≥ 0
/// </code>
/// Its duals price each cover demand for the agents' dynamic programmes.
/// </summary>
internal sealed class CoverMaster : IDisposable
{
    private readonly Solver _lp;
    private readonly Constraint[] _cover;
    private readonly Constraint[] _agent;
    private readonly List<(ScheduleColumn Column, Variable X)> _columns = [];
    private readonly HashSet<string> _signatures = [];

    public CoverMaster(RosterModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("This OR-Tools build has no GLOP.");
        _lp.Objective().SetMinimization();
        _cover = CoverRows.Add(_lp, data);
        _agent = [.. Enumerable.Range(0, data.Agents.Count).Select(a => _lp.MakeConstraint(1, 1, $"agent{a}"))];
    }

    public int Count => _columns.Count;

    public IEnumerable<ScheduleColumn> Columns => _columns.Select(c => c.Column);

    /// <summary>Adds the schedule unless the master has it already; says whether it was new.</summary>
    public bool Add(ScheduleColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (!_signatures.Add(column.Signature))
        {
            return false;
        }

        var x = _lp.MakeNumVar(0, double.PositiveInfinity, $"x{_columns.Count}");
        _lp.Objective().SetCoefficient(x, column.Cost);
        _agent[column.Agent].SetCoefficient(x, 1);
        foreach (var i in column.Covers)
        {
            _cover[i].SetCoefficient(x, 1);
        }

        _columns.Add((column, x));
        return true;
    }

    /// <summary>Solves the relaxation: its value, the duals of the cover rows and of the agent rows, and each column's value.</summary>
    public (double Value, double[] CoverDuals, double[] AgentDuals, double[] X) Solve()
    {
        var status = _lp.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // Every column set is feasible (the cover rows have slack both ways) and bounded below: a
            // failure here is GLOP's, not the roster's.
            throw new InvalidOperationException($"the cover master's linear programme ended {status}");
        }

        return (
            _lp.Objective().Value(),
            [.. _cover.Select(c => c.DualValue())],
            [.. _agent.Select(c => c.DualValue())],
            [.. _columns.Select(c => c.X.SolutionValue())]);
    }

    public void Dispose() => _lp.Dispose();
}
