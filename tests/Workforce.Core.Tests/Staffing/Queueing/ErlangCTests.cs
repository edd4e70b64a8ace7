using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Staffing.Queueing;

public class ErlangCTests
{
    private static readonly QueueTarget EightyInTwenty = new() { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20 };

    [Fact]
    public void Traffic_is_contacts_times_handle_time_over_the_period()
    {
        Assert.Equal(10.0, ErlangC.TrafficErlangs(100, 1800, 180), 12);
        Assert.Equal(20_000.0, ErlangC.TrafficErlangs(120_000, 1800, 300), 9);
    }

    [Fact]
    public void Required_agents_meet_the_service_level_target()
    {
        // 100 calls in 30 minutes, 180 s handle time, 80 % in 20 s.
        var answer = ErlangC.RequiredAgents(ErlangC.TrafficErlangs(100, 1800, 180), 180, EightyInTwenty);

        Assert.Equal(14, answer.Agents);
        Assert.Equal(0.8884, answer.Metrics.ServiceLevel, 1e-4);
        Assert.Equal(7.84, answer.Metrics.AverageSpeedOfAnswerSeconds, 0.005);
        Assert.True(answer.Metrics.ServiceLevel >= 0.8);
    }

    [Fact]
    public void One_agent_fewer_than_required_misses_the_target()
    {
        foreach (var traffic in new[] { 0.3, 2.5, 10, 47.3, 199.9 })
        {
            var answer = ErlangC.RequiredAgents(traffic, 240, EightyInTwenty);
            var below = answer.Agents - 1;

            Assert.True(below <= traffic || ErlangC.Evaluate(traffic, below, 240, 20).ServiceLevel < 0.8, $"traffic {traffic}");
        }
    }

    [Fact]
    public void Twenty_thousand_Erlangs_need_20022_agents_for_80_percent_in_20_seconds()
    {
        var traffic = ErlangC.TrafficErlangs(120_000, 1800, 300);

        var answer = ErlangC.RequiredAgents(traffic, 300, EightyInTwenty);

        Assert.Equal(20_022, answer.Agents);
        Assert.Equal(0.8111, answer.Metrics.ServiceLevel, 1e-4);
        Assert.Equal(0.9989, answer.Metrics.Occupancy, 0.5e-4);
    }

    [Fact]
    public void The_occupancy_cap_binds_at_twenty_thousand_Erlangs()
    {
        var traffic = ErlangC.TrafficErlangs(120_000, 1800, 300);

        var answer = ErlangC.RequiredAgents(traffic, 300, EightyInTwenty with { MaxOccupancy = 0.85 });

        Assert.Equal(23_530, answer.Agents);
        Assert.True(answer.Metrics.Occupancy <= 0.85);
        Assert.Equal(traffic / 0.85, answer.FractionalAgents, 1e-9);
    }

    [Fact]
    public void The_occupancy_cap_binds_when_the_service_level_target_alone_would_allow_more_occupancy()
    {
        // EC07: 80 % in 19.8 s needs 14 agents (occupancy 0.714); a 70 % cap needs 15.
        var traffic = ErlangC.TrafficErlangs(100, 1800, 180);
        var serviceLevelOnly = new QueueTarget { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 19.8 };

        var uncapped = ErlangC.RequiredAgents(traffic, 180, serviceLevelOnly);
        var capped = ErlangC.RequiredAgents(traffic, 180, serviceLevelOnly with { MaxOccupancy = 0.7 });

        Assert.Equal(14, uncapped.Agents);
        Assert.Equal(15, capped.Agents);
        Assert.Equal(10 / 0.7, capped.FractionalAgents, 1e-9);
    }

    [Fact]
    public void Required_agents_meet_an_ASA_target()
    {
        var traffic = ErlangC.TrafficErlangs(200, 3600, 180);

        var answer = ErlangC.RequiredAgents(traffic, 180, new QueueTarget { AsaTargetSeconds = 120 });

        Assert.Equal(12, answer.Agents);
        Assert.True(answer.Metrics.AverageSpeedOfAnswerSeconds <= 120);
        Assert.True(ErlangC.Evaluate(traffic, 11, 180, 0).AverageSpeedOfAnswerSeconds > 120);
    }

