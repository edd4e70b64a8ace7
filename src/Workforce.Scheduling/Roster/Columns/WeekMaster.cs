using Google.OrTools.LinearSolver;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// The restricted master of column generation for a contact-centre week, solved with GLOP: the
/// linear relaxation of the roster model with each class of interchangeable agents choosing among the
/// weeks found so far (each with its breaks placed), and everything else as in the CP-SAT model:
/// <code>
/// minimise   Σ_j cost_j·λ_j + Σ routing·y + Σ shortfall steps and surplus + Σ late work
/// subject to Σ_j of class k λ_j = agents of k                                  (ρ_k)
///            Σ_c y_g,c,t − Σ_j of g onPhone_j,t·λ_j ≤ carried_g,t              (−μ_g,t, per group and interval)
///            live:     Σ_g p_g·y_g,c,t + s1 + s2 + s3 − over = required_c,t       (0 ≤ s1, s2 ≤ 100)
///            deferred: cum_t − cum_t−1 − (capacity/100)·Σ_g p_g·y_g,c,t ≤ 0, cum_t ≤ arrived_t,
///                      late_t + (100/capacity)·cum_t ≥ 100·due_t/capacity
/// </code>
/// Its duals μ price the agents' schedule programmes; the weeks that would lower it join it.
/// </summary>
internal sealed class WeekMaster : IDisposable
{
    private readonly Solver _lp;
    private readonly Constraint[] _classes;
    private readonly Constraint?[][] _link;
    private readonly List<(LagrangianBound.PricedWeek Week, Variable Lambda)> _columns = [];
    private readonly HashSet<string>[] _signatures;
    private readonly int _weekIntervals;
    private readonly int _block;
    private readonly int _blocks;

    /// <param name="block">
    /// Intervals per row of time (1: the model's own grid). A coarser master (its cover averaged over
    /// each block) is far faster and still gives good prices; the bound never comes from the master's
    /// value but from the exact Lagrangian at its prices, spread back over the grid, so it stays proven.
    /// </param>
    public WeekMaster(RosterModelData data, LagrangianBound bound, int block = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(bound);
        _block = Math.Max(1, block);
        _weekIntervals = data.Horizon.WeekIntervals;
        _blocks = (_weekIntervals + _block - 1) / _block;
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("This OR-Tools build has no GLOP.");
        _lp.Objective().SetMinimization();
        _lp.SetSolverSpecificParametersAsString(Environment.GetEnvironmentVariable("WORKFORCE_MASTER_PARAMETERS") ?? "use_dual_simplex:true use_preprocessing:false");
        _classes = [.. Enumerable.Range(0, bound.Classes).Select(k => _lp.MakeConstraint(bound.Class(k).Count, bound.Class(k).Count, $"class{k}"))];
        _signatures = [.. Enumerable.Range(0, bound.Classes).Select(_ => new HashSet<string>(StringComparer.Ordinal))];
        _link = new Constraint?[data.Groups.Count][];
        var w = data.Weights;
        var first = data.PerHundredthInterval(w.ShortfallFirstAgentCentsPerHour);
        var coverTerms = data.Demands.ToDictionary(d => d.ChannelIndex, _ => Enumerable.Range(0, _blocks).Select(_ => new List<(Variable Y, double Productivity)>()).ToArray());
        foreach (var group in data.Groups)
        {
            _link[group.Index] = new Constraint?[_blocks];
            var carried = data.CarriedOnPhone.TryGetValue(group.Index, out var counts) ? counts : [];
            for (var b = 0; b < _blocks; b++)
            {
                var times = Times(b).ToList();
                if (!times.Any(t => bound.Priced[group.Index][t]))
                {
                    continue;
                }

                var row = _lp.MakeConstraint(double.NegativeInfinity, times.Average(t => t < carried.Count ? carried[t] : 0), $"link{group.Index},{b}");
                _link[group.Index][b] = row;
                foreach (var demand in data.Demands.Where(d => group.Skills.ContainsKey(d.ChannelId) && times.Any(t => RosterSettlement.Needs(d, t))))
                {
                    var y = _lp.MakeNumVar(0, double.PositiveInfinity, $"y{group.Index},{demand.ChannelIndex},{b}");
                    _lp.Objective().SetCoefficient(y, _block * RosterEvaluator.RoutingCents(data, group.Skills[demand.ChannelId]));
                    row.SetCoefficient(y, 1);
                    coverTerms[demand.ChannelIndex][b].Add((y, group.ProductivityPercent));
                }
            }
        }

        foreach (var demand in data.Demands)
        {
            switch (demand)
            {
                case LiveDemand live:
                    AddLive(data, live, coverTerms[live.ChannelIndex]);
                    break;
                case DeferredDemand deferred:
                    AddDeferred(deferred, coverTerms[deferred.ChannelIndex], first);
                    break;
            }
        }
    }

    public int Count => _columns.Count;

    /// <summary>Rows × variables of the linear programme, for diagnostics.</summary>
    public string Size => $"{_lp.NumConstraints()} rows × {_lp.NumVariables()} variables";

