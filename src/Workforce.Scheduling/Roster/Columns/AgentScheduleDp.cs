using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// The cheapest lawful schedule of one agent of a rota (a model planned by named shift type), given a
/// price per candidate shift: an exact dynamic programme over the days, whose state is what the rules
/// look back on, so every schedule it returns keeps every rule of <see cref="RosterCpModel"/> for that
/// agent, and none cheaper exists. The state after a day is:
/// <list type="bullet">
/// <item>the candidate worked that day, or off (forbidden successions and rest look one day back);</item>
/// <item>the length of the current run of working days or of days off, and whether that run touches
/// the horizon's first day and is exempt (<see cref="RunBoundary.ExemptAtEdges"/>): maximum and
/// minimum runs;</item>
/// <item>weekends worked so far, and whether the current weekend already counts;</item>
/// <item>paid time so far, in units of the greatest common divisor of the shifts' paid minutes:
/// minimum and maximum over the horizon;</item>
/// <item>shifts worked of each shift type whose cap can bind.</item>
/// </list>
/// Rules it cannot state this way make it not apply (<see cref="Create"/> says why): weekly hours or a
/// working-day limit that could bind, rolling weekend windows shorter than the horizon, training, or
/// shifts without a named type. The run rules follow the model's own edge semantics: a run still going
/// on the last day is never cut short, and a run at the start continues the carry-in.
/// </summary>
internal sealed class AgentScheduleDp
{
    /// <summary>The "last day" of the state before day 0 when the carry-in says the agent was working.</summary>
    private const int WorkedBefore = byte.MaxValue;

    private const int Off = 0;

    /// <summary>No lawful way to finish from a state.</summary>
    private const long Unreachable = long.MaxValue / 4;

    /// <summary>The most units still reachable from a state that has no lawful way on (a dead end): far below any minimum.</summary>
    private const int NoWayOn = -(1 << 28);

    /// <summary>Largest backward cost table worth building (entries).</summary>
    private const double MostCostToGo = 3e7;

    /// <summary>The cost of a label beaten by another (kept in its layer, as its index may be a parent, but never extended).</summary>
    private const long Dead = long.MaxValue;

    private readonly int _days;
    private readonly bool _exemptAtEdges;
    private readonly int _maxRun;
    private readonly int _minRun;
    private readonly int _minOff;
    private readonly int _minUnits;
    private readonly int _maxUnits;
    private readonly int[][] _byDay;
    private readonly int[][] _units;
    private readonly int[][] _capSlot;
    private readonly bool[][][] _follows;
    private readonly int[] _weekend;
    private readonly int[] _weekendLimit;
    private readonly int[] _capShift;
    private readonly ulong[] _capMask;
    private readonly int _weekendShift;
    private readonly ulong _weekendMask;
    private readonly ulong _guards;
    private readonly int[] _caps;
    private readonly Label _start;
    private readonly int _maxRunState;
    private readonly int _lastStates;
    private readonly int _maxWeekends;

    /// <summary>Combinations of the counters in <see cref="Label.Used"/> (weekends, capped types).</summary>
    private readonly double _counterStates;

    /// <summary>
    /// Whether states are told apart by every counter too (few enough to number densely), or else kept
    /// per day state with dominance: a state no dearer that has used no more of any limit wins.
    /// </summary>
    private readonly bool _exactKeys;

    /// <summary>States in the dense index, or 0 when there are too many and a hash map keeps them.</summary>
    private readonly long _denseSize;

    /// <summary>Per day and state (see <see cref="MaxUnitsFrom"/>): the most units that can still be worked from the day after.</summary>
    private readonly int[][] _reachable;

    /// <summary>Per day and state, as <see cref="_reachable"/> but in working days.</summary>
    private readonly int[][] _reachableDays;

    /// <summary>From each day to the end (one more entry for the day after the last): the days with candidates outside weekends.</summary>
    private readonly int[] _weekdaysFrom;

    /// <summary>From each day to the end: the weekend days with candidates.</summary>
    private readonly int[] _weekendDaysFrom;

    /// <summary>From each day: the days with candidates left in its own weekend (0 outside weekends).</summary>
    private readonly int[] _weekendRestFrom;

    /// <summary>From each day: the highest weekend limit of the weekends that begin on or after it.</summary>
    private readonly int[] _weekendLimitFrom;

    /// <summary>The most days with candidates in one weekend.</summary>
    private readonly int _weekendSize;

    /// <summary>The most paid units one weekend can hold.</summary>
    private readonly int _weekendUnits;

