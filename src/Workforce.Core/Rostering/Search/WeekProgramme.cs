using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// The cheapest lawful schedule of one agent of a contact-centre week (shifts from a start window, or
/// named shifts without caps or successions), given prices for each candidate shift, each day off and
/// each weekend worked: an exact dynamic programme over the days, whose state is what the rules look
/// back on. Every schedule it returns keeps every rule the CP-SAT model states for that agent, and
/// none cheaper exists. The state after a day is:
/// <list type="bullet">
/// <item>the end of the shift worked that day, or off (rest looks one day back);</item>
/// <item>the length of the current run of working days or of days off, counting last week's
/// (consecutive days, days off in runs, working days in runs);</item>
/// <item>days worked and paid time so far this week (working days, weekly hours; paid time in units of
/// the greatest common divisor of the shifts' paid minutes);</item>
/// <item>weekends worked so far, and whether the current weekend already counts;</item>
/// <item>which training sessions a shift so far can hold.</item>
/// </list>
/// States that differ only in the last shift's end share one group; a shift on the next day can follow
/// every state of the group whose end leaves the rest before its start, so the cheapest of them is a
/// running minimum over ends in ascending order, swept against starts in ascending order. The work per
/// day is thus (groups × (ends + candidates)), not (states × candidates), which keeps a week of 160
/// candidates a day in well under a millisecond.
/// </summary>
public sealed class WeekProgramme
{
    private const long Infinite = long.MaxValue / 4;
    private const int WeekDays = RosterHorizon.Days;

    [ThreadStatic]
    private static Layer[]? s_layers;

    private readonly AgentRules _rules;
    private readonly int _days;
    private readonly int[][] _byDay;
    private readonly int[][] _slotEnds;
    private readonly int[] _slotOf;
    private readonly int[] _units;
    private readonly int[] _holds;
    private readonly int[] _starts;
    private readonly int _rest;
    private readonly int[] _weekend;
    private readonly int[] _weekendLimit;
    private readonly int[] _minUnits;
    private readonly int[] _maxUnits;
    private readonly int _maxDays;
    private readonly int _maxUnitsPerDay;
    private readonly int _maxRun;
    private readonly int _minRun;
    private readonly int _minOff;
    private readonly int _workRuns;
    private readonly int _offRuns;
    private readonly int _allTraining;
    private readonly int _unitRadix;
    private readonly int _weekendRadix;
    private readonly int _maskRadix;
    private readonly long _startKey;

