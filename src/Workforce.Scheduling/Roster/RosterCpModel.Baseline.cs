using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

internal sealed partial class RosterCpModel
{
    /// <summary>
    /// Stay close to the published roster: after the frozen days (already fixed in the candidates),
    /// each day that does not keep the agent's baseline shift, or adds one on a baseline day off, costs
    /// the change penalty.
    /// </summary>
    internal void AddBaselineChanges(AgentVariables agent)
    {
        var keep = agent.Plan.BaselineKeepByDay;
        for (var day = 0; day < keep.Count; day++)
        {
            switch (keep[day])
            {
                case BaselineCandidates.DayOff:
                    Penalise(agent.Works[day], _data.Weights.ChangedShiftCents);
                    break;
                case { } candidate:
                    Penalise(1 - agent.Shift[candidate], _data.Weights.ChangedShiftCents);
                    break;
            }
        }
    }
}
