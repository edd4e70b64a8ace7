using System.Globalization;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Cli;

/// <summary>
/// Progress on stderr: a line whenever a stage begins or a better roster is found, and a heartbeat
/// with the latest stage and figures whenever <see cref="Heartbeat"/> has passed without one, so a
/// long stage never looks like a hang. Times are since the process started (the deadline's clock).
/// </summary>
internal sealed class ProgressLines : IProgress<RosterProgress>, IDisposable
{
    /// <summary>Longest silence: under the 5 s a planner or a supervisor waits before wondering.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(4);

    private readonly Lock _gate = new();
    private readonly TextWriter _error;
    private readonly Timer _timer;
    private TimeSpan _lastLine;
    private string _stage = "starting";
    private double _objective = double.NaN;
    private double _bound = double.NaN;

    public ProgressLines(TextWriter error)
    {
        _error = error;
        _lastLine = RunDeadline.Elapsed;
        _timer = new Timer(_ => Beat(), null, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.5));
    }

    public void Report(RosterProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (SearchDetails.Handled(value, _error))
            {
                return;
            }

            _stage = value.Stage.Length > 0 ? value.Stage : _stage;
            _objective = value.Objective;
            _bound = value.Bound;
            Write();
        }
    }

    /// <summary>A stage of the command outside the search (reading, screening, writing).</summary>
    public void Stage(string stage)
    {
        lock (_gate)
        {
            _stage = stage;
            Write();
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Beat()
    {
        lock (_gate)
        {
            if (RunDeadline.Elapsed - _lastLine >= Heartbeat)
            {
                Write();
            }
        }
    }

    private void Write()
    {
        _lastLine = RunDeadline.Elapsed;
        var objective = double.IsNaN(_objective) ? "-" : _objective.ToString("0", CultureInfo.InvariantCulture);
        var bound = double.IsNaN(_bound) ? "-" : _bound.ToString("0", CultureInfo.InvariantCulture);
        _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {_lastLine.TotalSeconds,7:0.0} s  {_stage,-34} objective {objective,14}  bound {bound,14}"));
    }
}
