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
        agent.Works = new BoolVar[_data.Horizon.DayCount];
        for (var day = 0; day < agent.Works.Length; day++)
        {
            agent.Works[day] = Model.NewBoolVar($"works[{plan.Agent.Id},{day}]");
            Model.Add(LinearExpr.Sum(agent.CandidatesOn(day).Select(k => (LinearExpr)agent.Shift[k])) == agent.Works[day]);
        }
    }
}
