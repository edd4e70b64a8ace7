using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Core.Samples;
using Workforce.Core.Sites;

namespace Workforce.Core.Tests.Rostering;

public class SampleAgentGeneratorTests
{
    private static readonly Site Site = SampleSiteGenerator.Generate(
        new SampleSiteOptions("Test", new LocalDate(2026, 3, 8), 1, 7),
        new WeeklyArrivalProfile(Duration.FromHours(1), [.. Enumerable.Range(0, 7).Select(_ => (IReadOnlyList<double>)[.. Enumerable.Repeat(1.0, 24)])])).Site;

    /// <summary>Roughly the data/sample week: about 3,700 on-phone agent-hours, phone-heavy.</summary>
    private static readonly Dictionary<string, double> Hours = new()
    {
        ["phone"] = 1700, ["tech"] = 500, ["chat"] = 600, ["email"] = 350, ["social"] = 300, ["aftersales"] = 250,
    };

    [Fact]
    public void The_same_seed_gives_the_same_agents()
    {
        var first = SampleAgentGenerator.Generate(Site, Hours, 7);
        var second = SampleAgentGenerator.Generate(Site, Hours, 7);
        Assert.Equal(first.Agents, second.Agents);
        Assert.Equal(first.Contracts, second.Contracts);
        Assert.Equal(first.TimeOff, second.TimeOff);
        Assert.Equal(first.CarryIn, second.CarryIn);
        Assert.NotEqual(first.Agents, SampleAgentGenerator.Generate(Site, Hours, 8).Agents);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(123)]
    public void At_least_thirty_percent_of_agents_are_multi_skilled(int seed)
    {
        var agents = SampleAgentGenerator.Generate(Site, Hours, seed).Agents;
        Assert.True(agents.Count(a => a.Skills.Count > 1) >= 0.3 * agents.Count);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Contracted_hours_lie_within_100_to_110_percent_of_the_need(int seed)
    {
        var need = Hours.Values.Sum() / (1 - Site.Shrinkage.PlannedFraction);
        var contracted = SampleAgentGenerator.ProductiveContractedHours(SampleAgentGenerator.Generate(Site, Hours, seed));
        Assert.InRange(contracted / need, 1.00, 1.10);
    }

    [Fact]
    public void The_sample_has_nesting_agents_and_agents_in_training()
    {
        var agents = SampleAgentGenerator.Generate(Site, Hours, 7).Agents;
        Assert.InRange(agents.Count(a => a.Status == AgentStatus.InTraining), 2, 3);
        Assert.All(agents.Where(a => a.Status == AgentStatus.Nesting), a => Assert.InRange(a.ProductivityFactor, 0.5, 0.8));
        Assert.True(agents.Count(a => a.Status == AgentStatus.Nesting) >= 3);
    }

    [Fact]
    public void Every_agent_has_a_carry_in_row()
    {
        var inputs = SampleAgentGenerator.Generate(Site, Hours, 7);
        Assert.Equal(inputs.Agents.Select(a => a.Id), inputs.CarryIn.Select(c => c.AgentId));
        Assert.Contains(inputs.CarryIn, c => c.ConsecutiveDaysWorked >= 4);
    }
}
