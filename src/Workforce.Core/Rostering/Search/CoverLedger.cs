using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// The demand still uncovered, per channel and week interval, in hundredths of an agent, as the
/// roster search sees it: each agent's shifts count at their expected share on the phones (breaks not
/// yet placed, <see cref="BreakWindow.OnPhoneProfile"/>), interval by interval on the agent's channel
/// where one more agent is worth most. What one more agent is worth is the fall of the objective's
/// own price of the gap: the convex shortfall steps and the surplus price on a live channel, and on a
/// deferred channel the late work it removes downstream (<see cref="DeferredBacklog"/>), less the
/// routing cost of the skill. The ledger remembers what each agent took, so an agent can give their
/// week back and choose again, and the settlement can share agents out as the search intended.
/// </summary>
public sealed class CoverLedger
{
    private readonly RosterModelData _data;
    private readonly double[][] _residual;
    private readonly DeferredBacklog?[] _backlog;
    private readonly double _first;
    private readonly double _second;
    private readonly double _deep;
    private readonly double _over;
    private readonly int[][] _channelsOf;
    private readonly double[][] _routingOf;
    private readonly List<(int Interval, int Channel, double Amount)>[] _taken;
    private readonly Dictionary<(Contract, int), double[]> _profiles = [];

    public CoverLedger(RosterModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        var channels = data.Demands.Count == 0 ? 0 : data.Demands.Max(d => d.ChannelIndex) + 1;
        _residual = new double[channels][];
        _backlog = new DeferredBacklog?[channels];
        var w = data.Weights;
        _first = data.PerHundredthInterval(w.ShortfallFirstAgentCentsPerHour);
        foreach (var demand in data.Demands)
        {
            _residual[demand.ChannelIndex] = demand is LiveDemand live ? [.. live.RequiredHundredths.Select(r => (double)r)] : new double[data.Horizon.WeekIntervals];
            _backlog[demand.ChannelIndex] = demand is DeferredDemand deferred ? new DeferredBacklog(deferred, _first) : null;
        }

        _second = data.PerHundredthInterval(w.ShortfallSecondAgentCentsPerHour);
        _deep = data.PerHundredthInterval(w.ShortfallDeepCentsPerHour);
        _over = data.PerHundredthInterval(w.OverCoverageCentsPerHour);
        _channelsOf = [.. data.Groups.Select(g => data.Demands.Where(d => g.Skills.ContainsKey(d.ChannelId)).Select(d => d.ChannelIndex).ToArray())];
        _routingOf = [.. data.Groups.Select(g => data.Demands.Where(d => g.Skills.ContainsKey(d.ChannelId)).Select(d => (double)RosterEvaluator.RoutingCents(data, g.Skills[d.ChannelId])).ToArray())];
        _taken = [.. data.Agents.Select(_ => new List<(int, int, double)>())];
        TakeCarriedCover();
    }

    /// <summary>A live channel's price of the gap in one interval, in cents, at <paramref name="residual"/> hundredths still short (negative: surplus).</summary>
    private double Gap(double residual) => residual <= 0
        ? -residual * _over
        : (Math.Min(residual, 100) * _first) + (Math.Clamp(residual - 100, 0, 100) * _second) + (Math.Max(residual - 200, 0) * _deep);

    /// <summary>What <paramref name="hundredths"/> more effective agents are worth on a channel in interval <paramref name="t"/>, before routing.</summary>
    private double Worth(int channel, int t, double hundredths) => _backlog[channel] is { } backlog
        ? hundredths / 100 * backlog.ValueOfAgent(t)
        : Gap(_residual[channel][t]) - Gap(_residual[channel][t] - hundredths);

    /// <summary>What one more agent of <paramref name="group"/> on the phones in interval <paramref name="t"/> is worth on its best channel (never below nothing: an agent may stay unallocated), and that channel.</summary>
    private (double Value, int Channel) Best(int group, int t, double hundredths)
    {
        var best = 0.0;
        var channel = -1;
        var channels = _channelsOf[group];
        for (var i = 0; i < channels.Length; i++)
        {
            var value = Worth(channels[i], t, hundredths) - _routingOf[group][i];
            var c = channels[i];
            if (value > best)
            {
                (best, channel) = (value, c);
            }
        }

        return (best, channel);
    }

    /// <summary>The expected on-phone share over a shift of <paramref name="lengthIntervals"/> under <paramref name="contract"/>.</summary>
    public double[] Profile(Contract contract, int lengthIntervals)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (!_profiles.TryGetValue((contract, lengthIntervals), out var profile))
        {
            _profiles[(contract, lengthIntervals)] = profile = BreakWindow.OnPhoneProfile(_data.Horizon, contract, lengthIntervals);
        }

