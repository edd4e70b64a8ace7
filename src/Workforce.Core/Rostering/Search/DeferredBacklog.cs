using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// One deferred channel's work as the roster search sees it: the agents it expects on the channel in
/// each interval, and from them the work done, the backlog left and the work late, as the model's
/// cumulative-work rows price it. What one more agent in an interval is worth follows: the work they
/// do there stays done in every later interval until the backlog would have emptied anyway, and in each
/// of those intervals it takes that much off the work late (priced as a first missing agent per
/// interval late). So capacity is valuable where a late backlog builds up downstream, and worth nothing
/// where the work would be done in time anyway: which is how deferred work fills the quiet intervals.
/// </summary>
internal sealed class DeferredBacklog
{
    private readonly DeferredDemand _demand;
    private readonly double _latePrice;
    private readonly double[] _agents;
    private readonly double[] _value;
    private bool _dirty = true;
    private double _lateCost;

    /// <param name="latePricePerHundredth">The objective's price of a hundredth of an agent-interval of work late, for one interval.</param>
    public DeferredBacklog(DeferredDemand demand, double latePricePerHundredth)
    {
        _demand = demand;
        _latePrice = latePricePerHundredth;
        _agents = new double[demand.ArrivedSeconds.Count];
        _value = new double[demand.ArrivedSeconds.Count];
    }

    /// <summary>Adds (or, negative, removes) effective agents, in hundredths, on the channel in interval <paramref name="t"/>.</summary>
    public void Add(int t, double hundredths)
    {
        _agents[t] += hundredths;
        _dirty = true;
    }

    /// <summary>What one more whole effective agent on the channel in interval <paramref name="t"/> is worth, in cents.</summary>
    public double ValueOfAgent(int t)
    {
        if (_dirty)
        {
            Refresh();
        }

        return _value[t];
    }

    /// <summary>The late work's price over the week, in cents, with the agents counted so far.</summary>
    public double LateCost()
    {
        if (_dirty)
        {
            Refresh();
        }

        return _lateCost;
    }

    /// <summary>
    /// Forward, the work done and the backlog; backward, the value of one more agent: the lateness it
    /// removes in its own interval and in every later one while a backlog remains for its work to stay
    /// ahead of (once the backlog would have emptied, the work it did would have been done anyway).
    /// </summary>
    private void Refresh()
    {
        var capacity = (double)_demand.SecondsPerAgentInterval;
        var count = _agents.Length;
        var late = new double[count];
        var backlog = new double[count];
        double done = 0;
        for (var t = 0; t < count; t++)
        {
            if (_demand.ArrivedSeconds[t] == 0)
            {
                continue;
            }

            done = Math.Min(_demand.ArrivedSeconds[t], done + (capacity * Math.Max(0, _agents[t]) / 100));
            backlog[t] = _demand.ArrivedSeconds[t] - done;
            late[t] = Math.Max(0, _demand.DueSeconds[t] - done) * 100 / capacity;
        }

        _lateCost = _latePrice * late.Sum();
        var later = 0.0;
        for (var t = count - 1; t >= 0; t--)
        {
            var worked = Math.Min(capacity, backlog[t]);
            var here = _latePrice * Math.Min(late[t], 100 * worked / capacity);
            later = backlog[t] < capacity / 2 ? 0 : later;
            _value[t] = _demand.ArrivedSeconds[t] == 0 ? 0 : here + later;
            later = _value[t];
        }

        _dirty = false;
    }
}
