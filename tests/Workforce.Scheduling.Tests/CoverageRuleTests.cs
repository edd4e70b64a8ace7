using Workforce.Core.Rostering;
using Workforce.Core.Sites;

namespace Workforce.Scheduling.Tests;

/// <summary>How rostered agents turn into coverage: allocation over skills, productivity and shortfall.</summary>
public class CoverageRuleTests
{
    private const double Tolerance = 1e-9;

    private static ChatModel ChatChannel => new(TinyRoster.Target, 2, 0.25);

    [Fact]
    public void A_multi_skilled_agent_counts_once_across_channels_in_each_interval()
    {
        var solved = new TinyRoster()
            .WithChannel(TinyRoster.Chat, ChatChannel)
            .WithAgent("A1", TinyRoster.Phone, TinyRoster.Chat)
            .WithDemand(0, 8, 16, 1, TinyRoster.Phone)
            .WithDemand(0, 8, 16, 1, TinyRoster.Chat)
            .Solve();

        var shift = Assert.Single(solved.ShiftsOf("A1"));
        for (var t = 0; t < solved.Data.Horizon.WeekIntervals; t++)
        {
            var onPhones = shift.Shift.Covers(t) && !shift.Breaks.Any(b => t >= b.StartIndex && t < b.StartIndex + b.Length) ? 1 : 0;
            var allocated = solved.Solution.Allocation.Values.Sum(counts => counts[t]);
            Assert.True(allocated <= onPhones, "interval " + t + ": allocated " + allocated + " with " + onPhones + " on the phones");
        }

        foreach (var interval in solved.Report.Coverage.GroupBy(c => c.IntervalStart))
        {
            Assert.True(interval.Sum(c => c.Scheduled) <= 1 + Tolerance, "scheduled over channels at " + interval.Key);
        }

        Assert.True(solved.Report.Summary.UnderCoverageAgentHours >= 8 - Tolerance, "one agent cannot cover two channels at once");
    }

    [Fact]
    public void A_nesting_agent_counts_at_their_productivity_factor()
    {
        var solved = new TinyRoster()
            .WithAgent("N1", AgentStatus.Nesting, 0.5, "c", TinyRoster.Phone)
            .WithDemand(0, 8, 16, 1)
            .Solve();

        var shift = Assert.Single(solved.ShiftsOf("N1"));
        for (var hour = 8; hour < 16; hour++)
        {
            var row = solved.Coverage(TinyRoster.Phone, 0, hour);
            var expected = shift.Shift.Covers(solved.Interval(0, hour)) ? 0.5 : 0;
            Assert.Equal(expected, row.Scheduled, Tolerance);
            Assert.Equal(1 - expected, row.Shortfall, Tolerance);
        }
    }

    [Fact]
    public void An_agent_in_training_is_rostered_but_never_counts_on_the_phones()
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 8))
            .WithAgent("T1", AgentStatus.InTraining, 0, "c", TinyRoster.Phone)
            .WithDemand(0, 8, 16, 1)
            .Solve();

        Assert.NotEmpty(solved.ShiftsOf("T1"));
        Assert.Empty(solved.Solution.Allocation);
        Assert.All(solved.Report.Coverage, row => Assert.Equal(0, row.Scheduled));
        Assert.Equal(8, solved.Report.Summary.UnderCoverageAgentHours, Tolerance);
        Assert.Contains(solved.Report.Activities, a => a.AgentId == "T1" && a.Activity == "training");
    }

    [Fact]
    public void An_agent_is_never_allocated_to_a_channel_they_have_no_skill_for()
    {
        // Chat is the bigger need, but the only agent takes phone calls only.
        var solved = new TinyRoster()
            .WithChannel(TinyRoster.Chat, ChatChannel)
            .WithAgent("A1", TinyRoster.Phone)
            .WithDemand(0, 8, 16, 1, TinyRoster.Phone)
            .WithDemand(0, 8, 16, 2, TinyRoster.Chat)
            .Solve();

        var chat = solved.Data.Demands.Single(d => d.ChannelId == TinyRoster.Chat).ChannelIndex;
        Assert.All(solved.Solution.Allocation.Where(a => a.Key.Demand == chat), a => Assert.All(a.Value, count => Assert.Equal(0, count)));
        Assert.All(solved.Report.Coverage.Where(c => c.ChannelId == TinyRoster.Chat), row => Assert.Equal(0, row.Scheduled));
        Assert.Contains(solved.Report.Coverage, c => c.ChannelId == TinyRoster.Phone && c.Scheduled == 1);
    }

    [Fact]
    public void Shortfall_is_reported_and_a_roster_still_exists_when_there_are_too_few_agents()
    {
        var solved = new TinyRoster()
            .WithAgent("A1")
            .WithDemand(0, 8, 16, 3)
            .Solve();

        Assert.True(solved.Solution.HasRoster);
        Assert.Single(solved.ShiftsOf("A1"));
        for (var hour = 8; hour < 16; hour++)
        {
            Assert.True(solved.Coverage(TinyRoster.Phone, 0, hour).Shortfall >= 2 - Tolerance, "shortfall at " + hour + ":00");
        }

        Assert.Equal(16, solved.Report.Summary.UnderCoverageAgentHours, Tolerance);
    }

    [Fact]
    public void Convex_shortfall_sends_a_multi_skilled_agent_to_the_deeper_gap()
    {
        // Phone is three short, chat one: the third missing phone agent costs more than the first missing chat agent.
        var solved = new TinyRoster()
            .WithChannel(TinyRoster.Chat, ChatChannel)
            .WithAgent("A1", TinyRoster.Phone, TinyRoster.Chat)
            .WithDemand(0, 8, 16, 3, TinyRoster.Phone)
            .WithDemand(0, 8, 16, 1, TinyRoster.Chat)
            .Solve();

        var shift = Assert.Single(solved.ShiftsOf("A1"));
        for (var hour = 8; hour < 16; hour++)
        {
            var onShift = shift.Shift.Covers(solved.Interval(0, hour));
            Assert.Equal(onShift ? 1 : 0, solved.Coverage(TinyRoster.Phone, 0, hour).Scheduled);
            Assert.Equal(0, solved.Coverage(TinyRoster.Chat, 0, hour).Scheduled);
        }
    }

    [Fact]
    public void Deferred_work_from_a_busy_interval_is_done_later_within_its_window()
    {
        // 30 emails of 6 minutes arrive at 09:00 on Monday: three agent-hours of work, due within 4 h.
        var solved = new TinyRoster()
            .WithChannel(TinyRoster.Email, new DeferredModel(TimeSpan.FromHours(4), 0.9, 1.0))
            .WithAgent("A1", TinyRoster.Email)
            .WithForecast(0, 9, 30, 360, TinyRoster.Email)
            .Solve();

        var spike = solved.Coverage(TinyRoster.Email, 0, 9);
        Assert.True(spike.Scheduled <= 1 + Tolerance, "one agent cannot do three hours' work in the spike's hour");
        var laterHours = Enumerable.Range(10, 3).Count(hour => solved.Coverage(TinyRoster.Email, 0, hour).Scheduled >= 1 - Tolerance);
        Assert.True(laterHours >= 2, "the spike's work should be carried into the following hours");
        Assert.Equal(0, solved.Coverage(TinyRoster.Email, 0, 8).Scheduled);

        Assert.Equal(1, spike.ProjectedServiceLevel, Tolerance);
        Assert.All(solved.Report.Coverage.Where(c => c.ChannelId == TinyRoster.Email), row => Assert.Equal(1, row.ProjectedServiceLevel, Tolerance));
    }
}
