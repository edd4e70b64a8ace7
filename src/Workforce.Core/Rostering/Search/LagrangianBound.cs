using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// A lower bound on the roster objective from the Lagrangian relaxation of the CP-SAT model: each
/// group's limit "agents allocated to channels ≤ agents on the phones", per interval, is moved into the
/// objective at a price μ ≥ 0 per agent. What remains falls apart into independent problems, each
/// solved exactly:
/// <list type="bullet">
/// <item>per agent, their cheapest lawful week (<see cref="WeekProgramme"/>) with each shift paid μ for
/// every interval at work and charged μ back over each break, placed where μ is lowest in its window
/// (a group's break counts are exactly breaks placed shift by shift in their windows); start-time spread
/// and training's time off the phones are left out, which can only lower the bound;</item>
/// <item>per live channel and interval, the cheapest cover at the cheapest group's price, against the
/// convex shortfall and surplus prices;</item>
/// <item>per deferred channel, each second of work done at the cheapest interval between its arrival and
/// the end of the week, or never, against the price of being late for each interval past its due time
/// (the cumulative-work rows' continuous relaxation, solved exactly work unit by work unit).</item>
/// </list>
/// For any μ ≥ 0 the sum is at most the objective of every roster (weak duality), so every value this
/// class reports is a proven bound. Its maximum over μ is the bound of column generation over the same
/// programmes (the Lagrangian dual equals the Dantzig–Wolfe master's linear relaxation); it is sought by
/// subgradient steps from the search's own marginal prices.
/// </summary>
public sealed class LagrangianBound
{
    private readonly RosterModelData _data;
    private readonly int _weekIntervals;
    private readonly List<AgentClass> _classes = [];
    private readonly bool[][] _priced;
    private readonly double[][] _routing;
    private readonly double _first;
    private readonly double _second;
    private readonly double _deep;
    private readonly double _over;
    private readonly List<DeferredChannel> _deferred = [];

    public LagrangianBound(RosterModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _weekIntervals = data.Horizon.WeekIntervals;
        var w = data.Weights;
        _first = data.PerHundredthInterval(w.ShortfallFirstAgentCentsPerHour);
        _second = data.PerHundredthInterval(w.ShortfallSecondAgentCentsPerHour);
        _deep = data.PerHundredthInterval(w.ShortfallDeepCentsPerHour);
        _over = data.PerHundredthInterval(w.OverCoverageCentsPerHour);
        var channels = data.Demands.Count == 0 ? 0 : data.Demands.Max(d => d.ChannelIndex) + 1;
        _routing = [.. data.Groups.Select(g =>
        {
            var routing = Enumerable.Repeat(double.NaN, channels).ToArray();
            foreach (var demand in data.Demands.Where(d => g.Skills.ContainsKey(d.ChannelId)))
            {
                routing[demand.ChannelIndex] = RosterEvaluator.RoutingCents(data, g.Skills[demand.ChannelId]);
            }

            return routing;
        })];

        // μ exists where the model has the limit: a group with a channel that needs the interval.
        _priced = [.. data.Groups.Select(g => Enumerable.Range(0, _weekIntervals)
            .Select(t => data.Demands.Any(d => g.Skills.ContainsKey(d.ChannelId) && RosterSettlement.Needs(d, t))).ToArray())];

        var byKey = new Dictionary<(ProgrammeClass, int?, string), AgentClass>();
        foreach (var plan in data.Agents)
        {
            var costs = new AgentCosts(data, plan);
            var key = (ProgrammeClass.Of(data, plan), plan.GroupIndex, string.Join(',', costs.Candidate) + "|" + string.Join(',', costs.OffDay) + "|" + costs.WeekendCents + "|" + costs.Constant);
            if (byKey.TryGetValue(key, out var found))
            {
                found.Count++;
                continue;
            }

            var programme = WeekProgramme.Create(data, plan, out var unsupported, AgentRules.All)
                ?? throw new ArgumentException($"Agent {plan.Agent.Id} has rules the bound does not state ({unsupported}).", nameof(data));
            var agentClass = new AgentClass(plan, costs, programme, BreakWindows(data, plan));
            byKey[key] = agentClass;
            _classes.Add(agentClass);
        }

        foreach (var deferred in data.Demands.OfType<DeferredDemand>())
        {
            _deferred.Add(new DeferredChannel(deferred, Segments(deferred), data.PerHundredthInterval(w.ShortfallFirstAgentCentsPerHour) * 100.0 / Math.Max(1, deferred.SecondsPerAgentInterval)));
        }
    }

