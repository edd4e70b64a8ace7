using Google.OrTools.Sat;

namespace Workforce.Scheduling.Roster;

internal sealed partial class RosterCpModel
{
    private readonly Dictionary<int, List<BoolVar>[]> _trainingByGroup = [];

    /// <summary>
    /// Training attendance, hard: each of the agent's sessions starts at exactly one of its options, and
    /// the agent works a shift that holds the whole session there.
    /// </summary>
    internal void AddTrainingAttendance(AgentVariables agent)
    {
        foreach (var need in agent.Plan.Training)
        {
            var starts = need.StartOptions.Select(t => Model.NewBoolVar($"training[{agent.Plan.Agent.Id},{need.SessionId},{t}]")).ToArray();
            agent.TrainingStarts.Add(starts);
            Model.AddExactlyOne(starts);
            for (var i = 0; i < starts.Length; i++)
            {
                var start = need.StartOptions[i];
                var holding = Enumerable.Range(0, agent.Shift.Length)
                    .Where(k => agent.Plan.Candidates[k].StartIndex <= start && start + need.Length <= agent.Plan.Candidates[k].EndIndex)
                    .Select(k => (ILiteral)agent.Shift[k]);
                Model.AddBoolOr(holding.Append(starts[i].Not()));
            }
        }
    }

    /// <summary>Per interval, the group's training starts that keep a member off the phones then.</summary>
    private List<BoolVar>[] TrainingOffPhone(Core.Rostering.Solving.SkillGroup group)
    {
        if (_trainingByGroup.TryGetValue(group.Index, out var cached))
        {
            return cached;
        }

        var byInterval = new List<BoolVar>[_data.Horizon.Intervals];
        foreach (var member in group.AgentIndexes.Select(i => Agents[i]))
        {
            for (var n = 0; n < member.Plan.Training.Count; n++)
            {
                var need = member.Plan.Training[n];
                for (var i = 0; i < need.StartOptions.Count; i++)
                {
                    for (var t = need.StartOptions[i]; t < Math.Min(need.StartOptions[i] + need.Length, byInterval.Length); t++)
                    {
                        (byInterval[t] ??= []).Add(member.TrainingStarts[n][i]);
                    }
                }
            }
        }

        _trainingByGroup[group.Index] = byInterval;
        return byInterval;
    }
}
