using System.Globalization;
using Workforce.Core.Rostering;

namespace Workforce.Core.Capacity;

/// <summary>
/// Carries a capacity plan into a week's roster: the hires of every class that has started by that
/// week become agent rows with the status of their stage. In training they are <c>in_training</c>
/// (rostered and paid, never on the phones); nesting, they count at the curve's productivity for that
/// week; after that they are in production.
/// </summary>
public static class CapacityRosterLink
{
    /// <summary>
    /// The new hires present in week <paramref name="week"/> of the plan: each class's expected survivors,
    /// rounded to whole agents, with ids <c>H{start date}-{skill}-{n}</c>, the new hires' contract and wage.
    /// A nesting week whose productivity is 0 keeps them in training (an agent on the phones must count for something).
    /// </summary>
    public static IReadOnlyList<Agent> AgentsForWeek(CapacityPlan plan, int week, string contractId, decimal hourlyWage)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegative(week);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(week, plan.Problem.Weeks);
        var training = plan.Problem.Training;
        var agents = new List<Agent>();
        foreach (var hiringClass in plan.Classes.Where(c => c.StartWeek <= week))
        {
            var weeksIn = week - hiringClass.StartWeek;
            var present = (int)Math.Round(hiringClass.Size * plan.Problem.HireSurvival[weeksIn], MidpointRounding.AwayFromZero);
            var productivity = training.ProductivityAt(weeksIn);
            var status = training.StageAt(weeksIn) switch
            {
                CapacityStage.Production => AgentStatus.Production,
                CapacityStage.Nesting when productivity > 0 => AgentStatus.Nesting,
                _ => AgentStatus.InTraining,
            };
            for (var n = 1; n <= present; n++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"H{hiringClass.WeekStart:yyyyMMdd}-{hiringClass.Skill}-{n:00}");
                agents.Add(new Agent(
                    id,
                    id,
                    [new AgentSkill(hiringClass.Skill, 1)],
                    contractId,
                    hourlyWage,
                    status,
                    status == AgentStatus.InTraining ? 0 : productivity));
            }
        }

        return agents;
    }
}