    private WeekProgramme(RosterModelData data, AgentPlan plan, AgentRules rules)
    {
        Plan = plan;
        _rules = rules;
        var contract = plan.Contract;
        var horizon = data.Horizon;
        var candidates = plan.Candidates;
        _days = horizon.DayCount;
        _rest = Has(AgentRules.Rest) ? horizon.IntervalsIn(contract.MinRestBetweenShifts) : 0;
        var earliest = Has(AgentRules.Rest) ? EarliestStart(data, plan) : int.MinValue;

        var lists = Enumerable.Range(0, _days).Select(_ => new List<int>()).ToArray();
        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].StartIndex >= earliest && candidates[k].Day < _days)
            {
                lists[candidates[k].Day].Add(k);
            }
        }

        _byDay = [.. lists.Select(l => l.OrderBy(k => candidates[k].StartIndex).ThenBy(k => k).ToArray())];
        _starts = [.. candidates.Select(c => c.StartIndex)];
        _slotOf = new int[candidates.Count];
        _slotEnds = new int[_days][];
        for (var day = 0; day < _days; day++)
        {
            _slotEnds[day] = [.. _byDay[day].Select(k => candidates[k].EndIndex).Distinct().Order()];
            foreach (var k in _byDay[day])
            {
                _slotOf[k] = Array.BinarySearch(_slotEnds[day], candidates[k].EndIndex);
            }
        }

        var unit = Math.Max(1, candidates.Select(c => c.PaidMinutes).Where(m => m > 0).Aggregate(0, Gcd));
        _units = [.. candidates.Select(c => c.PaidMinutes / unit)];
        _maxUnitsPerDay = _units.DefaultIfEmpty(0).Max();
        var weeks = horizon.WeekCount;
        _minUnits = [.. Enumerable.Range(0, weeks).Select(w => Has(AgentRules.MinimumHours) ? (plan.MinimumPaidMinutesInWeek(w) + unit - 1) / unit : 0)];
        _maxUnits = [.. Enumerable.Range(0, weeks).Select(w => Has(AgentRules.MaximumHours) ? plan.MaximumPaidMinutesInWeek(w) / unit : _maxUnitsPerDay * WeekDays)];
        _unitRadix = Math.Max(_maxUnits.Max(), _minUnits.Max()) + 1;
        _maxDays = Has(AgentRules.WorkingDays) ? contract.MaxWorkingDays : WeekDays;

        _maxRun = Has(AgentRules.ConsecutiveDays) ? contract.MaxConsecutiveWorkingDays : int.MaxValue;
        _minRun = Has(AgentRules.WorkingRuns) ? Math.Max(1, contract.MinConsecutiveWorkingDays) : 1;
        _minOff = Has(AgentRules.DaysOffRuns) ? Math.Max(1, contract.MinConsecutiveDaysOff) : 1;
        _workRuns = Math.Max(Math.Min(contract.MaxConsecutiveWorkingDays, _days + WeekDays), _minRun);
        _offRuns = _minOff;

        _weekend = Enumerable.Repeat(-1, _days).ToArray();
        for (var g = 0; g < data.WeekendDays.Count; g++)
        {
            foreach (var day in data.WeekendDays[g])
            {
                _weekend[day] = g;
            }
        }

        _weekendLimit = Has(AgentRules.Weekends) ? WeekendLimits.Running(data, plan) : [.. data.WeekendDays.Select(_ => int.MaxValue)];
        _weekendRadix = data.WeekendDays.Count + 1;

        var needs = Has(AgentRules.Training) ? plan.Training : [];
        _holds = new int[candidates.Count];
        for (var n = 0; n < needs.Count; n++)
        {
            for (var k = 0; k < candidates.Count; k++)
            {
                var c = candidates[k];
                if (needs[n].StartOptions.Any(o => c.StartIndex <= o && o + needs[n].Length <= c.EndIndex))
                {
                    _holds[k] |= 1 << n;
                }
            }
        }

        _allTraining = (1 << needs.Count) - 1;
        _maskRadix = 1 << needs.Count;

        // Before day 0: the carry-in's run. With no history the agent is rested: a run of days off
        // long enough for any rule.
        var carry = plan.CarryIn;
        var run = carry.ConsecutiveDaysWorked > 0
            ? Math.Min(carry.ConsecutiveDaysWorked, _workRuns) - 1
            : _workRuns + (carry.ConsecutiveDaysOff > 0 ? Math.Min(carry.ConsecutiveDaysOff, _offRuns) : _offRuns) - 1;
        _startKey = Key(run, 0, 0, 0, 0, 0);
    }

    /// <summary>Most training sessions one agent's programme tracks at once.</summary>
    public const int MostTrainingNeeds = 8;

    public AgentPlan Plan { get; }

    /// <summary>
    /// The programme for one agent under <paramref name="rules"/> (all of them unless told), or null
    /// with the reason when a rule of theirs is beyond it: shift-type caps, forbidden successions, hours
    /// over a multi-week horizon, runs exempt at the horizon's edges or rolling weekend windows shorter
    /// than the horizon (the rotas' rules, which <c>AgentScheduleDp</c> states), or too many sessions.
    /// </summary>
    public static WeekProgramme? Create(RosterModelData data, AgentPlan plan, out string? unsupported, AgentRules rules = AgentRules.All)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(plan);
        var contract = plan.Contract;
        unsupported = contract switch
        {
            _ when contract.MaxShiftsPerType.Count > 0 => "shift-type caps",
            _ when contract.ForbiddenSuccessions.Count > 0 => "forbidden shift successions",
            _ when data.Horizon.WeekCount > 1 && (contract.MinPaidOverHorizon is not null || contract.MaxPaidOverHorizon is not null) => "paid hours over a multi-week horizon",
            _ when data.Boundary == RunBoundary.ExemptAtEdges => "runs exempt at the horizon's edges",
            _ when contract.WeekendReferenceWeeks < data.Horizon.WeekCount => "weekend windows shorter than the horizon",
            _ when plan.Training.Count > MostTrainingNeeds => "more than 8 training sessions",
            _ when data.Horizon.DayCount % WeekDays != 0 => "a horizon of part of a week",
            _ => null,
        };
        return unsupported is null ? new WeekProgramme(data, plan, rules) : null;
    }

    /// <summary>
    /// The cheapest lawful schedule at <paramref name="prices"/>, or null when none exists (which
    /// proves that the agent's rules cannot all hold) or the search was cancelled.
    /// </summary>
    public WeekSchedule? Cheapest(SchedulePrices prices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var layers = Layers(_days);
        var start = layers[_days];
        start.Reset();
        start.Add(_startKey, 1);
        start.Cost[0] = 0;
        var previous = start;
        int[]? previousEnds = null;
        for (var day = 0; day < _days; day++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            var layer = layers[day];
            layer.Reset();
            for (var e = 0; e < previous.Count; e++)
            {
                Extend(previous, e, previousEnds, day, layer, prices);
            }

            previous = layer;
            previousEnds = _slotEnds[day];
        }

        var lastWeek = (_days - 1) / WeekDays;
        var best = -1;
        var bestCost = Infinite;
        for (var e = 0; e < previous.Count; e++)
        {
            Decode(previous.Keys[e], out _, out _, out var units, out _, out _, out var mask);
            if (units < _minUnits[lastWeek] || mask != _allTraining)
            {
                continue;
            }

            for (var i = previous.BlockStart[e]; i < previous.BlockStart[e] + previous.BlockSize[e]; i++)
            {
                if (previous.Cost[i] < bestCost)
                {
                    (best, bestCost) = (i, previous.Cost[i]);
                }
            }
        }

        if (best < 0)
        {
            return null;
        }

        var choice = new int[_days];
        for (var day = _days - 1; day >= 0; day--)
        {
            choice[day] = layers[day].Choice[best];
            best = layers[day].Parent[best];
        }

        return new WeekSchedule(choice, bestCost);
    }

    /// <summary>Whether the agent has a lawful week at all.</summary>
    public bool HasLawfulWeek(CancellationToken cancellationToken = default) =>
        Cheapest(new SchedulePrices(Plan.Candidates.Count, _days, _weekendLimit.Length), cancellationToken) is not null;

    private bool Has(AgentRules rule) => (_rules & rule) != 0;

    private void Extend(Layer from, int entry, int[]? ends, int day, Layer to, SchedulePrices prices)
    {
        Decode(from.Keys[entry], out var run, out var days, out var units, out var counted, out var used, out var mask);
        if (day > 0 && day % WeekDays == 0)
        {
            if (units < _minUnits[(day - 1) / WeekDays])
            {
                return;
            }

            (days, units) = (0, 0);
        }

        var week = day / WeekDays;
        var daysLeftAfter = ((week + 1) * WeekDays) - day - 1;
        var working = run < _workRuns;
        var length = working ? run + 1 : run - _workRuns + 1;
        var first = from.BlockStart[entry];
        var size = from.BlockSize[entry];
        var cost = from.Cost;
        var group = _weekend[day];
        var sameWeekend = group >= 0 && day > 0 && _weekend[day - 1] == group;

        // A day off.
        if ((!working || length >= _minRun) && units + (Math.Min(daysLeftAfter, _maxDays - days) * _maxUnitsPerDay) >= _minUnits[week])
        {
            var best = first;
            for (var i = first + 1; i < first + size; i++)
            {
                if (cost[i] < cost[best])
                {
                    best = i;
                }
            }

            if (cost[best] < Infinite)
            {
                var offRun = working ? 1 : Math.Min(length + 1, _offRuns);
                var key = Key(_workRuns + offRun - 1, days, units, sameWeekend ? counted : 0, used, mask);
                to.Offer(key, 0, cost[best] + prices.DayOff[day], best, WeekSchedule.Off);
            }
        }

        // A shift.
        var options = _byDay[day];
        if (options.Length == 0 || (working ? length >= _maxRun : length < _minOff) || days + 1 > _maxDays)
        {
            return;
        }

        var newUsed = used;
        var weekendPrice = 0L;
        if (group >= 0 && !(sameWeekend && counted == 1))
        {
            newUsed = used + 1;
            if (newUsed > _weekendLimit[group])
            {
                return;
            }

            weekendPrice = prices.Weekend[group];
        }

        var newRun = working ? Math.Min(run + 1, _workRuns - 1) : 0;
        var unitsFloor = _minUnits[week] - (Math.Min(daysLeftAfter, _maxDays - days - 1) * _maxUnitsPerDay);
        // The day before was off (or is the carry-in): its one label leaves any start free.
        var endless = ends is null || !working;
        var pointer = first;
        var runningBest = -1;
        var lastUnits = -1;
        var lastMask = -1;
        var target = -1;
        foreach (var k in options)
        {
            var start = _starts[k];
            while (pointer < first + size && (endless ? long.MinValue : ends![pointer - first]) + _rest <= start)
            {
                if (runningBest < 0 || cost[pointer] < cost[runningBest])
                {
                    runningBest = pointer;
                }

                pointer++;
            }

            if (runningBest < 0 || cost[runningBest] >= Infinite)
            {
                continue;
            }

            var newUnits = units + _units[k];
            if (newUnits > _maxUnits[week])
            {
                if (Has(AgentRules.MaximumHours))
                {
                    continue;
                }

                newUnits = _unitRadix - 1;
            }

            if (newUnits < unitsFloor)
            {
                continue;
            }

            var newMask = mask | _holds[k];
            if (newUnits != lastUnits || newMask != lastMask)
            {
                target = to.Entry(Key(newRun, days + 1, newUnits, group >= 0 ? 1 : 0, newUsed, newMask), _slotEnds[day].Length);
                (lastUnits, lastMask) = (newUnits, newMask);
            }

            to.OfferAt(target, _slotOf[k], cost[runningBest] + prices.Candidate[k] + weekendPrice, runningBest, k);
        }
    }

    private long Key(int run, int days, int units, int counted, int used, int mask) =>
        (((((((((long)run * (WeekDays + 1)) + days) * _unitRadix) + units) * 2) + counted) * _weekendRadix) + Math.Min(used, _weekendRadix - 1)) * _maskRadix + mask;

    private void Decode(long key, out int run, out int days, out int units, out int counted, out int used, out int mask)
    {
        mask = (int)(key % _maskRadix);
        key /= _maskRadix;
        used = (int)(key % _weekendRadix);
        key /= _weekendRadix;
        counted = (int)(key % 2);
        key /= 2;
        units = (int)(key % _unitRadix);
        key /= _unitRadix;
        days = (int)(key % (WeekDays + 1));
        run = (int)(key / (WeekDays + 1));
    }

    private static Layer[] Layers(int days)
    {
        if (s_layers is null || s_layers.Length < days + 1)
        {
            s_layers = [.. Enumerable.Range(0, days + 1).Select(_ => new Layer())];
        }

        return s_layers;
    }

    /// <summary>The first interval a shift may start, after the carry-in's last shift and the rest that follows it.</summary>
    public static int EarliestStart(RosterModelData data, AgentPlan plan)
    {
        if (plan.CarryIn.LastShiftEnd is not { } lastEnd)
        {
            return int.MinValue;
        }

        var horizon = data.Horizon;
        var restEnds = horizon.ToInstant(lastEnd) + plan.Contract.MinRestBetweenShifts;
        return (int)Math.Ceiling((restEnds - horizon.Start).TotalTicks / (double)horizon.IntervalLength.TotalTicks);
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    /// <summary>
    /// The states after one day, grouped by everything but the last shift's end: per group a block of
    /// labels, one per end (or one for a day off), each with its cost, its parent label in the day
    /// before and the candidate chosen. Reused between calls on the same thread.
    /// </summary>
    private sealed class Layer
    {
        private readonly Dictionary<long, int> _index = [];

        public long[] Cost { get; private set; } = new long[1024];

        public int[] Parent { get; private set; } = new int[1024];

        public int[] Choice { get; private set; } = new int[1024];

        public List<long> Keys { get; } = [];

        public List<int> BlockStart { get; } = [];

        public List<int> BlockSize { get; } = [];

        public int Count => Keys.Count;

        private int _labels;

        public void Reset()
        {
            _index.Clear();
            Keys.Clear();
            BlockStart.Clear();
            BlockSize.Clear();
            _labels = 0;
        }

        /// <summary>Adds a group with a block of <paramref name="size"/> labels, all unreachable.</summary>
        public int Add(long key, int size)
        {
            if (_labels + size > Cost.Length)
            {
                var grown = Math.Max(Cost.Length * 2, _labels + size);
                Cost = Grow(Cost, grown);
                Parent = Grow(Parent, grown);
                Choice = Grow(Choice, grown);
            }

            Array.Fill(Cost, Infinite, _labels, size);
            _index[key] = Keys.Count;
            Keys.Add(key);
            BlockStart.Add(_labels);
            BlockSize.Add(size);
            _labels += size;
            return Keys.Count - 1;
        }

        public int Entry(long key, int size) => _index.TryGetValue(key, out var entry) ? entry : Add(key, size);

        public void Offer(long key, int slot, long cost, int parent, int choice) => OfferAt(Entry(key, 1), slot, cost, parent, choice);

        public void OfferAt(int entry, int slot, long cost, int parent, int choice)
        {
            var at = BlockStart[entry] + slot;
            if (cost < Cost[at])
            {
                Cost[at] = cost;
                Parent[at] = parent;
                Choice[at] = choice;
            }
        }

        private static T[] Grow<T>(T[] array, int size)
        {
            var grown = new T[size];
            Array.Copy(array, grown, array.Length);
            return grown;
        }
    }
}