    private static readonly double InitialTheta = Knob("WORKFORCE_RELAX_THETA", 0.5);
    private static readonly int Patience = (int)Knob("WORKFORCE_RELAX_PATIENCE", 8);
    private static readonly double SmallestTheta = Knob("WORKFORCE_RELAX_SMALLEST", 0.004);
    private static readonly double RestartTheta = Knob("WORKFORCE_RELAX_RESTART", 0.05);
    private static readonly double Deflection = Knob("WORKFORCE_RELAX_DEFLECT", 1.5);

    private static double Knob(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>Agents that share one priced programme (same rules, history, costs and group).</summary>
    public int Classes => _classes.Count;

    /// <summary>Where μ may be positive: per group and week interval.</summary>
    public IReadOnlyList<bool[]> Priced => _priced;

    /// <summary>The bound at <paramref name="mu"/>, with what it needs to improve μ; null if cancelled (or a programme found no week).</summary>
    /// <param name="mu">Per group and week interval, the price of an agent on the phones (cents); ≥ 0 where <see cref="Priced"/>, else ignored.</param>
    public Evaluation? Evaluate(IReadOnlyList<double[]> mu, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mu);
        var value = 0.0;
        var slack = _data.Groups.Select(_ => new double[_weekIntervals]).ToArray();

        // Agents: their weeks at the prices, each shift's breaks where μ is lowest.
        foreach (var agentClass in _classes)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            var plan = agentClass.Plan;
            var prices = SchedulePrices.From(agentClass.Costs, _data.WeekendDays.Count);
            var group = plan.GroupIndex;
            var breakStarts = new int[plan.Candidates.Count][];
            if (group is { } g)
            {
                for (var k = 0; k < plan.Candidates.Count; k++)
                {
                    var (worth, starts) = OnPhoneWorth(mu[g], plan.Candidates[k], agentClass.Breaks);
                    // Rounded so the price is never above the exact one: the bound stays a bound.
                    prices.Candidate[k] -= (long)Math.Ceiling(worth);
                    breakStarts[k] = starts;
                }
            }

            var week = agentClass.Programme.Cheapest(prices, cancellationToken);
            if (week is null)
            {
                return null;
            }

            value += agentClass.Count * (week.Cost + agentClass.Costs.Constant);
            if (group is { } gg)
            {
                foreach (var k in week.Worked)
                {
                    AddOnPhone(slack[gg], plan.Candidates[k], agentClass.Breaks, breakStarts[k], -agentClass.Count);
                }
            }
        }

        // Last week's carried shifts are on the phones whatever μ is.
        foreach (var (group, counts) in _data.CarriedOnPhone)
        {
            for (var t = 0; t < Math.Min(counts.Count, _weekIntervals); t++)
            {
                if (_priced[group][t])
                {
                    value -= mu[group][t] * counts[t];
                    slack[group][t] -= counts[t];
                }
            }
        }

        // Channels: cover bought at the cheapest group's price.
        var liveShort = 0.0;
        foreach (var live in _data.Demands.OfType<LiveDemand>())
        {
            for (var t = 0; t < _weekIntervals; t++)
            {
                var required = live.RequiredHundredths[t];
                if (required == 0)
                {
                    continue;
                }

                var (price, cheapest) = Cheapest(mu, live.ChannelIndex, t);
                var first = Math.Min(required, 100);
                var second = Math.Clamp(required - 100, 0, 100);
                var deep = Math.Max(required - 200, 0);
                var covered = (price < _deep ? deep : 0) + (price < _second ? second : 0) + (price < _first ? first : 0);
                value += (price * covered)
                    + (price < _deep ? 0 : deep * _deep) + (price < _second ? 0 : second * _second) + (price < _first ? 0 : first * _first);
                liveShort += required - covered;
                if (covered > 0 && cheapest >= 0)
                {
                    slack[cheapest][t] += covered / (double)_data.Groups[cheapest].ProductivityPercent;
                }
            }
        }

        var lateHundredthIntervals = 0.0;
        foreach (var channel in _deferred)
        {
            var (cost, late) = channel.Price(this, mu, slack);
            value += cost;
            lateHundredthIntervals += late;
        }

