using Google.OrTools.Sat;

namespace Workforce.Scheduling.Roster;

internal sealed partial class RosterCpModel
{
    /// <summary>
    /// One boolean per candidate shift; at most one shift per agent and day (a night shift belongs to
    /// the day it starts). Time off and availability were applied when the candidates were listed.
    /// </summary>
    internal void AddShiftChoice(AgentVariables agent)
    {
        var plan = agent.Plan;
        agent.Shift = [.. plan.Candidates.Select((c, k) => Model.NewBoolVar($"shift[{plan.Agent.Id},{k}]"))];
        agent.Works = new BoolVar[Core.Rostering.Solving.RosterHorizon.Days];
        for (var day = 0; day < agent.Works.Length; day++)
        {
            agent.Works[day] = Model.NewBoolVar($"works[{plan.Agent.Id},{day}]");
            Model.Add(LinearExpr.Sum(agent.CandidatesOn(day).Select(k => (LinearExpr)agent.Shift[k])) == agent.Works[day]);
        }
    }

    /// <summary>
    /// Whether the agent is on shift in each interval, as a chain:
    /// working[t] = working[t − 1] + shifts starting at t − shifts ending at t.
    /// One short equation per interval, instead of a sum over every shift covering it.
    /// </summary>
    internal void AddWorkingTime(AgentVariables agent)
    {
        var horizon = _data.Horizon;
        var candidates = agent.Plan.Candidates;
        var starts = new List<int>[horizon.Intervals + 1];
        var ends = new List<int>[horizon.Intervals + 1];
        var reachable = new bool[horizon.Intervals];
        for (var k = 0; k < candidates.Count; k++)
        {
            (starts[candidates[k].StartIndex] ??= []).Add(k);
            (ends[Math.Min(candidates[k].EndIndex, horizon.Intervals)] ??= []).Add(k);
            for (var t = candidates[k].StartIndex; t < Math.Min(candidates[k].EndIndex, horizon.Intervals); t++)
            {
                reachable[t] = true;
            }
        }

        agent.Working = new BoolVar?[horizon.Intervals];
        for (var t = 0; t < horizon.Intervals; t++)
        {
            if (!reachable[t])
            {
                continue;
            }

            var working = Model.NewBoolVar($"working[{agent.Plan.Agent.Id},{t}]");
            agent.Working[t] = working;
            var flow = LinearExpr.NewBuilder().Add(working);
            if (t > 0 && agent.Working[t - 1] is { } previous)
            {
                flow.AddTerm(previous, -1);
            }

            foreach (var k in starts[t] ?? [])
            {
                flow.AddTerm(agent.Shift[k], -1);
            }

            foreach (var k in ends[t] ?? [])
            {
                flow.AddTerm(agent.Shift[k], 1);
            }

            Model.Add(flow == 0);
        }
    }

    /// <summary>
    /// Breaks and lunches: for each rule and day, exactly one placement when the day's shift is long
    /// enough for the rule, none otherwise, starting inside the rule's window measured from the
    /// chosen shift's start. Placements of different rules never overlap and stay inside the shift.
    /// </summary>
    internal void AddBreaks(AgentVariables agent)
    {
        var horizon = _data.Horizon;
        var candidates = agent.Plan.Candidates;
        agent.BreakCover = [.. Enumerable.Range(0, horizon.Intervals).Select(_ => new List<BoolVar>())];
        foreach (var rule in agent.Plan.Contract.Breaks)
        {
            var length = horizon.IntervalsIn(rule.Length);
            var earliest = horizon.IntervalsIn(rule.EarliestAfterStart);
            var latest = (int)Math.Floor(rule.LatestStartAfterStart.TotalTicks / (double)horizon.IntervalLength.TotalTicks);
            for (var day = 0; day < agent.Works.Length; day++)
            {
                var qualifying = agent.CandidatesOn(day)
                    .Where(k => rule.AppliesTo(horizon.IntervalLength * candidates[k].Length))
                    .ToList();
                if (qualifying.Count == 0)
                {
                    continue;
                }

                var needsBreak = qualifying.Count == agent.CandidatesOn(day).Count()
                    ? agent.Works[day]
                    : Model.NewBoolVar($"needs[{agent.Plan.Agent.Id},{rule.Activity},{day}]");
                if (!ReferenceEquals(needsBreak, agent.Works[day]))
                {
                    Model.Add(LinearExpr.Sum(qualifying.Select(k => (LinearExpr)agent.Shift[k])) == needsBreak);
                }

                var positions = qualifying
                    .SelectMany(k => Enumerable.Range(candidates[k].StartIndex + earliest, latest - earliest + 1))
                    .Where(p => p + length <= horizon.Intervals)
                    .Distinct()
                    .Order()
                    .ToList();
                var placed = positions.Select(p => Model.NewBoolVar($"{rule.Activity}[{agent.Plan.Agent.Id},{day},{p}]")).ToList();
                Model.Add(LinearExpr.Sum(placed) == needsBreak);

                var offset = LinearExpr.NewBuilder();
                for (var i = 0; i < positions.Count; i++)
                {
                    offset.AddTerm(placed[i], positions[i]);
                }

                foreach (var k in qualifying)
                {
                    offset.AddTerm(agent.Shift[k], -candidates[k].StartIndex);
                }

                Model.AddLinearConstraint(offset, earliest, latest).OnlyEnforceIf(needsBreak);

                for (var i = 0; i < positions.Count; i++)
                {
                    agent.Breaks.Add((rule, day, positions[i], length, placed[i]));
                    for (var t = positions[i]; t < positions[i] + length; t++)
                    {
                        agent.BreakCover[t].Add(placed[i]);
                    }
                }
            }
        }

        for (var t = 0; t < horizon.Intervals; t++)
        {
            if (agent.BreakCover[t].Count > 0)
            {
                // On a break only while on shift, and never on two breaks at once.
                Model.Add(LinearExpr.Sum(agent.BreakCover[t]) <= (agent.Working[t] is { } working ? working : LinearExpr.Constant(0)));
            }
        }
    }

    /// <summary>On the phones: at work and not on a break. In-training agents never are.</summary>
    internal static LinearExpr OnPhone(AgentVariables agent, int interval)
    {
        if (agent.Working[interval] is not { } working)
        {
            return LinearExpr.Constant(0);
        }

        var expr = LinearExpr.NewBuilder().Add(working);
        foreach (var placed in agent.BreakCover[interval])
        {
            expr.AddTerm(placed, -1);
        }

        return expr;
    }
}
