using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Samples;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;

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

    /// <summary>A contact centre's day: quiet nights, a morning rise, busy until the evening; a little lighter at weekends.</summary>
    private static readonly WeeklyArrivalProfile DayShape = new(
        Duration.FromHours(1),
        [.. Enumerable.Range(0, 7).Select(day => (IReadOnlyList<double>)[.. Enumerable.Range(0, 24).Select(hour =>
            (hour switch { < 6 => 0.15, < 8 => 0.6, < 18 => 1.0, < 22 => 0.7, _ => 0.3 }) * (day >= 5 ? 0.7 : 1.0))])]);

    /// <summary>About 2,000 agents, as <c>workforce sample --scale 22</c> makes for benchmarks.</summary>
    private static readonly Lazy<(Scenario Scenario, RosterInputs Inputs)> LargeSite = new(() =>
    {
        var scenario = SampleSiteGenerator.Generate(new SampleSiteOptions("Large", new LocalDate(2026, 3, 8), 22, 13), DayShape);
        return (scenario, SampleAgentGenerator.Generate(scenario, 13));
    });

    private static IReadOnlyList<UnrosteredAgent> Screen(Scenario scenario, RosterInputs inputs) =>
        AgentScreening.Screen(RosterModelBuilder.Build(scenario.Site, StaffingPlanner.Staff(scenario.Site, scenario.Forecast), scenario.Forecast, inputs, RosterWeights.Default));

    [Fact]
    public void A_site_of_two_thousand_agents_has_no_agent_without_a_lawful_week()
    {
        var (scenario, inputs) = LargeSite.Value;
        Assert.True(inputs.Agents.Count >= 2000, $"{inputs.Agents.Count} agents");
        Assert.Empty(Screen(scenario, inputs));
    }

    [Fact]
    public void Without_the_check_some_drawn_histories_leave_an_agent_no_lawful_week()
    {
        var (scenario, inputs) = LargeSite.Value;
        var hours = SampleAgentGenerator.ScheduledAgentHoursByChannel(scenario.Site, StaffingPlanner.Staff(scenario.Site, scenario.Forecast));
        var draft = SampleAgentGenerator.Generate(scenario.Site, hours, 13);
        Assert.Equal(inputs.Agents, draft.Agents);
        Assert.NotEmpty(Screen(scenario, draft));
    }

    [Fact]
    public void Screening_the_agents_again_gives_the_same_site()
    {
        var (scenario, inputs) = LargeSite.Value;
        var again = SampleAgentGenerator.Generate(scenario, 13);
        Assert.Equal(inputs.TimeOff, again.TimeOff);
        Assert.Equal(inputs.CarryIn, again.CarryIn);
    }

    [Fact]
    public void Time_off_rows_grow_with_head_count_at_four_per_128_agents()
    {
        var small = SampleAgentGenerator.Generate(Site, Hours, 7);
        var large = SampleAgentGenerator.Generate(Site, Hours.ToDictionary(h => h.Key, h => h.Value * 16), 7);
        Assert.Equal(4, small.TimeOff.Count);
        Assert.True(large.Agents.Count > 1500, $"{large.Agents.Count} agents");
        Assert.Equal((int)Math.Round(4.0 * large.Agents.Count / SampleAgentGenerator.AgentsPerTimeOffRound, MidpointRounding.AwayFromZero), large.TimeOff.Count);
        Assert.Equal(large.TimeOff.Count, large.TimeOff.Select(t => t.AgentId).Distinct().Count());
        var production = large.Agents.Where(a => a.Status == AgentStatus.Production).Select(a => a.Id).ToHashSet();
        Assert.All(large.TimeOff, t => Assert.Contains(t.AgentId, production));
        Assert.All(large.TimeOff, t => Assert.InRange(t.Start, Site.WeekStart.AtMidnight(), Site.WeekStart.PlusDays(7).AtMidnight()));
        Assert.All(large.TimeOff, t => Assert.InRange(t.End, t.Start, Site.WeekStart.PlusDays(7).AtMidnight()));
        var kinds = large.TimeOff.Select((t, i) => (i % 4, t.Reason, (t.End - t.Start).ToDuration())).Distinct().Order().ToList();
        Assert.Equal(
            [(0, "holiday", Duration.FromDays(1)), (1, "holiday", Duration.FromDays(1)), (2, "holiday", Duration.FromDays(3)), (3, "doctor's appointment", Duration.FromMinutes(150))],
            kinds);
    }

    [Fact]
    public void The_first_four_time_off_rows_keep_their_days_and_draws()
    {
        var small = SampleAgentGenerator.Generate(Site, Hours, 7);
        var week = Site.WeekStart;
        Assert.Equal(
            [
                (week.PlusDays(2).AtMidnight(), week.PlusDays(3).AtMidnight()),
                (week.PlusDays(4).AtMidnight(), week.PlusDays(5).AtMidnight()),
                (week.AtMidnight(), week.PlusDays(3).AtMidnight()),
                (week.PlusDays(3).At(new LocalTime(10, 0)), week.PlusDays(3).At(new LocalTime(12, 30))),
            ],
            small.TimeOff.Select(t => (t.Start, t.End)));

        // A larger site draws from the same shuffle: its first agents and its first four rows' days are the small site's.
        var large = SampleAgentGenerator.Generate(Site, Hours.ToDictionary(h => h.Key, h => h.Value * 4), 7);
        Assert.Equal(small.Agents, large.Agents.Take(small.Agents.Count));
        Assert.Equal(small.TimeOff.Select(t => (t.Start, t.End)), large.TimeOff.Take(4).Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void Every_last_shift_has_a_start_one_of_its_contracts_shift_lengths_before_its_end()
    {
        var (scenario, inputs) = LargeSite.Value;
        var weekStart = scenario.Site.WeekStart.AtMidnight();
        var agents = inputs.Agents.ToDictionary(a => a.Id);
        Assert.Contains(inputs.CarryIn, c => c.LastShiftEnd > weekStart);
        foreach (var carry in inputs.CarryIn.Where(c => c.LastShiftEnd is not null))
        {
            var contract = inputs.FindContract(agents[carry.AgentId].ContractId)!;
            Assert.NotNull(carry.LastShiftStart);
            Assert.True(carry.LastShiftStart < weekStart, $"{carry.AgentId} starts {carry.LastShiftStart}");
            Assert.Contains((carry.LastShiftEnd!.Value - carry.LastShiftStart!.Value).ToDuration(), contract.ShiftLengths);
            Assert.InRange(carry.LastShiftStart.Value.TimeOfDay, contract.EarliestStart, contract.LatestStart);
        }

        Assert.All(inputs.CarryIn.Where(c => c.LastShiftEnd is null), c => Assert.Null(c.LastShiftStart));
    }
}