        return new Evaluation(value, slack, liveShort, lateHundredthIntervals);
    }

    /// <summary>
    /// Subgradient ascent on μ from <paramref name="start"/>, with Polyak steps towards
    /// <paramref name="upper"/> (re-read each round: the best roster found so far), until
    /// <paramref name="stop"/> says so or the step is negligible. Each round's value is a proven bound;
    /// the best is kept.
    /// </summary>
    /// <param name="eachRound">Told each round's number, value and step size (for diagnostics).</param>
    public Result Maximise(IReadOnlyList<double[]> start, Func<double> upper, Func<bool> stop, Action<Result>? improved = null, Action<int, double, double>? eachRound = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(upper);
        ArgumentNullException.ThrowIfNull(stop);
        var mu = start.Select(m => (double[])m.Clone()).ToArray();
        Clamp(mu);
        var bestMu = mu.Select(m => (double[])m.Clone()).ToArray();
        var direction = mu.Select(m => new double[m.Length]).ToArray();
        var best = new Result(double.NegativeInfinity, 0, false, double.NaN);
        var theta = InitialTheta;
        var sinceBest = 0;
        for (var round = 1; !stop() && !cancellationToken.IsCancellationRequested; round++)
        {
            if (Evaluate(mu, cancellationToken) is not { } evaluation)
            {
                break;
            }

            if (evaluation.Value > best.Value)
            {
                best = new Result(evaluation.Value, round, false, UnderCoverageShare(evaluation));
                improved?.Invoke(best);
                sinceBest = 0;
                for (var g = 0; g < mu.Length; g++)
                {
                    Array.Copy(mu[g], bestMu[g], mu[g].Length);
                }
            }
            else if (++sinceBest >= Patience)
            {
                // Going nowhere: a shorter step, and from the best prices if steps have become tiny.
                theta /= 2;
                sinceBest = 0;
                if (theta < SmallestTheta)
                {
                    theta = RestartTheta;
                    for (var g = 0; g < mu.Length; g++)
                    {
                        Array.Copy(bestMu[g], mu[g], mu[g].Length);
                        Array.Clear(direction[g]);
                    }

                    continue;
                }
            }

            // Deflected subgradient: the new direction keeps part of the last one when they disagree,
            // which damps the zig-zag of plain steps.
            double product = 0, previous = 0;
            for (var g = 0; g < mu.Length; g++)
            {
                for (var t = 0; t < _weekIntervals; t++)
                {
                    if (_priced[g][t])
                    {
                        product += evaluation.Slack[g][t] * direction[g][t];
                        previous += direction[g][t] * direction[g][t];
                    }
                }
            }

            var beta = previous > 0 ? Math.Max(0, -Deflection * product / previous) : 0;
            var norm = 0.0;
            for (var g = 0; g < mu.Length; g++)
            {
                for (var t = 0; t < _weekIntervals; t++)
                {
                    var d = _priced[g][t] ? evaluation.Slack[g][t] + (beta * direction[g][t]) : 0;
                    direction[g][t] = mu[g][t] > 0 || d > 0 ? d : 0;
                    norm += direction[g][t] * direction[g][t];
                }
            }

            var gap = upper() - evaluation.Value;
            if (norm < 1e-9 || gap <= 0)
            {
                // A zero subgradient proves μ optimal (the relaxation is solved), or the bound met the best roster.
                return best with { Converged = true };
            }

            var step = theta * gap / norm;
            eachRound?.Invoke(round, evaluation.Value, step);
            for (var g = 0; g < mu.Length; g++)
            {
                for (var t = 0; t < _weekIntervals; t++)
                {
                    mu[g][t] = _priced[g][t] ? Math.Max(0, mu[g][t] + (step * direction[g][t])) : 0;
                }
            }
        }

        return best;
    }

    /// <summary>The relaxation's own share of required agent-hours left uncovered (live short plus deferred work late), 0–1.</summary>
    private double UnderCoverageShare(Evaluation evaluation)
    {
        var required = _data.Demands.Sum(d => d switch
        {
            LiveDemand live => live.RequiredHundredths.Sum(r => (double)r),
            DeferredDemand deferred => deferred.RequiredHundredths.Sum(r => (double)r),
            _ => 0,
        });
        return required > 0 ? Math.Min(1, (evaluation.LiveShortHundredths + evaluation.LateHundredths) / required) : 0;
    }

    private void Clamp(double[][] mu)
    {
        for (var g = 0; g < mu.Length; g++)
        {
            for (var t = 0; t < _weekIntervals; t++)
            {
                mu[g][t] = _priced[g][t] ? Math.Max(0, mu[g][t]) : 0;
            }
        }
    }

    /// <summary>The cheapest group's price per effective hundredth of an agent on a channel in interval <paramref name="t"/>, and that group (−1: none holds it).</summary>
    private (double Price, int Group) Cheapest(IReadOnlyList<double[]> mu, int channel, int t)
    {
        var best = double.PositiveInfinity;
        var group = -1;
        for (var g = 0; g < _data.Groups.Count; g++)
        {
            if (double.IsNaN(_routing[g][channel]) || _data.Groups[g].AgentIndexes.Count == 0 && !_data.CarriedOnPhone.ContainsKey(g))
            {
                continue;
            }

            var price = ((_priced[g][t] ? mu[g][t] : 0) + _routing[g][channel]) / _data.Groups[g].ProductivityPercent;
            if (price < best)
            {
                (best, group) = (price, g);
            }
        }

        return (best, group);
    }

    /// <summary>
    /// What a shift earns at μ: μ over every interval at work, less μ over each break placed where μ is
    /// lowest in its window (the break's starts are returned).
    /// </summary>
    private (double Worth, int[] BreakStarts) OnPhoneWorth(double[] mu, ShiftCandidate shift, Dictionary<int, BreakWindow[]> windows)
    {
        double Sum(int from, int to)
        {
            var total = 0.0;
            for (var t = Math.Max(0, from); t < Math.Min(to, _weekIntervals); t++)
            {
                total += mu[t];
            }

            return total;
        }

        var worth = Sum(shift.StartIndex, shift.EndIndex);
        var rules = windows.TryGetValue(shift.Length, out var found) ? found : [];
        var starts = new int[rules.Length];
        for (var r = 0; r < rules.Length; r++)
        {
            var cheapest = double.PositiveInfinity;
            for (var b = shift.StartIndex + rules[r].Earliest; b <= shift.StartIndex + rules[r].Latest; b++)
            {
                var cost = Sum(b, b + rules[r].Length);
                if (cost < cheapest)
                {
                    (cheapest, starts[r]) = (cost, b);
                }
            }

            worth -= cheapest;
        }

        return (worth, starts);
    }

    private void AddOnPhone(double[] slack, ShiftCandidate shift, Dictionary<int, BreakWindow[]> windows, int[] breakStarts, int count)
    {
        var rules = windows.TryGetValue(shift.Length, out var found) ? found : [];
        for (var t = Math.Max(0, shift.StartIndex); t < Math.Min(shift.EndIndex, _weekIntervals); t++)
        {
            var away = 0;
            for (var r = 0; r < rules.Length; r++)
            {
                away += breakStarts[r] <= t && t < breakStarts[r] + rules[r].Length ? 1 : 0;
            }

            slack[t] += count * (1 - away);
        }
    }

    /// <summary>Per shift length (intervals), the break windows of the contract's rules that apply to it.</summary>
    private static Dictionary<int, BreakWindow[]> BreakWindows(RosterModelData data, AgentPlan plan) =>
        plan.Candidates.Select(c => c.Length).Distinct().ToDictionary(
            length => length,
            length => plan.Contract.BreaksFor(data.Horizon.IntervalLength * length).Select(rule => BreakWindow.Of(data.Horizon, rule)).ToArray());

    /// <summary>
    /// The channel's work as units in arrival order, each with the interval it arrives in and the
    /// interval by whose end it is due (first-in first-out over the cumulative curves).
    /// </summary>
    private static List<(int Arrives, int Due, double Seconds)> Segments(DeferredDemand demand)
    {
        var segments = new List<(int, int, double)>();
        var arrived = demand.ArrivedSeconds;
        var due = demand.DueSeconds;
        var count = arrived.Count;
        int a = 0, d = 0;
        double at = 0;
        while (a < count && d < count)
        {
            while (a < count && arrived[a] <= at)
            {
                a++;
            }

            while (d < count && due[d] <= at)
            {
                d++;
            }

            if (a >= count || d >= count)
            {
                break; // Work never due within the week cannot be late: it costs nothing.
            }

            var next = Math.Min(arrived[a], due[d]);
            segments.Add((a, d, next - at));
            at = next;
        }

        return segments;
    }

    /// <summary>The bound's value and what it needs to improve μ.</summary>
    /// <param name="Value">The bound, in cents.</param>
    /// <param name="Slack">Per group and week interval: agents allocated less agents on the phones in the relaxation's solution (the subgradient).</param>
    public sealed record Evaluation(double Value, double[][] Slack, double LiveShortHundredths, double LateHundredths);

    /// <param name="Value">The best bound found, in cents (−∞: none yet).</param>
    /// <param name="Round">The round that found it.</param>
    /// <param name="Converged">Whether μ was proven optimal (the relaxation solved) or met the best roster.</param>
    /// <param name="UnderCoverageShare">The relaxation's own under-coverage at that μ, 0–1.</param>
    public sealed record Result(double Value, int Round, bool Converged, double UnderCoverageShare);

    private sealed class AgentClass(AgentPlan plan, AgentCosts costs, WeekProgramme programme, Dictionary<int, BreakWindow[]> breaks)
    {
        public AgentPlan Plan { get; } = plan;

        public AgentCosts Costs { get; } = costs;

        public WeekProgramme Programme { get; } = programme;

        public Dictionary<int, BreakWindow[]> Breaks { get; } = breaks;

        public int Count { get; set; } = 1;
    }

    private sealed class DeferredChannel(DeferredDemand demand, List<(int Arrives, int Due, double Seconds)> segments, double latePerSecondInterval)
    {
        /// <summary>
        /// Each unit of work done at the cheapest interval from its arrival on (its price per second, plus
        /// the price of each interval late past its due time), or never (late to the week's end); the work
        /// done is added to <paramref name="slack"/> as agents allocated. Returns the cost and the
        /// hundredths of an agent-interval late, summed over intervals.
        /// </summary>
        public (double Cost, double LateHundredths) Price(LagrangianBound bound, IReadOnlyList<double[]> mu, double[][] slack)
        {
            var count = demand.ArrivedSeconds.Count;
            var capacity = (double)Math.Max(1, demand.SecondsPerAgentInterval);
            var perSecond = new double[count];
            var groupAt = new int[count];
            for (var t = 0; t < count; t++)
            {
                var (price, group) = demand.ArrivedSeconds[t] > 0 ? bound.Cheapest(mu, demand.ChannelIndex, t) : (double.PositiveInfinity, -1);
                perSecond[t] = price * 100 / capacity;
                groupAt[t] = group;
            }

            // Suffix minimum of (price + late price × t): the cheapest interval after a unit's due time.
            var suffix = new double[count + 1];
            var suffixAt = new int[count + 1];
            suffix[count] = double.PositiveInfinity;
            suffixAt[count] = -1;
            for (var t = count - 1; t >= 0; t--)
            {
                var here = perSecond[t] + (latePerSecondInterval * t);
                (suffix[t], suffixAt[t]) = here < suffix[t + 1] ? (here, t) : (suffix[t + 1], suffixAt[t + 1]);
            }

            double cost = 0, late = 0;
            foreach (var (arrives, due, seconds) in segments)
            {
                var bestCost = latePerSecondInterval * (count - due);
                var bestAt = -1;
                for (var t = arrives; t <= due && t < count; t++)
                {
                    if (perSecond[t] < bestCost)
                    {
                        (bestCost, bestAt) = (perSecond[t], t);
                    }
                }

                if (due + 1 < count && suffix[due + 1] - (latePerSecondInterval * due) < bestCost)
                {
                    (bestCost, bestAt) = (suffix[due + 1] - (latePerSecondInterval * due), suffixAt[due + 1]);
                }

                cost += bestCost * seconds;
                var intervalsLate = bestAt < 0 ? count - due : Math.Max(0, bestAt - due);
                late += intervalsLate * seconds * 100 / capacity;
                if (bestAt >= 0 && groupAt[bestAt] >= 0)
                {
                    slack[groupAt[bestAt]][bestAt] += seconds / capacity * 100 / bound._data.Groups[groupAt[bestAt]].ProductivityPercent;
                }
            }

            return (cost, late);
        }
    }
}
