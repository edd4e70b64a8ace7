using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Staffing.Queueing;

public class ErlangATests
{
    private static readonly QueueTarget EightyInTwenty = new() { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20 };

    public static TheoryData<double, int, double, double, double> Queues => new()
    {
        // traffic, agents, AHT s, patience s, T s
        { 10, 14, 180, 300, 20 },
        { 10, 9, 180, 120, 20 },      // understaffed: abandonment keeps it stable
        { 3.7, 4, 60, 30, 15 },       // impatient callers
        { 25, 27, 300, 3_000, 45 },   // patient callers
        { 5, 0, 180, 200, 20 },       // nobody to answer
        { 40, 44, 240, 600, 0 },      // T = 0: answered at once
        { 800, 700, 30, 300, 35 },    // N·T/AHT above 700: the negative binomial starts in logarithms
    };

    [Theory]
    [MemberData(nameof(Queues))]
    public void Every_metric_matches_a_brute_force_chain_solved_by_uniformisation(
        double traffic, int agents, double aht, double patience, double answerWithin)
    {
        var expected = BruteForce(traffic, agents, aht, patience, answerWithin);

        var metrics = ErlangA.Evaluate(traffic, agents, aht, patience, answerWithin);

        Assert.Equal(expected.ProbabilityOfWaiting, metrics.ProbabilityOfWaiting, 1e-10);
        Assert.Equal(expected.ProbabilityOfAbandoning, metrics.ProbabilityOfAbandoning, 1e-10);
        Assert.Equal(expected.AverageSpeedOfAnswerSeconds, metrics.AverageSpeedOfAnswerSeconds, 1e-7);
        Assert.Equal(expected.Occupancy, metrics.Occupancy, 1e-10);
        Assert.Equal(expected.ServiceLevel, metrics.ServiceLevel, 1e-10);
    }

    [Fact]
    public void Very_patient_callers_behave_as_in_Erlang_C()
    {
        foreach (var (traffic, agents) in new[] { (10.0, 14), (47.3, 55), (500.0, 520) })
        {
            var withAbandonment = ErlangA.Evaluate(traffic, agents, 180, 1e9, 20);
            var withoutAbandonment = ErlangC.Evaluate(traffic, agents, 180, 20);

            Assert.Equal(withoutAbandonment.ProbabilityOfWaiting, withAbandonment.ProbabilityOfWaiting, 1e-5);
            Assert.Equal(withoutAbandonment.ServiceLevel, withAbandonment.ServiceLevel, 1e-5);
            Assert.Equal(withoutAbandonment.AverageSpeedOfAnswerSeconds, withAbandonment.AverageSpeedOfAnswerSeconds, 1e-3);
            Assert.Equal(withoutAbandonment.Occupancy, withAbandonment.Occupancy, 1e-5);
            Assert.True(withAbandonment.ProbabilityOfAbandoning < 1e-5);
        }

        Assert.Equal(
            ErlangC.RequiredAgents(10, 180, EightyInTwenty).Agents,
            ErlangA.RequiredAgents(10, 180, 1e9, EightyInTwenty).Agents);
    }

    [Fact]
    public void Abandonment_lets_fewer_agents_meet_the_service_level_than_Erlang_C_needs()
    {
        var target = EightyInTwenty with { MaxOccupancy = 0.85, MaxAbandonFraction = 0.05 };

        var answer = ErlangA.RequiredAgents(10, 180, 180, target);

        Assert.Equal(13, answer.Agents);
        Assert.Equal(14, ErlangC.RequiredAgents(10, 180, target).Agents);
    }

    [Fact]
    public void Required_agents_meet_the_abandonment_target()
    {
        var target = new QueueTarget { MaxAbandonFraction = 0.02, AnswerWithinSeconds = 20 };

        var answer = ErlangA.RequiredAgents(10, 180, 300, target);

        Assert.True(answer.Metrics.ProbabilityOfAbandoning <= 0.02);
        Assert.True(ErlangA.Evaluate(10, answer.Agents - 1, 180, 300, 20).ProbabilityOfAbandoning > 0.02);
    }

    [Fact]
    public void Required_agents_are_the_first_staffing_level_that_evaluate_accepts()
    {
        // The search gallops and bisects; it must agree with a plain scan from one agent.
        var targets = new[]
        {
            EightyInTwenty,
            new QueueTarget { ServiceLevelFraction = 0.9, AnswerWithinSeconds = 30, MaxOccupancy = 0.85 },
            new QueueTarget { MaxAbandonFraction = 0.03, AnswerWithinSeconds = 20 },
            new QueueTarget { AsaTargetSeconds = 10, AnswerWithinSeconds = 20 },
            new QueueTarget { MaxOccupancy = 0.7 },
        };
        foreach (var target in targets)
        {
            foreach (var patience in new[] { 30.0, 180, 900 })
            {
                for (var traffic = 0.05; traffic < 150; traffic *= 1.8)
                {
                    var scan = 1;
                    while (!Meets(ErlangA.Evaluate(traffic, scan, 240, patience, target.AnswerWithinSeconds), target))
                    {
                        scan++;
                    }

                    Assert.Equal(scan, ErlangA.RequiredAgents(traffic, 240, patience, target).Agents);
                }
            }
        }
    }

