using Google.OrTools.Sat;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The breaks of one rule for one group on one day, as counts: <see cref="Starts"/>[T − First] is the
/// number of the group's breaks (of this rule) starting in interval T. Shifts are matched to breaks in
/// order (earliest shift to earliest break); because every shift's window has the same offsets, the
/// cumulative constraints make that matching always land each break inside its own shift's window.
/// </summary>
internal sealed record BreakPool(BreakRule Rule, int Day, int First, IntVar[] Starts, int Length, List<(int Agent, int Candidate)> Shifts, int Earliest, int Latest);

internal sealed partial class RosterCpModel
{
    /// <summary>
    /// The group's at-work head-count per interval, as a chain: at work now = at work in the previous
    /// interval + shifts starting now − shifts ending now. One short equation per interval.
    /// </summary>
    internal void AddGroupWorkingTime(SkillGroup group)
    {
        var horizon = _data.Horizon;
        var starts = new List<BoolVar>[horizon.Intervals + 1];
        var ends = new List<BoolVar>[horizon.Intervals + 1];
        var reachable = new bool[horizon.Intervals];
        foreach (var member in group.AgentIndexes.Select(i => Agents[i]))
        {
            for (var k = 0; k < member.Shift.Length; k++)
            {
                var candidate = member.Plan.Candidates[k];
                (starts[candidate.StartIndex] ??= []).Add(member.Shift[k]);
                (ends[Math.Min(candidate.EndIndex, horizon.Intervals)] ??= []).Add(member.Shift[k]);
                for (var t = candidate.StartIndex; t < Math.Min(candidate.EndIndex, horizon.Intervals); t++)
                {
                    reachable[t] = true;
                }
            }
        }

        var working = new IntVar?[horizon.Intervals];
        for (var t = 0; t < horizon.Intervals; t++)
        {
            if (!reachable[t])
            {
                continue;
            }

            working[t] = Model.NewIntVar(0, group.AgentIndexes.Count, $"working[{group.Index},{t}]");
            var flow = LinearExpr.NewBuilder().Add(working[t]!);
            if (t > 0 && working[t - 1] is { } previous)
            {
                flow.AddTerm(previous, -1);
            }

            foreach (var start in starts[t] ?? [])
            {
                flow.AddTerm(start, -1);
            }

            foreach (var end in ends[t] ?? [])
            {
                flow.AddTerm(end, 1);
            }

            Model.Add(flow == 0);
        }

        GroupWorking[group.Index] = working;
    }

    /// <summary>
    /// Breaks and lunches of the group, per rule and day: every qualifying shift gets exactly one
    /// break of the rule, starting between its earliest and latest offsets. As counts: by any
    /// interval T, breaks started ≤ shifts started by T − earliest (a break needs its shift), and
    /// breaks started ≥ shifts started by T − latest (a window that has closed must have had its
    /// break), with as many breaks as shifts in all.
    /// </summary>
    internal void AddGroupBreaks(SkillGroup group)
    {
        var horizon = _data.Horizon;
        var pools = new List<BreakPool>();
        var members = group.AgentIndexes.Select(i => Agents[i]).ToList();
        var rules = members.SelectMany(m => m.Plan.Contract.Breaks).Distinct().ToList();
        foreach (var rule in rules)
        {
            var (earliest, latest, length) = BreakWindow.Of(horizon, rule);
            for (var day = 0; day < RosterHorizon.Days; day++)
            {
                var shifts = members
                    .Where(m => m.Plan.Contract.Breaks.Contains(rule))
                    .SelectMany(m => m.CandidatesOn(day)
                        .Where(k => rule.AppliesTo(horizon.IntervalLength * m.Plan.Candidates[k].Length))
                        .Select(k => (Agent: m.Plan.Index, Candidate: k)))
                    .ToList();
                if (shifts.Count == 0)
                {
                    continue;
                }

                pools.Add(AddBreakPool(group, rule, day, shifts, length, earliest, latest));
            }
        }

        GroupBreaks[group.Index] = pools;
    }

    private BreakPool AddBreakPool(SkillGroup group, BreakRule rule, int day, List<(int Agent, int Candidate)> shifts, int length, int earliest, int latest)
    {
        var startOf = shifts.Select(s => Agents[s.Agent].Plan.Candidates[s.Candidate].StartIndex).ToList();
        var firstStart = startOf.Min();
        var lastStart = startOf.Max();
        var first = firstStart + earliest;
        var last = lastStart + latest;
        var capacity = group.AgentIndexes.Count;

        // Shifts started by each interval of the day's start window, as a running count.
        var started = new IntVar[lastStart - firstStart + 1];
        for (var u = firstStart; u <= lastStart; u++)
        {
            var count = Model.NewIntVar(0, capacity, $"started[{group.Index},{rule.Activity},{day},{u}]");
            var flow = LinearExpr.NewBuilder().Add(count);
            if (u > firstStart)
            {
                flow.AddTerm(started[u - firstStart - 1], -1);
            }

            for (var i = 0; i < shifts.Count; i++)
            {
                if (startOf[i] == u)
                {
                    flow.AddTerm(Agents[shifts[i].Agent].Shift[shifts[i].Candidate], -1);
                }
            }

            Model.Add(flow == 0);
            started[u - firstStart] = count;
        }

        var breakStarts = new IntVar[last - first + 1];
        IntVar? breaksSoFar = null;
        for (var t = first; t <= last; t++)
        {
            var starts = Model.NewIntVar(0, capacity, $"{rule.Activity}[{group.Index},{day},{t}]");
            breakStarts[t - first] = starts;
            var cumulative = Model.NewIntVar(0, capacity, $"{rule.Activity}Sum[{group.Index},{day},{t}]");
            Model.Add(cumulative == (breaksSoFar is null ? starts : breaksSoFar + starts));
            breaksSoFar = cumulative;

            Model.Add(cumulative <= started[Math.Min(t - earliest, lastStart) - firstStart]);
            if (t - latest >= firstStart)
            {
                Model.Add(cumulative >= started[Math.Min(t - latest, lastStart) - firstStart]);
            }
        }

        Model.Add(breaksSoFar! == started[^1]);
        return new BreakPool(rule, day, first, breakStarts, length, shifts, earliest, latest);
    }

    /// <summary>The group's agents on the phones in an interval: at work, not on a break and not in training.</summary>
    internal LinearExpr OnPhone(SkillGroup group, int interval)
    {
        var carried = _data.CarriedOnPhone.TryGetValue(group.Index, out var counts) && interval < counts.Count ? counts[interval] : 0;
        if (GroupWorking[group.Index][interval] is not { } working)
        {
            return LinearExpr.Constant(carried);
        }

        var onPhone = LinearExpr.NewBuilder().Add(working).Add(carried);
        foreach (var pool in GroupBreaks[group.Index])
        {
            for (var t = Math.Max(pool.First, interval - pool.Length + 1); t <= interval && t - pool.First < pool.Starts.Length; t++)
            {
                onPhone.AddTerm(pool.Starts[t - pool.First], -1);
            }
        }

        foreach (var training in TrainingOffPhone(group)[interval] ?? [])
        {
            onPhone.AddTerm(training, -1);
        }

        return onPhone;
    }
}
