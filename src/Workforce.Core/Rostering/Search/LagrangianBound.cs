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
/// programmes (the Lagrangian dual equals the Dantzig–Wolfe master's linear relaxation); column
/// generation's master supplies the prices, and each class's cheapest week at them is its next column.
/// </summary>
public sealed class LagrangianBound
{
    private readonly RosterModelData _data;
    private readonly int _weekIntervals;
    private readonly List<AgentClass> _classes = [];
    private readonly int[] _classOf;
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
        _classOf = new int[data.Agents.Count];
        foreach (var plan in data.Agents)
        {
            var costs = new AgentCosts(data, plan);
            var key = (ProgrammeClass.Of(data, plan), plan.GroupIndex, string.Join(',', costs.Candidate) + "|" + string.Join(',', costs.OffDay) + "|" + costs.WeekendCents + "|" + costs.Constant);
            if (byKey.TryGetValue(key, out var found))
            {
                found.Count++;
                _classOf[plan.Index] = _classes.IndexOf(found);
                continue;
            }

            _classOf[plan.Index] = _classes.Count;

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

    /// <summary>Agents that share one priced programme (same rules, history, costs and group).</summary>
    public int Classes => _classes.Count;

    /// <summary>The class of an agent (an index below <see cref="Classes"/>).</summary>
    public int ClassOf(int agent) => _classOf[agent];

    /// <summary>How many agents a class holds, and their group (null: never on the phones).</summary>
    public (int Count, int? Group) Class(int index) => (_classes[index].Count, _classes[index].Plan.GroupIndex);

    /// <summary>
    /// A week of a class as a column of the relaxation's master: its own cost (no cover, no spread) and
    /// its intervals on the phones, each break at its earliest start (the weeks that pricing finds have
    /// theirs where μ is lowest).
    /// </summary>
    public PricedWeek Column(int classIndex, int[] choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var agentClass = _classes[classIndex];
        var zero = new double[_weekIntervals];
        return Column(classIndex, choice, k => OnPhoneWorth(zero, agentClass.Plan.Candidates[k], agentClass.Breaks).BreakStarts);
    }

    /// <param name="breakStarts">Per candidate worked, where its breaks start.</param>
    private PricedWeek Column(int classIndex, int[] choice, Func<int, int[]> breakStarts)
    {
        var agentClass = _classes[classIndex];
        var plan = agentClass.Plan;
        var costs = agentClass.Costs;
        var cost = (double)costs.Constant;
        var onPhone = new List<int>();
        for (var day = 0; day < choice.Length; day++)
        {
            if (choice[day] == WeekSchedule.Off)
            {
                cost += costs.OffDay[day];
                continue;
            }

            var shift = plan.Candidates[choice[day]];
            cost += costs.Candidate[choice[day]];
            if (plan.GroupIndex is not null)
            {
                onPhone.AddRange(OnPhone(shift, agentClass.Breaks, breakStarts(choice[day])));
            }
        }

        for (var w = 0; w < _data.WeekendDays.Count; w++)
        {
            if (_data.WeekendDays[w].Any(d => choice[d] != WeekSchedule.Off))
            {
                cost += costs.WeekendCents;
            }
        }

        return new PricedWeek(classIndex, choice, [.. onPhone], cost);
    }

    /// <summary>Where μ may be positive: per group and week interval.</summary>
    public IReadOnlyList<bool[]> Priced => _priced;

    /// <summary>The bound at <paramref name="mu"/>, with each class's cheapest week at it (the master's next columns); null if cancelled (or a programme found no week).</summary>
    /// <param name="mu">Per group and week interval, the price of an agent on the phones (cents); ≥ 0 where <see cref="Priced"/>, else ignored.</param>
    public Evaluation? Evaluate(IReadOnlyList<double[]> mu, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mu);
        var value = 0.0;
        var weeks = new List<PricedWeek>();

        // Agents: their weeks at the prices, each shift's breaks where μ is lowest.
        for (var c = 0; c < _classes.Count; c++)
        {
            var agentClass = _classes[c];
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
            weeks.Add(Column(c, week.Choice, k => breakStarts[k]));
        }

        // Last week's carried shifts are on the phones whatever μ is.
        foreach (var (group, counts) in _data.CarriedOnPhone)
        {
            for (var t = 0; t < Math.Min(counts.Count, _weekIntervals); t++)
            {
                if (_priced[group][t])
                {
                    value -= mu[group][t] * counts[t];
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

                var price = Cheapest(mu, live.ChannelIndex, t);
                var first = Math.Min(required, 100);
                var second = Math.Clamp(required - 100, 0, 100);
                var deep = Math.Max(required - 200, 0);
                var covered = (price < _deep ? deep : 0) + (price < _second ? second : 0) + (price < _first ? first : 0);
                value += (price * covered)
                    + (price < _deep ? 0 : deep * _deep) + (price < _second ? 0 : second * _second) + (price < _first ? 0 : first * _first);
                liveShort += required - covered;
            }
        }

        var lateHundredthIntervals = 0.0;
        foreach (var channel in _deferred)
        {
            var (cost, late) = channel.Price(this, mu);
            value += cost;
            lateHundredthIntervals += late;
        }

        return new Evaluation(value, liveShort, lateHundredthIntervals, weeks);
    }

    /// <summary>The relaxation's own share of required agent-hours left uncovered (live short plus deferred work late), 0–1.</summary>
    public double UnderCoverageShareOf(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var required = _data.Demands.Sum(d => d switch
        {
            LiveDemand live => live.RequiredHundredths.Sum(r => (double)r),
            DeferredDemand deferred => deferred.RequiredHundredths.Sum(r => (double)r),
            _ => 0,
        });
        return required > 0 ? Math.Min(1, (evaluation.LiveShortHundredths + evaluation.LateHundredths) / required) : 0;
    }

    /// <summary>The cheapest group's price per effective hundredth of an agent on a channel in interval <paramref name="t"/> (+∞: no group holds it).</summary>
    private double Cheapest(IReadOnlyList<double[]> mu, int channel, int t)
    {
        var best = double.PositiveInfinity;
        for (var g = 0; g < _data.Groups.Count; g++)
        {
            if (double.IsNaN(_routing[g][channel]) || _data.Groups[g].AgentIndexes.Count == 0 && !_data.CarriedOnPhone.ContainsKey(g))
            {
                continue;
            }

            var price = ((_priced[g][t] ? mu[g][t] : 0) + _routing[g][channel]) / _data.Groups[g].ProductivityPercent;
            best = Math.Min(best, price);
        }

        return best;
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

    /// <summary>The week intervals of a shift on the phones: at work and on none of its breaks.</summary>
    private IEnumerable<int> OnPhone(ShiftCandidate shift, Dictionary<int, BreakWindow[]> windows, int[] breakStarts)
    {
        var rules = windows.TryGetValue(shift.Length, out var found) ? found : [];
        for (var t = Math.Max(0, shift.StartIndex); t < Math.Min(shift.EndIndex, _weekIntervals); t++)
        {
            var away = false;
            for (var r = 0; r < rules.Length; r++)
            {
                away |= breakStarts[r] <= t && t < breakStarts[r] + rules[r].Length;
            }

            if (!away)
            {
                yield return t;
            }
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

    /// <summary>The bound at some prices.</summary>
    /// <param name="Value">The bound, in cents.</param>
    /// <param name="LiveShortHundredths">The relaxation's live cover short, hundredths of an agent-interval.</param>
    /// <param name="LateHundredths">The relaxation's deferred work late, hundredths of an agent-interval summed over intervals.</param>
    /// <param name="Weeks">Per class, its cheapest week at the prices as a master column.</param>
    public sealed record Evaluation(double Value, double LiveShortHundredths, double LateHundredths, IReadOnlyList<PricedWeek> Weeks);

    /// <summary>A class's week as a column of the relaxation's master.</summary>
    /// <param name="OnPhone">Week intervals on the phones (at work, not on a break); empty for a class never on the phones.</param>
    /// <param name="Cost">The agent's own cost of the week, without start-time spread, in cents.</param>
    public sealed record PricedWeek(int Class, int[] Choice, int[] OnPhone, double Cost)
    {
        /// <summary>Identifies the column within its class.</summary>
        public string Signature => string.Join(',', Choice) + "|" + string.Join(',', OnPhone);
    }

    /// <param name="Value">The best bound found, in cents (−∞: none yet).</param>
    /// <param name="Round">The round that found it.</param>
    /// <param name="Converged">Whether the relaxation was solved: priced at the master's own duals, no week would lower it.</param>
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
        /// done is. Returns the cost and the hundredths of an agent-interval late, summed over intervals.
        /// </summary>
        public (double Cost, double LateHundredths) Price(LagrangianBound bound, IReadOnlyList<double[]> mu)
        {
            var count = demand.ArrivedSeconds.Count;
            var capacity = (double)Math.Max(1, demand.SecondsPerAgentInterval);
            var perSecond = new double[count];
            for (var t = 0; t < count; t++)
            {
                perSecond[t] = demand.ArrivedSeconds[t] > 0 ? bound.Cheapest(mu, demand.ChannelIndex, t) * 100 / capacity : double.PositiveInfinity;
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
            }

            return (cost, late);
        }
    }
}
