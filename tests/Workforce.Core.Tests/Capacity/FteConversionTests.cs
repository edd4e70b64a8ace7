using NodaTime;
using Workforce.Core.Capacity;
using Workforce.Core.Rostering;

namespace Workforce.Core.Tests.Capacity;

public class FteConversionTests
{
    [Fact]
    public void Required_fte_adds_planned_activities_and_divides_by_contract_hours_leave_and_efficiency()
    {
        var conversion = new FteConversion(40, 0.2, 0.1, 0.9);

        // 1,000 on-phone hours need 1,250 paid (20 % planned), 31.25 FTE-weeks of 40 h, more for leave and efficiency.
        Assert.Equal(1000 / 0.8 / 40 / 0.9 / 0.9, conversion.RequiredFte(1000), 12);
    }

    [Fact]
    public void The_roster_measures_scheduling_efficiency_as_covered_hours_over_on_phone_paid_hours()
    {
        var efficiency = FteConversion.EfficiencyFromRoster(requiredAgentHours: 900, underCoverageAgentHours: 50, paidHours: 1200, plannedFraction: 0.2);

        Assert.Equal(850.0 / 960, efficiency, 12);
    }

    [Fact]
    public void Agents_count_towards_their_most_proficient_skill_at_their_contract_weight()
    {
        var contracts = new List<Contract>
        {
            MakeContract("ft", 40),
            MakeContract("pt", 20),
        };
        var agents = new List<Agent>
        {
            new("A1", "A1", [new AgentSkill("chat", 0.6), new AgentSkill("phone", 1)], "ft", 10, AgentStatus.Production, 1),
            new("A2", "A2", [new AgentSkill("phone", 1)], "pt", 10, AgentStatus.Production, 1),
            new("A3", "A3", [new AgentSkill("phone", 1)], "pt", 10, AgentStatus.InTraining, 0),
        };
        var hireDates = new Dictionary<string, LocalDate> { ["A3"] = TinyCapacity.Start.PlusDays(-8) };

        var cohorts = CurrentWorkforce.Cohorts(agents, hireDates, contracts, TinyCapacity.Start, 40);

        Assert.Contains(new AgentCohort("phone", AgentCohort.EstablishedWeeks, 1, 1), cohorts);
        Assert.Contains(new AgentCohort("phone", AgentCohort.EstablishedWeeks, 0.5, 1), cohorts);
        Assert.Contains(new AgentCohort("phone", 1, 0.5, 1), cohorts);
    }

    private static Contract MakeContract(string id, double hours) => new(
        id, Duration.FromHours(hours), Duration.FromHours(hours), 5, Duration.FromHours(11), 6, 0, 1, 1,
        [Duration.FromHours(8)], new LocalTime(8, 0), new LocalTime(10, 0), [], 0, 0);
}