    [Fact]
    public void Every_metric_improves_as_agents_are_added()
    {
        const double Rounding = 1e-12;
        foreach (var traffic in new[] { 2.0, 30, 400 })
        {
            var previous = ErlangA.Evaluate(traffic, 0, 200, 150, 20);
            for (var agents = 1; agents < (traffic * 1.5) + 20; agents++)
            {
                var metrics = ErlangA.Evaluate(traffic, agents, 200, 150, 20);
                // Probabilities are accurate to about 1e-15 absolute: a service level of 1e-30 may read as ±2e-16.
                Assert.True(metrics.ServiceLevel >= previous.ServiceLevel - Rounding, $"service level, {traffic} E, {agents} agents");
                Assert.True(metrics.ProbabilityOfAbandoning <= previous.ProbabilityOfAbandoning + Rounding, $"abandonment, {traffic} E, {agents} agents");
                Assert.True(metrics.AverageSpeedOfAnswerSeconds <= previous.AverageSpeedOfAnswerSeconds, $"ASA, {traffic} E, {agents} agents");
                Assert.True(agents == 1 || metrics.Occupancy <= previous.Occupancy + Rounding, $"occupancy, {traffic} E, {agents} agents");
                previous = metrics;
            }
        }
    }

    [Fact]
    public void With_no_agents_every_caller_abandons_after_their_patience()
    {
        var metrics = ErlangA.Evaluate(5, 0, 180, 200, 20);

        Assert.Equal(1, metrics.ProbabilityOfWaiting, 1e-12);
        Assert.Equal(1, metrics.ProbabilityOfAbandoning, 1e-12);
        Assert.Equal(0, metrics.ServiceLevel, 1e-12);
        Assert.Equal(200, metrics.AverageSpeedOfAnswerSeconds, 1e-9);
        Assert.Equal(0, metrics.Occupancy);
    }

    [Fact]
    public void A_badly_understaffed_queue_stays_finite()
    {
        // 2,000 Erlangs on 100 agents: nearly everyone abandons, agents are always busy.
        var metrics = ErlangA.Evaluate(2_000, 100, 180, 180, 20);

        ErlangCTests.AssertFinite(metrics);
        Assert.Equal(0.95, metrics.ProbabilityOfAbandoning, 1e-3);
        Assert.Equal(1, metrics.Occupancy, 1e-3);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(20_000)]
    public void Nothing_overflows_or_turns_NaN_at_the_ends_of_the_traffic_range(double traffic)
    {
        var target = EightyInTwenty with { MaxAbandonFraction = 0.05, MaxOccupancy = 0.95 };

        var answer = ErlangA.RequiredAgents(traffic, 300, 120, target);

        Assert.True(answer.Agents >= 1);
        Assert.True(double.IsFinite(answer.FractionalAgents));
        ErlangCTests.AssertFinite(answer.Metrics);
        ErlangCTests.AssertFinite(ErlangA.Evaluate(traffic, answer.Agents + 3_000, 300, 120, 20));
        ErlangCTests.AssertFinite(ErlangA.Evaluate(traffic, answer.Agents / 2, 300, 120, 20));
    }

    [Fact]
    public void A_two_thousand_Erlang_queue_is_staffed_to_its_binding_target()
    {
        // At this scale 80/20 is easy; keeping abandonment at 5 % is what binds (about 1,901 agents).
        var answer = ErlangA.RequiredAgents(2_000, 180, 180, EightyInTwenty with { MaxAbandonFraction = 0.05 });
        var below = ErlangA.Evaluate(2_000, answer.Agents - 1, 180, 180, 20);

        Assert.InRange(answer.Agents, 1_850, 2_000);
        Assert.True(answer.Metrics.ServiceLevel >= 0.8);
        Assert.True(answer.Metrics.ProbabilityOfAbandoning <= 0.05);
        Assert.True(below.ProbabilityOfAbandoning > 0.05);
    }

