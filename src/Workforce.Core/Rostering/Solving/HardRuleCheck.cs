using System.Globalization;

namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// Finds hard rules that plainly cannot all hold for one agent, before any search, so the planner is
/// told which agent and which rule rather than "infeasible": minimum hours beyond what time off and the
/// start window leave, training no allowed shift can hold, carried-in weekends beyond the maximum.
/// <c>AgentScreening</c> then finds, exactly, any other agent with no lawful week.
/// </summary>
public static class HardRuleCheck
{
    public static IReadOnlyList<UnrosteredAgent> Explain(RosterModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problems = new List<UnrosteredAgent>();
        foreach (var plan in data.Agents)
        {
            var contract = plan.Contract;
            var bestByDay = plan.Candidates.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Max(c => c.PaidMinutes));
            for (var week = 0; week < data.Horizon.WeekCount; week++)
            {
                var minimumMinutes = plan.MinimumPaidMinutesInWeek(week);
                var bestDays = bestByDay
                    .Where(d => d.Key / RosterHorizon.Days == week)
                    .Select(d => d.Value)
                    .OrderDescending()
                    .Take(contract.MaxWorkingDays)
                    .ToList();
                var reachable = bestDays.Sum();
                if (reachable < minimumMinutes)
                {
                    var when = data.Horizon.WeekCount == 1 ? "this week" : string.Create(CultureInfo.InvariantCulture, $"in week {week + 1}");
                    problems.Add(new UnrosteredAgent(plan.Agent.Id, "minimum hours", string.Create(
                        CultureInfo.InvariantCulture,
                        $"agent {plan.Agent.Id}: contract {contract.Id} requires at least {minimumMinutes / 60.0:0.##} paid hours {when} after paid leave (minimum hours), "
                        + $"but time off and the start window leave at most {reachable / 60.0:0.##} hours on {bestDays.Count} available day(s)")));
                }
            }

            if (contract.MinPaidOverHorizon is { } horizonMinimum && bestByDay.Values.Sum() < horizonMinimum.TotalMinutes)
            {
                problems.Add(new UnrosteredAgent(plan.Agent.Id, "minimum hours", string.Create(
                    CultureInfo.InvariantCulture,
                    $"agent {plan.Agent.Id}: contract {contract.Id} requires at least {horizonMinimum.TotalHours:0.##} paid hours over the horizon (minimum hours over the horizon), "
                    + $"but time off leaves at most {bestByDay.Values.Sum() / 60.0:0.##} hours")));
            }

            foreach (var need in plan.Training.Where(n => n.StartOptions.Count == 0))
            {
                problems.Add(new UnrosteredAgent(plan.Agent.Id, "training attendance", $"training {need.SessionId}: agent {plan.Agent.Id} cannot attend, because no shift their contract, time off and frozen days allow covers the session (training attendance)"));
            }

            if (plan.CarryIn.WeekendsWorkedInReferencePeriod > contract.MaxWeekendsWorked)
            {
                problems.Add(new UnrosteredAgent(plan.Agent.Id, "weekends", string.Create(
                    CultureInfo.InvariantCulture,
                    $"agent {plan.Agent.Id}: carry-in says {plan.CarryIn.WeekendsWorkedInReferencePeriod} weekends already worked, above the contract's maximum of {contract.MaxWeekendsWorked} (maximum weekends)")));
            }
        }

        return problems;
    }
}
