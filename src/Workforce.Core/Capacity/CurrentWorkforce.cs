using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Core.Capacity;

/// <summary>Groups today's agents into cohorts: by primary skill, weeks since hire and FTE weight.</summary>
public static class CurrentWorkforce
{
    /// <summary>
    /// An agent counts towards their most proficient skill (the first listed on a tie): capacity is
    /// planned per skill, and a multi-skilled agent is hired and trained for one. Their FTE weight is
    /// their contract's minimum paid hours ÷ <paramref name="fullTimeHoursPerWeek"/>. Agents without
    /// a hire date are established (<see cref="AgentCohort.EstablishedWeeks"/>).
    /// </summary>
    public static IReadOnlyList<AgentCohort> Cohorts(
        IReadOnlyList<Agent> agents,
        IReadOnlyDictionary<string, LocalDate> hireDates,
        IReadOnlyList<Contract> contracts,
        LocalDate startWeek,
        double fullTimeHoursPerWeek)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(hireDates);
        ArgumentNullException.ThrowIfNull(contracts);
        return [.. agents
            .Select(agent => (
                Skill: PrimarySkill(agent),
                Weeks: hireDates.TryGetValue(agent.Id, out var hired) ? WeeksSinceHire(hired, startWeek) : AgentCohort.EstablishedWeeks,
                Weight: FteWeight(agent, contracts, fullTimeHoursPerWeek)))
            .GroupBy(a => a)
            .Select(g => new AgentCohort(g.Key.Skill, g.Key.Weeks, g.Key.Weight, g.Count()))
            .OrderBy(c => c.Skill, StringComparer.Ordinal)
            .ThenBy(c => c.WeeksSinceHire)
            .ThenBy(c => c.FteWeight)];
    }

    public static string PrimarySkill(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var best = agent.Skills[0];
        foreach (var skill in agent.Skills.Skip(1))
        {
            if (skill.Proficiency > best.Proficiency)
            {
                best = skill;
            }
        }

        return best.ChannelId;
    }

    /// <summary>Whole weeks from the hire date to the horizon's first day; a hire date after it is refused.</summary>
    public static int WeeksSinceHire(LocalDate hireDate, LocalDate startWeek)
    {
        var days = Period.Between(hireDate, startWeek, PeriodUnits.Days).Days;
        return days >= 0
            ? days / 7
            : throw new ArgumentOutOfRangeException(nameof(hireDate), hireDate, "A current agent's hire date must not be after the horizon's first week.");
    }

    private static double FteWeight(Agent agent, IReadOnlyList<Contract> contracts, double fullTimeHoursPerWeek)
    {
        var contract = contracts.FirstOrDefault(c => c.Id == agent.ContractId)
            ?? throw new ArgumentException($"Agent {agent.Id} names contract '{agent.ContractId}', which is not given.", nameof(contracts));
        var hours = contract.MinPaidPerWeek > Duration.Zero ? contract.MinPaidPerWeek : contract.MaxPaidPerWeek;
        return hours.TotalHours / fullTimeHoursPerWeek;
    }
}