    [Fact]
    public void Fractional_agents_lie_above_one_fewer_agent_and_at_most_the_whole_answer()
    {
        var targets = new[]
        {
            EightyInTwenty,
            EightyInTwenty with { MaxOccupancy = 0.8, MaxAbandonFraction = 0.04 },
            new QueueTarget { AsaTargetSeconds = 20 },
            new QueueTarget { MaxOccupancy = 0.9 },
        };
        foreach (var target in targets)
        {
            for (var traffic = 0.05; traffic < 1_000; traffic *= 2.3)
            {
                var answer = ErlangA.RequiredAgents(traffic, 200, 240, target);

                Assert.True(answer.FractionalAgents > answer.Agents - 1, $"traffic {traffic}");
                Assert.True(answer.FractionalAgents <= answer.Agents, $"traffic {traffic}");
            }
        }
    }

    [Fact]
    public void Zero_traffic_needs_no_agents_and_is_fully_served()
    {
        var answer = ErlangA.RequiredAgents(0, 180, 120, EightyInTwenty);

        Assert.Equal(0, answer.Agents);
        Assert.Equal(new QueueMetrics(0, 2, 0, 1, 0, 0, 0), ErlangA.Evaluate(0, 2, 180, 120, 20));
    }

    private static bool Meets(QueueMetrics metrics, QueueTarget target) =>
        (target.ServiceLevelFraction is not { } sl || metrics.ServiceLevel >= sl)
        && (target.AsaTargetSeconds is not { } asa || metrics.AverageSpeedOfAnswerSeconds <= asa)
        && metrics.Occupancy <= target.MaxOccupancy
        && (target.MaxAbandonFraction is not { } abandon || metrics.ProbabilityOfAbandoning <= abandon);

    /// <summary>
    /// An independent, deliberately plain solution of M/M/N+M for small queues: the stationary distribution
    /// from unnormalised balance equations over a generously truncated state space, and the service level
    /// by uniformising the chain seen by an arriving caller (stages "k ahead", absorbed in served or
    /// abandoned), started from the distribution that arrivals see.
    /// </summary>
    private static QueueMetrics BruteForce(double traffic, int agents, double aht, double patience, double answerWithin)
    {
        const int queueStatesMax = 3_000;
        var lambda = traffic / aht;
        var mu = 1 / aht;
        var theta = 1 / patience;

        var pi = new double[agents + queueStatesMax + 1];
        pi[0] = 1;
        for (var k = 1; k < pi.Length; k++)
        {
            var death = (Math.Min(k, agents) * mu) + (Math.Max(0, k - agents) * theta);
            pi[k] = pi[k - 1] * lambda / death;
            if (pi[k] > 1e250)
            {
                for (var i = 0; i <= k; i++)
                {
                    pi[i] *= 1e-250;
                }
            }
        }

        var total = pi.Sum();
        for (var k = 0; k < pi.Length; k++)
        {
            pi[k] /= total;
        }

        // Keep the queue states that carry any mass; the uniformisation rate grows with their number.
        var queueStates = queueStatesMax;
        while (queueStates > 0 && pi[agents + queueStates] < 1e-22)
        {
            queueStates--;
        }

        var waiting = pi.Skip(agents).Sum();
        var queueLength = Enumerable.Range(0, queueStates + 1).Sum(j => j * pi[agents + j]);
        var abandon = theta * queueLength / lambda;

        // Caller's chain: stage j = callers ahead (0..queueStates), plus absorbing "served".
        var stage = new double[queueStates + 1];
        for (var j = 0; j <= queueStates; j++)
        {
            stage[j] = pi[agents + j];
        }

        var uniformRate = (agents * mu) + ((queueStates + 1) * theta);
        var x = uniformRate * answerWithin;
        var served = 0.0;
        var weightedServed = 0.0;
        var logPoisson = -x; // in logarithms: e^-x underflows when x is large
        var cumulative = 0.0;
        for (var step = 0; cumulative < 1 - 1e-15 && step < 100_000; step++)
        {
            if (step > 0)
            {
                logPoisson += Math.Log(x / step);
                var next = new double[stage.Length];
                for (var j = 0; j <= queueStates; j++)
                {
                    var advance = (agents * mu) + (j * theta);
                    var leave = advance + theta;
                    next[j] += stage[j] * (1 - (leave / uniformRate));
                    if (j == 0)
                    {
                        served += stage[0] * advance / uniformRate;
                    }
                    else
                    {
                        next[j - 1] += stage[j] * advance / uniformRate;
                    }
                }

                stage = next;
            }

            var poisson = Math.Exp(logPoisson);
            weightedServed += poisson * served;
            cumulative += poisson;
        }

        var serviceLevel = (1 - waiting) + weightedServed;
        var occupancy = agents == 0 ? 0 : lambda * (1 - abandon) / (agents * mu);
        return new QueueMetrics(traffic, agents, waiting, serviceLevel, queueLength / lambda, occupancy, abandon);
    }
}
