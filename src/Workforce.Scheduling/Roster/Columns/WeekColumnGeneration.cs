using System.Diagnostics;
using System.Globalization;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// Column generation for a contact-centre week: the <see cref="WeekMaster"/>'s duals μ price each
/// group's agents on the phones, each class's exact schedule programme answers with its cheapest week
/// at those prices (<see cref="LagrangianBound.Evaluate"/>, breaks placed where μ is lowest), and the
/// weeks that would lower the master join it, until none would. Every round's pricing is exact, so the
/// Lagrangian value at its prices is a proven lower bound on every roster, whether or not the master
/// has converged; at convergence it equals the master's value, the linear relaxation's. Prices are
/// smoothed (Wentges: half the master's duals, half those of the best bound so far), which damps the
/// duals' zig-zag; a round whose smoothed prices add nothing is priced again at the master's own.
/// </summary>
internal sealed class WeekColumnGeneration : IDisposable
{
    /// <summary>Weight of the best bound's prices in the smoothed prices.</summary>
    private const double Smoothing = 0.5;

    /// <summary>A reduced cost below minus this (in cents) improves the master.</summary>
    private const double Improving = 1e-3;

    private readonly RosterModelData _data;
    private readonly LagrangianBound _bound;
    private readonly WeekMaster _master;

    public WeekColumnGeneration(RosterModelData data)
    {
        _data = data;
        _bound = new LagrangianBound(data);
        _master = new WeekMaster(data, _bound, int.TryParse(Environment.GetEnvironmentVariable("WORKFORCE_MASTER_BLOCK"), out var block) ? block : MasterBlock(data));
    }

    public int Rounds { get; private set; }

    /// <summary>Intervals per row of the master's time: an hour.</summary>
    private static int MasterBlock(RosterModelData data) => Math.Max(1, (int)Math.Round(1 / data.IntervalHours));

    /// <summary>Whether the master's relaxation is solved: no week would lower it.</summary>
    public bool Converged { get; private set; }

    public LagrangianBound Bound => _bound;

    /// <summary>Adds each agent's week of a roster as a column of their class (the master's start: it is then feasible at the roster's cover).</summary>
    public void AddRoster(IReadOnlyList<int[]> choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        for (var a = 0; a < choice.Count; a++)
        {
            var k = _bound.ClassOf(a);
            _master.Add(_bound.Column(k, choice[a]), _bound.Class(k).Group);
        }
    }

    /// <summary>
    /// Rounds until the relaxation is solved or <paramref name="stop"/> says so; <paramref name="proved"/>
    /// hears each better bound. Returns the best bound, the round that proved it, and whether it converged.
    /// </summary>
    public LagrangianBound.Result Run(Func<bool> stop, Action<LagrangianBound.Result> proved, Action<string>? log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var best = new LagrangianBound.Result(double.NegativeInfinity, 0, false, double.NaN);
        double[][]? center = null;
        while (!stop() && !cancellationToken.IsCancellationRequested)
        {
            Rounds++;
            var solving = clock.Elapsed;
            if (_master.Solve(cancellationToken) is not { } master)
            {
                return best;
            }

            var (value, mu, classDuals) = master;
            var solved = clock.Elapsed - solving;
            var priced = center is null ? mu : Mix(center, mu);
            var added = 0;
            foreach (var prices in center is null ? [mu] : new[] { priced, mu })
            {
                if (_bound.Evaluate(prices, cancellationToken) is not { } evaluation)
                {
                    return best;
                }

                if (evaluation.Value > best.Value)
                {
                    best = new LagrangianBound.Result(evaluation.Value, Rounds, false, _bound.UnderCoverageShareOf(evaluation));
                    center = prices;
                    proved(best);
                }

                foreach (var week in evaluation.Weeks)
                {
                    var group = _bound.Class(week.Class).Group;
                    var reduced = week.Cost - (group is { } g ? week.OnPhone.Sum(t => mu[g][t]) : 0) - classDuals[week.Class];
                    if (reduced < -Improving && _master.Add(week, group))
                    {
                        added++;
                    }
                }

                if (added > 0)
                {
                    break; // The smoothed prices found columns: no need to price at the master's own.
                }
            }

            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"columns round {Rounds} at {clock.Elapsed.TotalSeconds:0.0} s: master {value:0} ({_master.Size}, {solved.TotalSeconds:0.0} s), bound {best.Value:0}, {added} weeks added, {_master.Count} in all"));
            if (added == 0)
            {
                // Priced exactly at the master's duals and nothing would lower it: the relaxation is solved.
                Converged = true;
                return best with { Converged = true };
            }
        }

        return best;
    }

    private static double[][] Mix(double[][] center, double[][] mu) =>
        [.. center.Select((row, g) => row.Select((x, t) => (Smoothing * x) + ((1 - Smoothing) * mu[g][t])).ToArray())];

    public void Dispose() => _master.Dispose();
}