        return profile;
    }

    /// <summary>
    /// Takes the agent's own costs off what each candidate shift is worth to the uncovered demand now:
    /// the prices at which <paramref name="agent"/> should choose a week. An agent off the phones
    /// (in training) is worth nothing to cover.
    /// </summary>
    public void Price(int agent, SchedulePrices prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var plan = _data.Agents[agent];
        if (plan.GroupIndex is not { } group)
        {
            return;
        }

        var weekIntervals = _data.Horizon.WeekIntervals;
        var hundredths = 100 * plan.Agent.ProductivityFactor;
        var values = new double[weekIntervals];
        for (var t = 0; t < weekIntervals; t++)
        {
            values[t] = Best(group, t, hundredths).Value;
        }

        for (var k = 0; k < plan.Candidates.Count; k++)
        {
            var c = plan.Candidates[k];
            var profile = Profile(plan.Contract, c.Length);
            var worth = 0.0;
            for (var o = 0; o < c.Length && c.StartIndex + o < weekIntervals; o++)
            {
                if (c.StartIndex + o >= 0)
                {
                    worth += profile[o] * values[c.StartIndex + o];
                }
            }

            prices.Candidate[k] -= (long)Math.Round(worth);
        }
    }

    /// <summary>Counts the agent's week as cover, interval by interval on their channel worth most.</summary>
    public void Take(int agent, IReadOnlyList<int> choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var plan = _data.Agents[agent];
        if (plan.GroupIndex is not { } group)
        {
            return;
        }

        var hundredths = 100 * plan.Agent.ProductivityFactor;
        foreach (var k in choice.Where(k => k != WeekSchedule.Off))
        {
            var c = plan.Candidates[k];
            var profile = Profile(plan.Contract, c.Length);
            for (var o = 0; o < c.Length; o++)
            {
                var t = c.StartIndex + o;
                if (t >= 0 && t < _data.Horizon.WeekIntervals)
                {
                    TakeAt(agent, group, t, hundredths * profile[o]);
                }
            }
        }
    }

    /// <summary>What the agent's week takes now, channel by channel: <see cref="Restore"/> puts exactly that back.</summary>
    public IReadOnlyList<(int Interval, int Channel, double Amount)> Taken(int agent) => [.. _taken[agent]];

    /// <summary>Takes again exactly what <see cref="Taken"/> recorded (the same channels), so that a rejected change leaves the ledger as it was.</summary>
    public void Restore(int agent, IReadOnlyList<(int Interval, int Channel, double Amount)> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        foreach (var (t, c, amount) in taken)
        {
            Count(c, t, amount);
            _taken[agent].Add((t, c, amount));
        }
    }

    /// <summary>Gives back everything the agent's week took.</summary>
    public void GiveBack(int agent)
    {
        foreach (var (t, c, amount) in _taken[agent])
        {
            Count(c, t, -amount);
        }

        _taken[agent].Clear();
    }

    private void TakeAt(int agent, int group, int t, double amount)
    {
        var channel = Best(group, t, amount).Channel;
        if (channel >= 0)
        {
            Count(channel, t, amount);
            _taken[agent].Add((t, channel, amount));
        }
    }

    /// <summary>
    /// The cover terms of the objective as the ledger counts the roster, in cents: live shortfall and
    /// surplus, and deferred work late. With the agents' own costs, the measure the search keeps a change
    /// by: a week chosen at the ledger's marginal prices is kept only when this total really falls.
    /// </summary>
    public double CoverCost()
    {
        var total = 0.0;
        foreach (var demand in _data.Demands)
        {
            if (_backlog[demand.ChannelIndex] is { } backlog)
            {
                total += backlog.LateCost();
                continue;
            }

            var residual = _residual[demand.ChannelIndex];
            var live = (LiveDemand)demand;
            for (var t = 0; t < residual.Length; t++)
            {
                if (live.RequiredHundredths[t] > 0)
                {
                    total += Gap(residual[t]);
                }
            }
        }

        return total;
    }

    /// <summary>Counts effective agents (hundredths; negative: gives them back) on a channel in interval <paramref name="t"/>.</summary>
    private void Count(int channel, int t, double hundredths)
    {
        if (_backlog[channel] is { } backlog)
        {
            backlog.Add(t, hundredths);
        }
        else
        {
            _residual[channel][t] -= hundredths;
        }
    }

    /// <summary>
    /// Per group and week interval, what one more whole agent of the group on the phones is worth now,
    /// on their best channel (cents, ≥ 0): the search's marginal prices.
    /// </summary>
    public double[][] MarginalPrices() =>
        [.. _data.Groups.Select(g => Enumerable.Range(0, _data.Horizon.WeekIntervals).Select(t => Best(g.Index, t, g.ProductivityPercent).Value).ToArray())];

    /// <summary>
    /// What the search intends each group's on-phone agents to do: per (group, demand), agents per week
    /// interval on that channel, summed over the members' weeks at their expected share on the phones.
    /// </summary>
    public Dictionary<(int Group, int Demand), double[]> Intent()
    {
        var intent = new Dictionary<(int Group, int Demand), double[]>();
        for (var a = 0; a < _taken.Length; a++)
        {
            if (_data.Agents[a].GroupIndex is not { } group)
            {
                continue;
            }

            var productivity = _data.Agents[a].Agent.ProductivityFactor * 100;
            foreach (var (t, c, amount) in _taken[a])
            {
                if (!intent.TryGetValue((group, c), out var agents))
                {
                    intent[(group, c)] = agents = new double[_data.Horizon.WeekIntervals];
                }

                agents[t] += amount / productivity;
            }
        }

        return intent;
    }

    /// <summary>Last week's shifts that run into this one cover first, each on its channel worth most.</summary>
    private void TakeCarriedCover()
    {
        foreach (var (group, counts) in _data.CarriedOnPhone)
        {
            for (var t = 0; t < Math.Min(counts.Count, _data.Horizon.WeekIntervals); t++)
            {
                for (var n = 0; n < counts[t]; n++)
                {
                    var channel = Best(group, t, _data.Groups[group].ProductivityPercent).Channel;
                    if (channel >= 0)
                    {
                        Count(channel, t, _data.Groups[group].ProductivityPercent);
                    }
                }
            }
        }
    }
}
