using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>Reads a roster off a solution of the full model: shifts with their breaks and training, and the allocation.</summary>
internal static class RosterCpReading
{
    public static List<ScheduledShift> Shifts(RosterCpModel model, Func<IntVar, long> value)
    {
        var breaks = AssignBreaks(model, value);
        var shifts = new List<ScheduledShift>();
        foreach (var agent in model.Agents)
        {
            for (var k = 0; k < agent.Shift.Length; k++)
            {
                if (value(agent.Shift[k]) == 1)
                {
                    var placed = breaks.TryGetValue((agent.Plan.Index, k), out var list) ? list : EarliestBreaks(model, agent, k);
                    shifts.Add(new ScheduledShift(agent.Plan.Index, agent.Plan.Candidates[k], [.. placed.OrderBy(b => b.StartIndex)])
                    {
                        Training = ReadTraining(agent, agent.Plan.Candidates[k], value),
                    });
                }
            }
        }

        return shifts;
    }

    /// <summary>The agent's training sessions that fall inside this shift.</summary>
    private static List<PlacedTraining> ReadTraining(RosterCpModel.AgentVariables agent, ShiftCandidate shift, Func<IntVar, long> value)
    {
        var placed = new List<PlacedTraining>();
        for (var n = 0; n < agent.Plan.Training.Count; n++)
        {
            var need = agent.Plan.Training[n];
            for (var i = 0; i < need.StartOptions.Count; i++)
            {
                var start = need.StartOptions[i];
                if (value(agent.TrainingStarts[n][i]) == 1 && shift.StartIndex <= start && start + need.Length <= shift.EndIndex)
                {
                    placed.Add(new PlacedTraining(need.SessionId, start, need.Length));
                }
            }
        }

        return placed;
    }

    /// <summary>
    /// Reads each agent's breaks off the group counts: per pool, the chosen shifts in start order take
    /// the break starts in time order. The pool's cumulative constraints guarantee each lands inside its
    /// own shift's window.
    /// </summary>
    private static Dictionary<(int Agent, int Candidate), List<PlacedBreak>> AssignBreaks(RosterCpModel model, Func<IntVar, long> value)
    {
        var placed = new Dictionary<(int Agent, int Candidate), List<PlacedBreak>>();
        foreach (var pool in model.GroupBreaks.Values.SelectMany(p => p))
        {
            var chosen = pool.Shifts
                .Where(s => value(model.Agents[s.Agent].Shift[s.Candidate]) == 1)
                .OrderBy(s => model.Agents[s.Agent].Plan.Candidates[s.Candidate].StartIndex)
                .ThenBy(s => s.Agent)
                .ToList();
            var starts = pool.Starts
                .SelectMany((count, i) => Enumerable.Repeat(pool.First + i, (int)value(count)))
                .ToList();
            for (var i = 0; i < Math.Min(chosen.Count, starts.Count); i++)
            {
                var key = (chosen[i].Agent, chosen[i].Candidate);
                if (!placed.TryGetValue(key, out var list))
                {
                    placed[key] = list = [];
                }

                list.Add(new PlacedBreak(pool.Rule, starts[i], pool.Length));
            }
        }

        return placed;
    }

    /// <summary>Agents off the phones all shift (in training) take each break at its earliest offset.</summary>
    private static List<PlacedBreak> EarliestBreaks(RosterCpModel model, RosterCpModel.AgentVariables agent, int candidateIndex)
    {
        var horizon = model.Horizon;
        var candidate = agent.Plan.Candidates[candidateIndex];
        return [.. agent.Plan.Contract.BreaksFor(horizon.IntervalLength * candidate.Length)
            .Select(rule => new PlacedBreak(rule, candidate.StartIndex + horizon.IntervalsIn(rule.EarliestAfterStart), horizon.IntervalsIn(rule.Length)))];
    }

    public static Dictionary<(int Group, int Demand), int[]> Allocation(RosterCpModel model, Func<IntVar, long> value) =>
        model.Allocation.ToDictionary(
            entry => entry.Key,
            entry => entry.Value.Select(y => y is null ? 0 : (int)value(y)).ToArray());
}