    [Fact]
    public void Required_agents_meet_every_target_at_once()
    {
        var target = new QueueTarget { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20, AsaTargetSeconds = 5, MaxOccupancy = 0.9 };

        var answer = ErlangC.RequiredAgents(10, 180, target);

        Assert.Equal(15, answer.Agents); // 14 meets 80/20 but has an ASA of 7.8 s; 15 has 3.7 s.
        Assert.True(answer.Metrics.AverageSpeedOfAnswerSeconds <= 5);
    }

    [Fact]
    public void Required_agents_are_the_first_staffing_level_that_evaluate_accepts()
    {
        // The search screens candidates cheaply and checks exactly; it must agree with a plain scan.
        var targets = new[]
        {
            EightyInTwenty,
            new QueueTarget { ServiceLevelFraction = 0.95, AnswerWithinSeconds = 10 },
            new QueueTarget { ServiceLevelFraction = 0.5, AnswerWithinSeconds = 0 },
            new QueueTarget { ServiceLevelFraction = 0.9, AnswerWithinSeconds = 60, MaxOccupancy = 0.85 },
            new QueueTarget { AsaTargetSeconds = 15, AnswerWithinSeconds = 20 },
            new QueueTarget { MaxOccupancy = 0.8 },
        };
        foreach (var target in targets)
        {
            for (var traffic = 0.01; traffic < 400; traffic *= 1.37)
            {
                var scan = (int)Math.Floor(traffic) + 1;
                while (!Meets(ErlangC.Evaluate(traffic, scan, 300, target.AnswerWithinSeconds), target))
                {
                    scan++;
                }

                var answer = ErlangC.RequiredAgents(traffic, 300, target);
                Assert.Equal(scan, answer.Agents);
                Assert.Equal(ErlangC.Evaluate(traffic, scan, 300, target.AnswerWithinSeconds), answer.Metrics);
            }
        }
    }

    [Fact]
    public void Service_level_rises_with_every_extra_agent()
    {
        foreach (var traffic in new[] { 0.5, 10, 150, 2_000 })
        {
            var previous = 0.0;
            for (var agents = (int)traffic + 1; agents < traffic + 100; agents++)
            {
                var serviceLevel = ErlangC.Evaluate(traffic, agents, 180, 20).ServiceLevel;
                Assert.True(serviceLevel >= previous, $"traffic {traffic}, agents {agents}");
                previous = serviceLevel;
            }

            Assert.True(previous > 0.999);
        }
    }

    [Fact]
    public void Probability_of_waiting_agrees_with_the_factorial_formula_for_small_queues()
    {
        // Textbook form, fine in doubles for small N: C = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)).
        foreach (var traffic in new[] { 0.2, 1.5, 7.3, 19.9 })
        {
            for (var agents = (int)traffic + 1; agents <= 30; agents++)
            {
                double sum = 0, term = 1;
                for (var k = 0; k < agents; k++)
                {
                    sum += term;
                    term *= traffic / (k + 1);
                }

                var top = term * agents / (agents - traffic);
                Assert.Equal(top / (sum + top), ErlangC.ProbabilityOfWaiting(traffic, agents), 1e-12);
            }
        }
    }

    [Fact]
    public void Probability_of_waiting_follows_from_Erlang_B()
    {
        foreach (var (traffic, agents) in new[] { (10.0, 11), (47.3, 60), (1_000.0, 1_050) })
        {
            var blocking = ErlangB.BlockingProbability(traffic, agents);
            var expected = agents * blocking / (agents - (traffic * (1 - blocking)));

            Assert.Equal(expected, ErlangC.ProbabilityOfWaiting(traffic, agents), 1e-12);
        }
    }

    [Fact]
    public void An_unstable_queue_waits_forever()
    {
        var metrics = ErlangC.Evaluate(10, 10, 180, 20);

        Assert.Equal(1, ErlangC.ProbabilityOfWaiting(10, 10));
        Assert.Equal(1, metrics.ProbabilityOfWaiting);
        Assert.Equal(0, metrics.ServiceLevel);
        Assert.Equal(double.PositiveInfinity, metrics.AverageSpeedOfAnswerSeconds);
        Assert.Equal(1, metrics.Occupancy);
    }