    /// <summary>The most paid units of a shift whose type is not counted.</summary>
    private readonly int _uncappedUnits;

    /// <summary>Per counted cap, the most paid units one of its shifts adds beyond <see cref="_uncappedUnits"/>.</summary>
    private readonly int[] _capExtraUnits;

    /// <summary>The counted caps, most <see cref="_capExtraUnits"/> first: each working day left takes at most one capped shift.</summary>
    private readonly int[] _capsByExtraUnits;

    private AgentScheduleDp(AgentPlan plan, RosterModelData data, int[][] byDay, int unit, int minUnits, int maxUnits, int[] capTypeSlot, List<int> caps)
    {
        Plan = plan;
        var contract = plan.Contract;
        _days = data.Horizon.DayCount;
        _exemptAtEdges = data.Boundary == RunBoundary.ExemptAtEdges;
        _maxRun = contract.MaxConsecutiveWorkingDays;
        _minRun = Math.Max(1, contract.MinConsecutiveWorkingDays);
        _minOff = Math.Max(1, contract.MinConsecutiveDaysOff);
        _byDay = byDay;
        _minUnits = minUnits;
        _maxUnits = maxUnits;
        var candidates = plan.Candidates;
        _units = [.. byDay.Select(day => day.Select(k => candidates[k].PaidMinutes / unit).ToArray())];
        _capSlot = [.. byDay.Select(day => day.Select(k => capTypeSlot[k]).ToArray())];
        _caps = [.. caps];

        var forbidden = contract.ForbiddenSuccessions.Select(s => (s.First, s.Next)).ToHashSet();
        var rest = data.Horizon.IntervalsIn(contract.MinRestBetweenShifts);
        _follows = new bool[_days][][];
        for (var day = 1; day < _days; day++)
        {
            _follows[day] = [.. byDay[day - 1].Select(k => byDay[day].Select(j =>
                !forbidden.Contains((candidates[k].ShiftTypeId!, candidates[j].ShiftTypeId!))
                && candidates[k].EndIndex + rest <= candidates[j].StartIndex).ToArray())];
        }

        _weekend = Enumerable.Repeat(-1, _days).ToArray();
        for (var g = 0; g < data.WeekendDays.Count; g++)
        {
            foreach (var day in data.WeekendDays[g])
            {
                _weekend[day] = g;
            }
        }

        _weekendLimit = Core.Rostering.Search.WeekendLimits.Running(data, plan);

        // Before day 0: the carry-in's run. With none, the agent is rested: a run of days off long
        // enough for any rule.
        var carry = plan.CarryIn;
        _start = (carry.ConsecutiveDaysWorked > 0
            ? new Label(WorkedBefore, (byte)Math.Min(carry.ConsecutiveDaysWorked, _maxRun), _exemptAtEdges, false, 0, 0)
            : new Label(Off, (byte)(carry.ConsecutiveDaysOff > 0 && !_exemptAtEdges ? Math.Min(carry.ConsecutiveDaysOff, _minOff) : _minOff), _exemptAtEdges, false, 0, 0)) with { Next = -1 };
        _maxRunState = Math.Max(_maxRun, _minOff);
        _lastStates = byDay.Max(d => d.Length) + 1;
        _reachable = MaxUnitsFrom((day, q) => _units[day][q]);
        _reachableDays = MaxUnitsFrom(static (_, _) => 1);
        (_weekdaysFrom, _weekendDaysFrom, _weekendRestFrom, _weekendLimitFrom) = (new int[_days + 1], new int[_days + 1], new int[_days + 1], new int[_days + 1]);
        _weekendLimitFrom[_days] = 0;
        for (var day = _days - 1; day >= 0; day--)
        {
            var open = byDay[day].Length > 0 ? 1 : 0;
            var group = _weekend[day];
            _weekdaysFrom[day] = _weekdaysFrom[day + 1] + (group < 0 ? open : 0);
            _weekendDaysFrom[day] = _weekendDaysFrom[day + 1] + (group >= 0 ? open : 0);
            _weekendRestFrom[day] = group < 0 ? 0 : open + (day + 1 < _days && _weekend[day + 1] == group ? _weekendRestFrom[day + 1] : 0);
            var begins = group >= 0 && (day == 0 || _weekend[day - 1] != group);
            _weekendLimitFrom[day] = Math.Max(_weekendLimitFrom[day + 1], begins ? Math.Min(_weekendLimit[group], _days) : 0);
        }

        _weekendSize = Enumerable.Range(0, _days).Where(day => _weekend[day] >= 0 && (day == 0 || _weekend[day - 1] != _weekend[day])).Select(day => _weekendRestFrom[day]).DefaultIfEmpty(0).Max();
        _weekendUnits = _weekendSize * _units.SelectMany(u => u).DefaultIfEmpty(0).Max();
        var units = Enumerable.Range(0, _days).SelectMany(day => _byDay[day].Select((_, q) => (Slot: _capSlot[day][q], Units: _units[day][q]))).ToList();
        _uncappedUnits = units.Where(u => u.Slot < 0).Select(u => u.Units).DefaultIfEmpty(0).Max();
        _capExtraUnits = [.. _caps.Select((_, slot) => Math.Max(0, units.Where(u => u.Slot == slot).Select(u => u.Units).DefaultIfEmpty(0).Max() - _uncappedUnits))];
        _capsByExtraUnits = [.. Enumerable.Range(0, _caps.Length).Where(slot => _capExtraUnits[slot] > 0).OrderByDescending(slot => _capExtraUnits[slot])];
        _maxWeekends = Math.Min(data.WeekendDays.Count, _weekendLimit.DefaultIfEmpty(0).Max());
        (_weekendShift, _weekendMask, _capShift, _capMask, _guards) = CountersLayout(_maxWeekends, _caps);
        var size = (double)_lastStates * (_maxRunState + 1) * 4 * (_maxUnits + 1);
        _counterStates = (_maxWeekends + 1) * _caps.Aggregate(1.0, (product, cap) => product * (cap + 1));
        _exactKeys = size * _counterStates <= LabelIndex.MostDense;
        _denseSize = _exactKeys ? (long)(size * _counterStates) : size <= LabelIndex.MostDense ? (long)size : 0;
    }

