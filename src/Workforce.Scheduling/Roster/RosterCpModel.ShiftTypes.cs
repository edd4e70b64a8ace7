using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

internal sealed partial class RosterCpModel
{
    /// <summary>At most the contract's number of shifts of each capped named type over the horizon.</summary>
    internal void AddShiftTypeCaps(AgentVariables agent)
    {
        foreach (var (type, cap) in agent.Plan.Contract.MaxShiftsPerType)
        {
            var ofType = Enumerable.Range(0, agent.Shift.Length).Where(k => agent.Plan.Candidates[k].ShiftTypeId == type).Select(k => agent.Shift[k]).ToList();
            if (ofType.Count > cap)
            {
                Model.Add(LinearExpr.Sum(ofType) <= cap);
            }
        }
    }

    /// <summary>
    /// No named shift on the day after a shift it may not follow (no early after a late). Stated per
    /// shift as "this one, or one of those it forbids tomorrow, at most": one constraint that is also
    /// tighter for the LP than a clause per pair.
    /// </summary>
    internal void AddForbiddenSuccessions(AgentVariables agent)
    {
        var successions = agent.Plan.Contract.ForbiddenSuccessions;
        if (successions.Count == 0)
        {
            return;
        }

        var candidates = agent.Plan.Candidates;
        var pairs = successions.Select(s => (s.First, s.Next)).ToHashSet();
        for (var day = 0; day + 1 < agent.Works.Length; day++)
        {
            foreach (var k in agent.CandidatesOn(day))
            {
                var forbidden = agent.CandidatesOn(day + 1)
                    .Where(j => candidates[k].ShiftTypeId is { } first && candidates[j].ShiftTypeId is { } next && pairs.Contains((first, next)))
                    .Select(j => (ILiteral)agent.Shift[j])
                    .ToList();
                if (forbidden.Count > 0)
                {
                    Model.AddAtMostOne(forbidden.Prepend(agent.Shift[k]));
                }
            }
        }
    }

    /// <summary>
    /// Cover per day and named shift type (<see cref="RosterModelData.ShiftCover"/>), soft: agents
    /// working the shift plus those already covered, plus the shortfall, less the surplus, equals the
    /// requirement; shortfall and surplus are priced per agent.
    /// </summary>
    internal void AddShiftTypeCover()
    {
        if (_data.ShiftCover.Count == 0)
        {
            return;
        }

        var working = new Dictionary<(int Day, string Type), List<BoolVar>>();
        foreach (var agent in Agents)
        {
            for (var k = 0; k < agent.Shift.Length; k++)
            {
                if (agent.Plan.Candidates[k].ShiftTypeId is { } type)
                {
                    var key = (agent.Plan.Candidates[k].Day, type);
                    if (!working.TryGetValue(key, out var list))
                    {
                        working[key] = list = [];
                    }

                    list.Add(agent.Shift[k]);
                }
            }
        }

        foreach (var demand in _data.ShiftCover)
        {
            var on = working.TryGetValue((demand.Day, demand.ShiftTypeId), out var list) ? list : [];
            if (on.Count == 0)
            {
                Penalise(LinearExpr.Constant(1), demand.CostCents(0));
                continue;
            }

            var target = demand.Required - demand.AlreadyCovered;
            var under = Model.NewIntVar(0, Math.Max(target, 0), $"under[{demand.ShiftTypeId},{demand.Day}]");
            var over = Model.NewIntVar(0, on.Count + Math.Max(-target, 0), $"over[{demand.ShiftTypeId},{demand.Day}]");
            Model.Add(LinearExpr.Sum(on) + under - over == target);
            Penalise(under, demand.UnderCentsEach);
            Penalise(over, demand.OverCentsEach);
        }
    }
}
