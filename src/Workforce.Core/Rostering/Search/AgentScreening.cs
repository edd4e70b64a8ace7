using System.Globalization;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// Finds the agents whose own rules cannot all hold, before any roster is searched. Because no hard
/// rule links two agents, such an agent is exactly what would make the whole site infeasible; leaving
/// them out (and naming them) lets everyone else be rostered. Each agent's exact schedule programme
/// (<see cref="WeekProgramme"/>) decides; the rules involved are found by leaving each out in turn: those
/// whose removal alone gives the agent a lawful week are the ones that clash. Agents whose rules the
/// programme does not state (the rotas' caps and successions) are left to the solver.
/// </summary>
public static class AgentScreening
{
    private static readonly (AgentRules Rule, string Name)[] Named =
    [
        (AgentRules.MinimumHours, "minimum hours"),
        (AgentRules.ConsecutiveDays, "consecutive days"),
        (AgentRules.DaysOffRuns, "days off in runs"),
        (AgentRules.Rest, "rest"),
        (AgentRules.Weekends, "weekends"),
        (AgentRules.WorkingDays, "working days"),
        (AgentRules.WorkingRuns, "working days in runs"),
        (AgentRules.Training, "training attendance"),
        (AgentRules.MaximumHours, "maximum hours"),
    ];

    /// <summary>
    /// Every agent of <paramref name="data"/> with no lawful week, named with the rules that clash (the
    /// plain cases of <see cref="HardRuleCheck"/> first, in its words), in agent order; stops early when cancelled.
    /// </summary>
    public static IReadOnlyList<UnrosteredAgent> Screen(RosterModelData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var found = HardRuleCheck.Explain(data).GroupBy(u => u.AgentId).Select(g => g.First()).ToList();
        var explained = found.Select(u => u.AgentId).ToHashSet(StringComparer.Ordinal);
        var judged = new Dictionary<ProgrammeClass, bool>();
        foreach (var plan in data.Agents)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (explained.Contains(plan.Agent.Id))
            {
                continue;
            }

            var key = ProgrammeClass.Of(data, plan);
            if (!judged.TryGetValue(key, out var lawful))
            {
                if (WeekProgramme.Create(data, plan, out _) is not { } programme)
                {
                    continue; // Rules beyond the programme (a rota's): left to the solver.
                }

                judged[key] = lawful = programme.HasLawfulWeek(cancellationToken) || cancellationToken.IsCancellationRequested;
            }

            if (!lawful)
            {
                found.Add(Explain(data, plan));
            }
        }

        var order = data.Agents.Select((a, i) => (a.Agent.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return [.. found.OrderBy(u => order[u.AgentId])];
    }

    /// <summary>Why <paramref name="plan"/> has no lawful week: the rules whose removal alone would give one.</summary>
    public static UnrosteredAgent Explain(RosterModelData data, AgentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(plan);
        var clashing = Named
            .Where(r => WeekProgramme.Create(data, plan, out _, AgentRules.All & ~r.Rule)?.HasLawfulWeek() == true)
            .Select(r => r.Name)
            .ToList();
        var rule = clashing.FirstOrDefault() ?? "minimum hours";
        var rules = clashing.Count switch
        {
            0 => "no single rule explains it: the contract's hours, working days, rest, consecutive-day, days-off and weekend rules together",
            1 => $"the rule {Describe(data, plan, clashing[0])} cannot hold",
            _ => $"these rules cannot all hold: {string.Join("; ", clashing.Select(name => Describe(data, plan, name)))}",
        };
        return new UnrosteredAgent(plan.Agent.Id, rule, $"agent {plan.Agent.Id} (contract {plan.Contract.Id}): {rules}{Circumstances(data, plan)}");
    }

    private static string Describe(RosterModelData data, AgentPlan plan, string rule)
    {
        var contract = plan.Contract;
        var carry = plan.CarryIn;
        return rule switch
        {
            "minimum hours" => Invariant($"minimum hours ({plan.MinimumPaidMinutesInWeek(0) / 60.0:0.##} paid hours this week after paid leave)"),
            "consecutive days" => Invariant($"consecutive days (at most {contract.MaxConsecutiveWorkingDays} in a row, {carry.ConsecutiveDaysWorked} already worked up to the week)"),
            "days off in runs" => Invariant($"days off in runs (at least {contract.MinConsecutiveDaysOff} in a row)"),
            "rest" => Invariant($"rest ({contract.MinRestBetweenShifts.TotalHours:0.##} h between shifts)"),
            "weekends" => Invariant($"weekends (at most {contract.MaxWeekendsWorked} in {contract.WeekendReferenceWeeks} weeks, {carry.WeekendsWorkedInReferencePeriod} already worked)"),
            "working days" => Invariant($"working days (at most {contract.MaxWorkingDays} a week)"),
            "working days in runs" => Invariant($"working days in runs (at least {contract.MinConsecutiveWorkingDays} in a row)"),
            "training attendance" => "training attendance (every session inside a shift worked)",
            "maximum hours" => Invariant($"maximum hours ({plan.MaximumPaidMinutesInWeek(0) / 60.0:0.##} paid hours this week after paid leave)"),
            _ => rule,
        };
    }

    /// <summary>The history and time off that make the rules clash, as the planner would check them.</summary>
    private static string Circumstances(RosterModelData data, AgentPlan plan)
    {
        var carry = plan.CarryIn;
        var parts = new List<string>();
        if (carry.ConsecutiveDaysWorked > 0)
        {
            parts.Add(Invariant($"{carry.ConsecutiveDaysWorked} days worked in a row up to the week"));
        }
        else if (carry.ConsecutiveDaysOff > 0)
        {
            parts.Add(Invariant($"{carry.ConsecutiveDaysOff} days off in a row up to the week"));
        }

        if (carry.LastShiftEnd is { } end)
        {
            parts.Add(Invariant($"last shift ending {end:yyyy-MM-dd HH:mm}"));
        }

        var worked = plan.Candidates.Select(c => c.Day).ToHashSet();
        var closed = Enumerable.Range(0, data.Horizon.DayCount).Where(d => !worked.Contains(d)).Select(d => data.Horizon.DateOf(d).ToString("ddd d MMM", CultureInfo.InvariantCulture)).ToList();
        if (closed.Count > 0)
        {
            parts.Add($"no shift possible on {string.Join(", ", closed)} (time off or frozen days)");
        }

        return parts.Count == 0 ? "" : $", with {string.Join(", ", parts)}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
