using System.Diagnostics;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// Reports, across all stages of a solve, when a stage begins and each roster better than every one
/// before it, with a bound that holds for the whole problem (stages with some decisions fixed prove
/// bounds only for those decisions, so they report the one given here).
/// </summary>
internal sealed class StageProgress(IProgress<RosterProgress>? progress, Stopwatch clock, double bound)
{
    private readonly Lock _gate = new();
    private double _best = double.NaN;
    private string _stage = "";

    public double Bound { get; private set; } = bound;

    public void Stage(string stage)
    {
        lock (_gate)
        {
            _stage = stage;
            progress?.Report(new RosterProgress(clock.Elapsed.TotalSeconds, _best, double.IsNaN(_best) ? Bound : Math.Min(_best, Bound)) { Stage = stage });
        }
    }

    /// <summary>Where <see cref="Bound"/> comes from (<see cref="BoundSources"/>).</summary>
    public string BoundSource { get; private set; } = BoundSources.LabourFloor;

    /// <summary>A proven bound better than the one held, from <paramref name="source"/>: reported with the best roster so far.</summary>
    public void Proved(double bound, string source)
    {
        lock (_gate)
        {
            if (bound <= Bound)
            {
                return;
            }

            (Bound, BoundSource) = (bound, source);
            progress?.Report(new RosterProgress(clock.Elapsed.TotalSeconds, _best, double.IsNaN(_best) ? Bound : Math.Min(_best, Bound)) { Stage = _stage });
        }
    }

    /// <summary>A roster of this objective was found, with <paramref name="bound"/> proven for the whole problem (if higher than the one held).</summary>
    public void Found(double objective, double bound = double.NegativeInfinity)
    {
        lock (_gate)
        {
            if (bound > Bound)
            {
                (Bound, BoundSource) = (bound, BoundSources.CpSat);
            }

            if (!double.IsNaN(_best) && objective >= _best)
            {
                return;
            }

            _best = objective;
            progress?.Report(new RosterProgress(clock.Elapsed.TotalSeconds, objective, Math.Min(objective, Bound)) { Stage = _stage });
        }
    }
}