    /// <summary>Adds the week unless its class has it already; says whether it was new.</summary>
    public bool Add(LagrangianBound.PricedWeek week, int? group)
    {
        ArgumentNullException.ThrowIfNull(week);
        if (!_signatures[week.Class].Add(week.Signature))
        {
            return false;
        }

        var lambda = _lp.MakeNumVar(0, double.PositiveInfinity, $"l{_columns.Count}");
        _lp.Objective().SetCoefficient(lambda, week.Cost);
        _classes[week.Class].SetCoefficient(lambda, 1);
        if (group is { } g)
        {
            foreach (var onPhone in week.OnPhone.GroupBy(t => t / _block))
            {
                _link[g][onPhone.Key]?.SetCoefficient(lambda, -onPhone.Count() / (double)_block);
            }
        }

        _columns.Add((week, lambda));
        return true;
    }

    /// <summary>
    /// Solves the master: its value, μ (per group and week interval, ≥ 0) and each class's dual ρ; null
    /// when <paramref name="stop"/> interrupted GLOP (a large master can take seconds a solve, and the
    /// deadline waits for nobody).
    /// </summary>
    public (double Value, double[][] Mu, double[] ClassDuals)? Solve(CancellationToken stop)
    {
        Solver.ResultStatus status;
        using (stop.Register(() => _lp.InterruptSolve()))
        {
            status = stop.IsCancellationRequested ? Solver.ResultStatus.NOT_SOLVED : _lp.Solve();
        }

        if (stop.IsCancellationRequested && status != Solver.ResultStatus.OPTIMAL)
        {
            return null;
        }

        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // Every column set is feasible (the cover rows have slack) and bounded below: a failure here is GLOP's.
            throw new InvalidOperationException($"the week master's linear programme ended {status}");
        }

        // Each block's price spread evenly over its intervals: per agent on the phones in one interval.
        var mu = _link.Select(rows => Enumerable.Range(0, _weekIntervals).Select(t => rows[t / _block] is { } row ? Math.Max(0, -row.DualValue()) / _block : 0).ToArray()).ToArray();
        return (_lp.Objective().Value(), mu, [.. _classes.Select(c => c.DualValue())]);
    }

    private void AddLive(RosterModelData data, LiveDemand demand, List<(Variable Y, double Productivity)>[] terms)
    {
        var w = data.Weights;
        for (var b = 0; b < _blocks; b++)
        {
            var required = Times(b).Average(t => (double)demand.RequiredHundredths[t]);
            if (required == 0)
            {
                continue;
            }

            var row = _lp.MakeConstraint(required, required, $"live{demand.ChannelIndex},{b}");
            foreach (var (y, productivity) in terms[b])
            {
                row.SetCoefficient(y, productivity);
            }

            Slack(row, 100, _block * data.PerHundredthInterval(w.ShortfallFirstAgentCentsPerHour), 1);
            Slack(row, 100, _block * data.PerHundredthInterval(w.ShortfallSecondAgentCentsPerHour), 1);
            Slack(row, double.PositiveInfinity, _block * data.PerHundredthInterval(w.ShortfallDeepCentsPerHour), 1);
            Slack(row, double.PositiveInfinity, _block * data.PerHundredthInterval(w.OverCoverageCentsPerHour), -1);
        }
    }

    /// <summary>The week intervals of block <paramref name="b"/>.</summary>
    private IEnumerable<int> Times(int b) => Enumerable.Range(b * _block, Math.Min(_block, _weekIntervals - (b * _block)));

    private void Slack(Constraint row, double upper, double cost, double coefficient)
    {
        var s = _lp.MakeNumVar(0, upper, "");
        _lp.Objective().SetCoefficient(s, cost);
        row.SetCoefficient(s, coefficient);
    }

    private void AddDeferred(DeferredDemand demand, List<(Variable Y, double Productivity)>[] terms, double latePrice)
    {
        var capacity = (double)Math.Max(1, demand.SecondsPerAgentInterval);
        Variable? previous = null;
        for (var b = 0; b < _blocks; b++)
        {
            var last = Times(b).Last();
            if (demand.ArrivedSeconds[last] == 0)
            {
                continue;
            }

            // Work in hundredths of an agent-interval, so the rows are of the same scale as cover.
            var cumulative = _lp.MakeNumVar(0, demand.ArrivedSeconds[last] * 100 / capacity, $"cum{demand.ChannelIndex},{b}");
            var work = _lp.MakeConstraint(double.NegativeInfinity, 0, $"work{demand.ChannelIndex},{b}");
            work.SetCoefficient(cumulative, 1);
            if (previous is not null)
            {
                work.SetCoefficient(previous, -1);
            }

            foreach (var (y, productivity) in terms[b])
            {
                work.SetCoefficient(y, -productivity * _block);
            }

            var due = Times(b).Average(t => (double)demand.DueSeconds[t]);
            if (due > 0)
            {
                var late = _lp.MakeNumVar(0, double.PositiveInfinity, $"late{demand.ChannelIndex},{b}");
                _lp.Objective().SetCoefficient(late, latePrice * _block);
                var row = _lp.MakeConstraint(due * 100 / capacity, double.PositiveInfinity, $"due{demand.ChannelIndex},{b}");
                row.SetCoefficient(late, 1);
                row.SetCoefficient(cumulative, 1);
            }

            previous = cumulative;
        }
    }

    public void Dispose() => _lp.Dispose();
}
