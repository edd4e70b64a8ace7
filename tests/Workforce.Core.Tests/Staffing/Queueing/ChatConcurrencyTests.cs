using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Staffing.Queueing;

public class ChatConcurrencyTests
{
    private const double Growth = 0.25;
    private static readonly QueueTarget EightyInSixty = new() { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 60 };

    [Fact]
    public void Two_sessions_at_once_need_fewer_agents_than_one_but_more_than_half_as_many()
    {
        foreach (var traffic in new[] { 1.0, 4, 12.5, 40, 150, 900 })
        {
            var single = ChatConcurrency.RequiredAgents(traffic, 400, 1, Growth, EightyInSixty).Agents;
            var twin = ChatConcurrency.RequiredAgents(traffic, 400, 2, Growth, EightyInSixty).Agents;

            Assert.True(twin < single, $"traffic {traffic}: {twin} with two sessions, {single} with one");
            Assert.True(twin > single / 2.0, $"traffic {traffic}: {twin} with two sessions, {single} with one");
        }
    }

    [Fact]
    public void One_session_at_a_time_is_plain_Erlang_C()
    {
        var chat = ChatConcurrency.RequiredAgents(12.5, 400, 1, Growth, EightyInSixty);
        var voice = ErlangC.RequiredAgents(12.5, 400, EightyInSixty);

        Assert.Equal(voice, chat);
    }

    [Fact]
    public void Handle_time_growth_raises_the_requirement()
    {
        var free = ChatConcurrency.RequiredAgents(60, 400, 3, 0, EightyInSixty).Agents;
        var costly = ChatConcurrency.RequiredAgents(60, 400, 3, 0.4, EightyInSixty).Agents;

        Assert.True(costly > free);
    }

    [Fact]
    public void Sessions_are_staffed_as_pooled_slots_with_the_effective_handle_time()
    {
        // Three sessions at +25 % each beyond the first: 400 s alone becomes 600 s, 30 Erlangs becomes 45.
        var metrics = ChatConcurrency.Evaluate(30, 17, 400, 3, Growth, 60);
        var slots = ErlangC.Evaluate(45, 51, 600, 60);

        Assert.Equal(30, metrics.TrafficErlangs);
        Assert.Equal(17, metrics.Agents);
        Assert.Equal(45.0 / 51, metrics.Occupancy, 1e-12);
        Assert.Equal(slots.ServiceLevel, metrics.ServiceLevel, 1e-12);
        Assert.Equal(slots.AverageSpeedOfAnswerSeconds, metrics.AverageSpeedOfAnswerSeconds, 1e-12);
    }

    [Fact]
    public void Required_chat_agents_meet_the_target_and_one_fewer_does_not()
    {
        var target = EightyInSixty with { MaxOccupancy = 0.85 };
        foreach (var traffic in new[] { 0.4, 7, 33.3, 250 })
        {
            var answer = ChatConcurrency.RequiredAgents(traffic, 300, 3, 0.2, target);
            var below = ChatConcurrency.Evaluate(traffic, answer.Agents - 1, 300, 3, 0.2, 60);

            Assert.True(answer.Metrics.ServiceLevel >= 0.8);
            Assert.True(answer.Metrics.Occupancy <= 0.85);
            Assert.False(below.ServiceLevel >= 0.8 && below.Occupancy <= 0.85, $"traffic {traffic}");
            Assert.Equal(ChatConcurrency.Evaluate(traffic, answer.Agents, 300, 3, 0.2, 60), answer.Metrics);
        }
    }

    [Fact]
    public void Fractional_chat_agents_lie_above_one_fewer_agent_and_at_most_the_whole_answer()
    {
        for (var traffic = 0.1; traffic < 2_000; traffic *= 1.7)
        {
            foreach (var concurrency in new[] { 1, 2, 3, 5 })
            {
                var answer = ChatConcurrency.RequiredAgents(traffic, 300, concurrency, Growth, EightyInSixty);

                Assert.True(answer.FractionalAgents > answer.Agents - 1, $"traffic {traffic}, concurrency {concurrency}");
                Assert.True(answer.FractionalAgents <= answer.Agents, $"traffic {traffic}, concurrency {concurrency}");
            }
        }
    }

    [Fact]
    public void Zero_chat_traffic_needs_no_agents()
    {
        var answer = ChatConcurrency.RequiredAgents(0, 300, 2, Growth, EightyInSixty);

        Assert.Equal(0, answer.Agents);
        Assert.Equal(1, answer.Metrics.ServiceLevel);
        Assert.Equal(0, answer.Metrics.Occupancy);
    }
}