    [Fact]
    public void Required_agents_exceed_the_traffic_even_without_a_service_target()
    {
        var answer = ErlangC.RequiredAgents(10, 180, new QueueTarget());

        Assert.Equal(11, answer.Agents);
        Assert.InRange(answer.FractionalAgents, 10, 11);
        Assert.True(answer.FractionalAgents > 10);
    }

    [Fact]
    public void Zero_traffic_needs_no_agents_and_is_fully_served()
    {
        var answer = ErlangC.RequiredAgents(0, 180, EightyInTwenty);
        var metrics = ErlangC.Evaluate(0, 3, 180, 20);

        Assert.Equal(0, answer.Agents);
        Assert.Equal(0, answer.FractionalAgents);
        Assert.Equal(new QueueMetrics(0, 0, 0, 1, 0, 0, 0), answer.Metrics);
        Assert.Equal(new QueueMetrics(0, 3, 0, 1, 0, 0, 0), metrics);
        Assert.Equal(0, ErlangC.ProbabilityOfWaiting(0, 0));
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(20_000)]
    public void Nothing_overflows_or_turns_NaN_at_the_ends_of_the_traffic_range(double traffic)
    {
        var target = new QueueTarget { ServiceLevelFraction = 0.99, AnswerWithinSeconds = 5, AsaTargetSeconds = 2, MaxOccupancy = 0.95 };

        var answer = ErlangC.RequiredAgents(traffic, 300, target);
        var far = ErlangC.Evaluate(traffic, answer.Agents + 5_000, 300, 5);

        Assert.True(answer.Agents > traffic);
        Assert.True(double.IsFinite(answer.FractionalAgents));
        AssertFinite(answer.Metrics);
        AssertFinite(far);
        Assert.Equal(1, far.ServiceLevel, 1e-12);
        Assert.True(ErlangC.ProbabilityOfWaiting(traffic, answer.Agents) is >= 0 and <= 1);
    }

    [Fact]
    public void Fractional_agents_lie_above_one_fewer_agent_and_at_most_the_whole_answer()
    {
        var targets = new[]
        {
            EightyInTwenty,
            new QueueTarget { ServiceLevelFraction = 0.9, AnswerWithinSeconds = 30, MaxOccupancy = 0.85 },
            new QueueTarget { AsaTargetSeconds = 30 },
            new QueueTarget { AsaTargetSeconds = 1_000 },
            new QueueTarget { MaxOccupancy = 1 },
        };
        foreach (var target in targets)
        {
            for (var traffic = 0.05; traffic < 3_000; traffic *= 1.9)
            {
                var answer = ErlangC.RequiredAgents(traffic, 200, target);

                Assert.True(answer.FractionalAgents > answer.Agents - 1, $"traffic {traffic}");
                Assert.True(answer.FractionalAgents <= answer.Agents, $"traffic {traffic}");
            }
        }
    }

    [Fact]
    public void Fractional_agents_interpolate_the_service_level_between_neighbouring_staffing_levels()
    {
        var at13 = ErlangC.Evaluate(10, 13, 180, 20).ServiceLevel;
        var at14 = ErlangC.Evaluate(10, 14, 180, 20).ServiceLevel;

        var answer = ErlangC.RequiredAgents(10, 180, EightyInTwenty);

        Assert.Equal(13 + ((0.8 - at13) / (at14 - at13)), answer.FractionalAgents, 1e-12);
    }

    private static bool Meets(QueueMetrics metrics, QueueTarget target) =>
        (target.ServiceLevelFraction is not { } sl || metrics.ServiceLevel >= sl)
        && (target.AsaTargetSeconds is not { } asa || metrics.AverageSpeedOfAnswerSeconds <= asa)
        && metrics.Occupancy <= target.MaxOccupancy;

    internal static void AssertFinite(QueueMetrics metrics)
    {
        Assert.True(double.IsFinite(metrics.ProbabilityOfWaiting), "probability of waiting");
        Assert.True(double.IsFinite(metrics.ServiceLevel), "service level");
        Assert.True(double.IsFinite(metrics.AverageSpeedOfAnswerSeconds), "ASA");
        Assert.True(double.IsFinite(metrics.Occupancy), "occupancy");
        Assert.True(double.IsFinite(metrics.ProbabilityOfAbandoning), "abandonment");
        Assert.InRange(metrics.ServiceLevel, 0, 1);
        Assert.InRange(metrics.ProbabilityOfWaiting, 0, 1);
    }
}