    public AgentPlan Plan { get; }

    /// <summary>Whether some shift-type caps were left out (<c>relaxCaps</c>): schedules may break them.</summary>
    public bool Relaxed => LeftOut.Count > 0;

    /// <summary>The shift-type caps left out of a relaxed programme: for each, the candidates of its type and the cap.</summary>
    public IReadOnlyList<(int[] Candidates, int Cap)> LeftOut { get; private init; } = [];

    /// <summary>States kept on one day before only the cheapest are kept (a guard on time and memory; the schedule is then not proven cheapest).</summary>
    public const int MostLabels = 50_000;

    /// <summary>
    /// The programme for one agent, or null with the reason when a rule of theirs is beyond it (the
    /// caller then uses the CP-SAT model instead). With <paramref name="relaxCaps"/>, shift-type caps
    /// that do not fit the counters are left out (the loosest first) instead: its schedules may then
    /// break them (<see cref="Relaxed"/>), good only as a hint for CP-SAT.
    /// </summary>
    public static AgentScheduleDp? Create(RosterModelData data, AgentPlan plan, out string? reason, bool relaxCaps = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(plan);
        reason = Unsupported(data, plan);
        if (reason is not null)
        {
            return null;
        }

        var contract = plan.Contract;
        var candidates = plan.Candidates;
        var horizon = data.Horizon;
        var earliest = Core.Rostering.Search.WeekProgramme.EarliestStart(data, plan);
        var byDay = Enumerable.Range(0, horizon.DayCount).Select(_ => new List<int>()).ToArray();
        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].StartIndex >= earliest && contract.MaxShiftsOf(candidates[k].ShiftTypeId!) != 0)
            {
                byDay[candidates[k].Day].Add(k);
            }
        }

        if (byDay.Any(d => d.Count >= WorkedBefore))
        {
            reason = "more than 254 candidate shifts on a day";
            return null;
        }

        var unit = candidates.Select(c => c.PaidMinutes).Where(m => m > 0).Aggregate(0, Gcd);
        unit = Math.Max(unit, 1);
        var min = (int)(contract.MinPaidOverHorizon?.TotalMinutes ?? 0);
        var max = contract.MaxPaidOverHorizon is { } most ? (int)most.TotalMinutes : byDay.Sum(d => d.Count == 0 ? 0 : d.Max(k => candidates[k].PaidMinutes));
        var minUnits = (min + unit - 1) / unit;
        var maxUnits = max / unit;
        if (maxUnits > ushort.MaxValue)
        {
            reason = "paid time over the horizon too fine-grained to count";
            return null;
        }

        // Only a cap below the days its type can be worked can bind; the tightest come first, so that
        // a relaxed programme drops the loosest.
        var binding = new List<(string Type, int Cap, int Days)>();
        foreach (var type in contract.ShiftTypes)
        {
            var days = byDay.Count(d => d.Any(k => candidates[k].ShiftTypeId == type.Id));
            if (contract.MaxShiftsOf(type.Id) is { } cap && cap < days)
            {
                binding.Add((type.Id, cap, days));
            }
        }

        binding.Sort((x, y) => ((double)x.Cap / x.Days).CompareTo((double)y.Cap / y.Days));
        var bits = BitLength(data.WeekendDays.Count) + 1;
        var counted = binding.TakeWhile(b => (bits += BitLength(b.Cap) + 1) <= 64).ToList();
        if (counted.Count < binding.Count && !relaxCaps)
        {
            reason = "too many binding shift-type caps to count";
            return null;
        }

        var capTypeSlot = Enumerable.Repeat(-1, candidates.Count).ToArray();
        var caps = new List<int>();
        foreach (var (type, cap, _) in counted)
        {
            foreach (var k in byDay.SelectMany(d => d).Where(k => candidates[k].ShiftTypeId == type))
            {
                capTypeSlot[k] = caps.Count;
            }

            caps.Add(cap);
        }

        var leftOut = binding.Skip(counted.Count)
            .Select(b => (Enumerable.Range(0, candidates.Count).Where(k => candidates[k].ShiftTypeId == b.Type).ToArray(), b.Cap))
            .ToList();
        return new AgentScheduleDp(plan, data, [.. byDay.Select(d => d.ToArray())], unit, minUnits, maxUnits, capTypeSlot, caps) { LeftOut = leftOut };
    }

    /// <summary>
    /// The cheapest lawful schedule at <paramref name="prices"/> (per candidate, in <see cref="AgentPlan.Candidates"/>
    /// order; a day off costs nothing): per day the candidate worked or <see cref="ShiftRoster.Off"/>,
    /// its price, and whether it is proven the cheapest (false when a day held more states than
    /// <see cref="MostLabels"/> and only the cheapest of them were kept). Null when no lawful schedule
    /// was found, which proves that the agent's rules cannot all hold when <paramref name="exact"/>.
    /// </summary>
    public PricedSchedule? Cheapest(IReadOnlyList<long> prices, out bool exact) => Cheapest(prices, long.MaxValue, MostLabels, 0, static () => false, out exact);

    /// <summary>
    /// As <see cref="Cheapest(IReadOnlyList{long}, out bool)"/>, but only schedules cheaper than
    /// <paramref name="below"/> are sought: states that cannot end below it are dropped early (by a
    /// backward bound on what the remaining days can cost), which is what keeps late rounds of column
    /// generation fast. Null then means none is cheaper than <paramref name="below"/> (proven when exact).
    /// A day with more than <paramref name="mostLabels"/> states keeps the half most promising (cost so
    /// far plus the backward bound): a beam, fast and no longer exact. When <paramref name="stopped"/>
    /// turns true (checked each day) the search gives up: null, not exact. Up to
    /// <paramref name="alternatives"/> next-cheapest schedules below <paramref name="below"/> come with
    /// the cheapest (<see cref="PricedSchedule.Others"/>): more columns per round for as much work.
    /// </summary>
    public PricedSchedule? Cheapest(IReadOnlyList<long> prices, long below, int mostLabels, int alternatives, Func<bool> stopped, out bool exact)
    {
        ArgumentNullException.ThrowIfNull(stopped);
        ArgumentNullException.ThrowIfNull(prices);
        var toGo = below == long.MaxValue && mostLabels >= MostLabels ? null : CostToGo(prices);
        var layers = new List<Label>[_days];
        var previous = new List<Label> { _start };
        var index = new LabelIndex(_denseSize);
        var paceWeight = toGo is null ? PaceWeight(prices) : 0;
        exact = true;
        for (var day = 0; day < _days; day++)
        {
            if (stopped())
            {
                exact = false;
                return null;
            }

            var current = new List<Label>(previous.Count * 2);
            index.NextLayer();
            var options = _byDay[day];
            var group = _weekend[day];
            var newWeekend = group >= 0 && (day == 0 || _weekend[day - 1] != group);
            for (var p = 0; p < previous.Count; p++)
            {
                var from = previous[p];
                if (from.Cost == Dead)
                {
                    continue;
                }

                var counted = group >= 0 && !newWeekend && from.Counted;
                var working = from.Last != Off;

                // A day off.
                if (!working || from.Exempt || from.Run >= _minRun)
                {
                    var run = working ? 1 : Math.Min(from.Run + 1, _minOff);
                    var exempt = working ? day == 0 && _exemptAtEdges : from.Exempt;
                    Offer(current, index, day, toGo, below, new Label(Off, (byte)run, exempt, counted, from.Units, from.Used) { Cost = from.Cost, Parent = p, Choice = ShiftRoster.Off });
                }

                if ((!working && !from.Exempt && from.Run < _minOff) || (working && from.Run >= _maxRun))
                {
                    continue;
                }

                var follows = working && from.Last != WorkedBefore ? _follows[day][from.Last - 1] : null;
                var usedToday = from.Used;
                var nowCounted = counted;
                if (group >= 0 && !counted)
                {
                    // Working today makes this weekend count.
                    if ((int)((usedToday >> _weekendShift) & _weekendMask) >= _weekendLimit[group])
                    {
                        continue;
                    }

                    usedToday += 1UL << _weekendShift;
                    nowCounted = true;
                }

                for (var q = 0; q < options.Length; q++)
                {
                    if (follows is not null && !follows[q])
                    {
                        continue;
                    }

                    var units = from.Units + _units[day][q];
                    if (units > _maxUnits)
                    {
                        continue;
                    }

                    var used = usedToday;
                    var slot = _capSlot[day][q];
                    if (slot >= 0)
                    {
                        if ((int)((used >> _capShift[slot]) & _capMask[slot]) >= _caps[slot])
                        {
                            continue;
                        }

                        used += 1UL << _capShift[slot];
                    }

                    var run = working ? from.Run + 1 : 1;
                    var exempt = working ? from.Exempt : day == 0 && _exemptAtEdges;
                    Offer(current, index, day, toGo, below, new Label((byte)(q + 1), (byte)run, exempt, nowCounted, (ushort)units, used) { Cost = from.Cost + prices[options[q]], Parent = p, Choice = options[q] });
                }
            }

            if (current.Count > mostLabels)
            {
                current = Thin(current, mostLabels / 2, toGo?[day], paceWeight, day);
                index.NextLayer();
                exact = false;
            }

            layers[day] = current;
            previous = current;
        }

        // The cheapest ends, each its own schedule (two labels of a layer never share their path).
        var ends = new List<int>();
        for (var p = 0; p < previous.Count; p++)
        {
            if (previous[p].Cost != Dead && previous[p].Cost < below && previous[p].Units >= _minUnits)
            {
                ends.Add(p);
            }
        }

        if (ends.Count == 0)
        {
            return null;
        }

        var last = previous;
        ends.Sort((x, y) => last[x].Cost.CompareTo(last[y].Cost));
        return new PricedSchedule(Path(layers, ends[0]), last[ends[0]].Cost, exact)
        {
            Others = [.. ends.Skip(1).Take(alternatives).Select(end => Path(layers, end))],
        };
    }

    /// <summary>The schedule that ends in the last layer's label <paramref name="end"/>.</summary>
    private int[] Path(List<Label>[] layers, int end)
    {
        var choice = new int[_days];
        for (var day = _days - 1; day >= 0; day--)
        {
            var label = layers[day][end];
            choice[day] = label.Choice;
            end = label.Parent;
        }

        return choice;
    }

    /// <summary>
    /// Keeps a new state unless one with the same day state is no dearer and has used no more of any
    /// counted limit (weekends, capped shift types); drops the ones it beats that way, and any that can
    /// no longer reach the minimum paid time.
    /// </summary>
    private void Offer(List<Label> layer, LabelIndex index, int day, long[][]? toGo, long below, Label label)
    {
        if (label.Units + ReachableAfter(day, label) < _minUnits)
        {
            return;
        }

        if (toGo is not null && label.Cost + toGo[day][(RunState(label.Last, label.Run, label.Exempt) * (_maxUnits + 1)) + label.Units] >= below)
        {
            return;
        }

        if (_exactKeys)
        {
            // Few enough states to tell every counter apart: the cheaper of two equal states wins.
            var full = (CoreKey(label) * (long)_counterStates) + CounterIndex(label.Used);
            if (index.TryGet(full, out var same))
            {
                if (label.Cost < layer[same].Cost)
                {
                    layer[same] = label with { Next = -1 };
                }

                return;
            }

            index.Set(full, layer.Count);
            layer.Add(label with { Next = -1 });
            return;
        }

        var key = CoreKey(label);
        var head = index.TryGet(key, out var at) ? at : -1;
        for (var i = head; i >= 0; i = layer[i].Next)
        {
            var other = layer[i];
            if (other.Cost == Dead)
            {
                continue;
            }

            if (other.Cost <= label.Cost && NoMore(other.Used, label.Used))
            {
                return;
            }

            if (label.Cost <= other.Cost && NoMore(label.Used, other.Used))
            {
                layer[i] = other with { Cost = Dead };
            }
        }

        index.Set(key, layer.Count);
        layer.Add(label with { Next = head });
    }

    /// <summary>The counters of <paramref name="used"/> as one mixed-radix number below <see cref="_counterStates"/>.</summary>
    private long CounterIndex(ulong used)
    {
        var index = (long)((used >> _weekendShift) & _weekendMask);
        for (var i = 0; i < _caps.Length; i++)
        {
            index = (index * (_caps[i] + 1)) + (long)((used >> _capShift[i]) & _capMask[i]);
        }

        return index;
    }

    /// <summary>Whether every counter packed in <paramref name="a"/> is at most its counterpart in <paramref name="b"/> (each field has a guard bit above it).</summary>
    private bool NoMore(ulong a, ulong b) => (((b | _guards) - a) & _guards) == _guards;

    /// <summary>
    /// The <paramref name="keep"/> most promising labels of an overfull day, their bucket links dropped
    /// (no later label joins them): by cost plus the backward bound when there is one, else by cost plus
    /// <paramref name="paceWeight"/> per paid unit the label is behind an even pace towards the minimum,
    /// and per unit a weekend can hold for each weekend it is ahead of an even pace towards the limit.
    /// Without that, cost alone keeps the labels that work least wherever working costs, or that spent
    /// every weekend early, and over a long horizon none of them can still reach the minimum hours.
    /// </summary>
    private List<Label> Thin(List<Label> layer, int keep, long[]? toGo, long paceWeight, int day)
    {
        var unitsPace = (long)_minUnits * (day + 1) / _days;
        var weekendPace = 1 + ((long)_weekendLimitFrom[0] * (day + 1) / _days);
        long Behind(Label l) =>
            Math.Max(0, unitsPace - l.Units) + (_weekendUnits * Math.Max(0, (long)((l.Used >> _weekendShift) & _weekendMask) - weekendPace));
        return [.. layer.Where(l => l.Cost != Dead)
            .OrderBy(l => toGo is null ? l.Cost + (paceWeight * Behind(l)) : l.Cost + toGo[(RunState(l.Last, l.Run, l.Exempt) * (_maxUnits + 1)) + l.Units])
            .Take(keep)
            .Select(l => l with { Next = -1 })];
    }

    /// <summary>Twice the largest price of a paid unit, in either direction: falling behind the pace costs more than any unit can save.</summary>
    private long PaceWeight(IReadOnlyList<long> prices)
    {
        long most = 1;
        for (var day = 0; day < _days; day++)
        {
            for (var q = 0; q < _byDay[day].Length; q++)
            {
                most = Math.Max(most, Math.Abs(prices[_byDay[day][q]]) / Math.Max(1, _units[day][q]));
            }
        }

        return 2 * most;
    }

    /// <summary>The label's day state (last, run, exemption, weekend, paid units) as one index below <see cref="_denseSize"/>, mixed radix.</summary>
    private long CoreKey(Label label)
    {
        long key = label.Last == WorkedBefore ? 0 : label.Last;
        key = (key * (_maxRunState + 1)) + label.Run;
        key = (key * 2) + (label.Exempt ? 1 : 0);
        key = (key * 2) + (label.Counted ? 1 : 0);
        return (key * (_maxUnits + 1)) + label.Units;
    }

    /// <summary>
    /// The most paid units the days after <paramref name="day"/> can add to <paramref name="label"/>:
    /// by the run rules, and by the working days left (by the run rules, and outside the weekends
    /// already used up) at the longest uncounted shift plus what the caps left let longer capped shifts
    /// add. Without the second, labels that used up their weekends or their long shifts early are kept
    /// for months after they can no longer reach the minimum hours, and a beam can lose every lawful
    /// schedule that way.
    /// </summary>
    private int ReachableAfter(int day, Label label)
    {
        if (day + 1 >= _days)
        {
            return 0;
        }

        var state = RunState(label.Last, label.Run, label.Exempt);
        var next = day + 1;

        // Weekend days beyond the weekends still allowed cannot be worked; the rest of a weekend that
        // already counts is free.
        var weekendsLeft = Math.Max(0, _weekendLimitFrom[next] - (int)((label.Used >> _weekendShift) & _weekendMask));
        var freeRest = label.Counted && _weekend[next] >= 0 && _weekend[next] == _weekend[day] ? _weekendRestFrom[next] : 0;
        var weekendDays = Math.Min(_weekendDaysFrom[next], (weekendsLeft * _weekendSize) + freeRest);
        var days = Math.Min(_reachableDays[day][state], _weekdaysFrom[next] + weekendDays);
        var byDays = days * _uncappedUnits;
        var daysLeft = days;
        foreach (var slot in _capsByExtraUnits)
        {
            var taken = Math.Min(daysLeft, _caps[slot] - (int)((label.Used >> _capShift[slot]) & _capMask[slot]));
            byDays += taken * _capExtraUnits[slot];
            daysLeft -= taken;
        }

        return Math.Min(_reachable[day][state], byDays);
    }

    private int RunState(int last, int run, bool exempt) => (((last * (_maxRunState + 1)) + run) * 2) + (exempt ? 1 : 0);

    /// <summary>
    /// Backwards over the days, the most paid units (each shift's by <paramref name="unitsOf"/>, per day
    /// and option; one each counts working days) that can still be worked after each day from each
    /// (last, run, exempt) state, under the run and succession rules alone: an upper bound (caps and
    /// weekends left out) that lets the forward pass drop labels that cannot reach the minimum, and
    /// <see cref="NoWayOn"/> from a dead end (a run too short to end before a day without candidates).
    /// </summary>
    private int[][] MaxUnitsFrom(Func<int, int, int> unitsOf)
    {
        var size = RunState(_lastStates, 0, false);
        var table = new int[_days][];
        var next = new int[size];
        for (var day = _days - 1; day >= 0; day--)
        {
            // table[day]: from a state after `day`, the most units on days day+1 … end.
            var current = new int[size];
            var after = day + 1;
            var states = StatesAfter(day);
            foreach (var (last, run, exempt) in states)
            {
                var best = after < _days ? NoWayOn : 0;
                if (after < _days)
                {
                    var working = last != Off;
                    if (!working || exempt || run >= _minRun)
                    {
                        var offRun = working ? 1 : Math.Min(run + 1, _minOff);
                        best = Math.Max(best, next[RunState(Off, offRun, !working && exempt)]);
                    }

                    var canWork = working ? run < _maxRun : exempt || run >= _minOff;
                    if (canWork)
                    {
                        var follows = working && last != WorkedBefore ? _follows[after][last - 1] : null;
                        for (var q = 0; q < _byDay[after].Length; q++)
                        {
                            if (follows is null || follows[q])
                            {
                                var value = unitsOf(after, q) + next[RunState(q + 1, working ? run + 1 : 1, working && exempt)];
                                best = Math.Max(best, value);
                            }
                        }
                    }
                }

                current[RunState(last, run, exempt)] = best;
            }

            table[day] = current;
            next = current;
        }

        return table;
    }

    /// <summary>
    /// Backwards over the days, the least the remaining days can cost from each (last, run, exempt)
    /// state and paid units after each day, ending within the paid-time limits: the run, succession
    /// and paid-time rules only (caps and weekends left out), so a lower bound the forward pass prunes
    /// by. Null when the table would be too large (then only the threshold at the end applies).
    /// </summary>
    private long[][]? CostToGo(IReadOnlyList<long> prices)
    {
        var units = _maxUnits + 1;
        var size = RunState(_lastStates, 0, false) * units;
        if ((double)size * _days > MostCostToGo)
        {
            return null;
        }

        var table = new long[_days][];
        var last = new long[size];
        for (var u = 0; u < units; u++)
        {
            var cost = u >= _minUnits ? 0 : Unreachable;
            foreach (var (l, run, exempt) in StatesAfter(_days - 1))
            {
                last[(RunState(l, run, exempt) * units) + u] = cost;
            }
        }

        table[_days - 1] = last;
        for (var day = _days - 2; day >= 0; day--)
        {
            var next = table[day + 1];
            var current = new long[size];
            var after = day + 1;
            var options = _byDay[after];
            foreach (var (l, run, exempt) in StatesAfter(day))
            {
                var working = l != Off;
                var offState = !working || exempt || run >= _minRun ? RunState(Off, working ? 1 : Math.Min(run + 1, _minOff), !working && exempt) * units : -1;
                var canWork = working ? run < _maxRun : exempt || run >= _minOff;
                var follows = working && l != WorkedBefore ? _follows[after][l - 1] : null;
                var at = RunState(l, run, exempt) * units;
                for (var u = 0; u < units; u++)
                {
                    var best = offState >= 0 ? next[offState + u] : Unreachable;
                    for (var q = 0; canWork && q < options.Length; q++)
                    {
                        var reached = u + _units[after][q];
                        if (reached < units && (follows is null || follows[q]))
                        {
                            var rest = next[(RunState(q + 1, working ? run + 1 : 1, working && exempt) * units) + reached];
                            if (rest != Unreachable)
                            {
                                best = Math.Min(best, prices[options[q]] + rest);
                            }
                        }
                    }

                    current[at + u] = best;
                }
            }

            table[day] = current;
        }

        return table;
    }

    /// <summary>Every (last, run, exempt) state the forward pass may hold after <paramref name="day"/>.</summary>
    private IEnumerable<(int Last, int Run, bool Exempt)> StatesAfter(int day)
    {
        var exemptions = _exemptAtEdges ? new[] { false, true } : [false];
        foreach (var exempt in exemptions)
        {
            for (var run = 1; run <= Math.Max(_minOff, 1); run++)
            {
                yield return (Off, run, exempt);
            }

            for (var q = 0; q < _byDay[day].Length; q++)
            {
                for (var run = 1; run <= _maxRun; run++)
                {
                    yield return (q + 1, run, exempt);
                }
            }
        }
    }

    private static string? Unsupported(RosterModelData data, AgentPlan plan)
    {
        var contract = plan.Contract;
        if (data.Demands.Count > 0 || !ShiftRoster.Prices(data))
        {
            return "the model has per-interval demand or terms that look across days";
        }

        if (plan.Candidates.Any(c => c.ShiftTypeId is null))
        {
            return "shifts without a named type";
        }

        if (contract.WeekendReferenceWeeks < data.Horizon.WeekCount)
        {
            return "weekend windows shorter than the horizon";
        }

        var days = data.Horizon.DayCount;
        for (var week = 0; week < data.Horizon.WeekCount; week++)
        {
            var inWeek = plan.Candidates.Where(c => c.Day / RosterHorizon.Days == week).GroupBy(c => c.Day).ToList();
            if (plan.MinimumPaidMinutesInWeek(week) > 0 || plan.MaximumPaidMinutesInWeek(week) < inWeek.Sum(g => g.Max(c => c.PaidMinutes)))
            {
                return "weekly hours that can bind";
            }

            if (contract.MaxWorkingDays < inWeek.Count)
            {
                return "a weekly working-day limit that can bind";
            }
        }

        return days > 0 ? null : "an empty horizon";
    }

    /// <summary>
    /// Where each counter sits in <see cref="Label.Used"/>: weekends worked first, then shifts of each
    /// capped type, each field wide enough for its limit and with a guard bit above it, so one
    /// subtraction compares every counter of two labels at once (<see cref="NoMore"/>).
    /// </summary>
    private static (int WeekendShift, ulong WeekendMask, int[] CapShift, ulong[] CapMask, ulong Guards) CountersLayout(int maxWeekends, int[] caps)
    {
        var at = 0;
        ulong guards = 0;
        (int Shift, ulong Mask) Field(int limit)
        {
            var bits = BitLength(limit);
            var field = (at, (1UL << bits) - 1);
            guards |= 1UL << (at + bits);
            at += bits + 1;
            return field;
        }

        var weekends = Field(maxWeekends);
        var shifts = new int[caps.Length];
        var masks = new ulong[caps.Length];
        for (var i = 0; i < caps.Length; i++)
        {
            (shifts[i], masks[i]) = Field(caps[i]);
        }

        return (weekends.Shift, weekends.Mask, shifts, masks, guards);
    }

    private static int BitLength(int value) => Math.Max(1, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)value));

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    /// <summary>One state after a day, with the cheapest way found to it.</summary>
    /// <param name="Used">Weekends worked and shifts of each capped type, packed (see <see cref="CountersLayout"/>).</param>
    private readonly record struct Label(byte Last, byte Run, bool Exempt, bool Counted, ushort Units, ulong Used)
    {
        public long Cost { get; init; }

        /// <summary>Index of the state before, in the previous day's layer.</summary>
        public int Parent { get; init; }

        /// <summary>The candidate worked on the day, or <see cref="ShiftRoster.Off"/>.</summary>
        public int Choice { get; init; }

        /// <summary>The next label with the same day state in this layer, or −1.</summary>
        public int Next { get; init; }
    }
}

/// <summary>An agent's schedule from <see cref="AgentScheduleDp"/>: per day the candidate or <see cref="ShiftRoster.Off"/>, its price, and whether it is proven the cheapest.</summary>
internal sealed record PricedSchedule(int[] Choice, long Cost, bool Exact)
{
    /// <summary>Other schedules below the threshold asked for, cheapest first.</summary>
    public IReadOnlyList<int[]> Others { get; init; } = [];
}
