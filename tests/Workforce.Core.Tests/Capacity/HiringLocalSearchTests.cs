using Workforce.Core.Capacity;

namespace Workforce.Core.Tests.Capacity;

public class HiringLocalSearchTests
{
    /// <summary>Rising demand over 10 weeks with 4 agents today; classes of 1–3 from week 1, one class in training at a time.</summary>
    private static readonly CapacityProblem Rising = TinyCapacity.Problem(
        TinyCapacity.Requirements([.. Enumerable.Range(0, 10).Select(k => new[] { 4.0 + (0.4 * k) })]),
        [new AgentCohort("phone", 100, 1, 4)],
        hiring: TinyCapacity.Hiring(10, leadTime: 1, min: 1, max: 3, parallel: 1));

    [Fact]
    public void The_cost_kept_move_by_move_is_the_plan_priced_from_scratch()
    {
        var plan = new HiringPlanState(Rising, Empty(Rising));
        var random = new Random(7);
        for (var step = 0; step < 200; step++)
        {
            var week = Rising.CandidateStarts[random.Next(Rising.CandidateStarts.Count)];
            var moves = plan.Moves(week, 0).ToList();
            if (moves.Count > 0)
            {
                plan.Apply(0, moves[random.Next(moves.Count)]);
            }

            var exact = HiringObjective.Of(Rising, plan.Sizes());
            Assert.Equal(exact, plan.Cost, exact * 1e-9);
        }
    }

    [Fact]
    public void Every_move_keeps_the_class_sizes_the_start_weeks_and_the_parallel_limit()
    {
        var plan = new HiringPlanState(Rising, Empty(Rising));
        var random = new Random(3);
        for (var step = 0; step < 500; step++)
        {
            var week = random.Next(Rising.Weeks);
            var moves = plan.Moves(week, 0).ToList();
            if (moves.Count > 0)
            {
                plan.Apply(0, moves[random.Next(moves.Count)]);
            }

            var sizes = plan.Sizes();
            Assert.True(sizes[0][0] == 0, "week 0 is before the lead time");
            Assert.All(sizes, w => Assert.True(w[0] is 0 or (>= 1 and <= 3)));
            for (var k = 0; k < Rising.Weeks; k++)
            {
                var inTraining = Enumerable.Range(Math.Max(k - Rising.Training.TrainingWeeks + 1, 0), Math.Min(Rising.Training.TrainingWeeks, k + 1)).Count(w => sizes[w][0] > 0);
                Assert.True(inTraining <= 1, $"week {k}: {inTraining} classes in training");
            }
        }
    }

    [Fact]
    public void The_search_finds_the_cheapest_plan_of_a_tiny_problem()
    {
        var cheapest = AllPlans(Rising).Min(p => HiringObjective.Of(Rising, p));

        var found = HiringLocalSearch.Improve(Rising, Empty(Rising), evaluations: 20_000, seed: 1);

        Assert.Equal(cheapest, HiringObjective.Of(Rising, found), cheapest * 1e-9);
    }

    [Fact]
    public void The_search_never_returns_a_dearer_plan_than_its_start()
    {
        var start = HiringLocalSearch.FirstPlan(Rising, [(1, 0, 3), (4, 0, 2), (7, 0, 3)]);

        var found = HiringLocalSearch.Improve(Rising, start, evaluations: 0, seed: 1);
        var improved = HiringLocalSearch.Improve(Rising, start, evaluations: 500, seed: 1);

        Assert.Equal(start, found);
        Assert.True(HiringObjective.Of(Rising, improved) <= HiringObjective.Of(Rising, start));
    }

    [Fact]
    public void Without_a_week_a_class_may_start_the_search_returns_the_empty_plan()
    {
        var closed = TinyCapacity.Problem(TinyCapacity.Flat(6, 5), hiring: TinyCapacity.Hiring(6, leadTime: 6));

        var found = HiringLocalSearch.Improve(closed, Empty(closed), evaluations: 1_000, seed: 1);

        Assert.All(found, w => Assert.Equal(0, w[0]));
    }

    [Fact]
    public void The_first_plan_keeps_only_the_classes_the_rules_allow()
    {
        // Week 0 is before the lead time, week 2 overlaps week 1's class in training, sizes are clamped to 1–3.
        var plan = HiringLocalSearch.FirstPlan(Rising, [(0, 0, 2), (1, 0, 9), (2, 0, 2), (5, 0, 0)]);

        Assert.Equal(0, plan[0][0]);
        Assert.Equal(3, plan[1][0]);
        Assert.Equal(0, plan[2][0]);
        Assert.Equal(1, plan[5][0]);
    }

    private static int[][] Empty(CapacityProblem problem) => [.. Enumerable.Range(0, problem.Weeks).Select(_ => new int[problem.Skills.Count])];

    /// <summary>Every one-skill plan with at most one class in training at a time.</summary>
    private static IEnumerable<int[][]> AllPlans(CapacityProblem problem)
    {
        IEnumerable<int[]> From(int week)
        {
            if (week >= problem.Weeks)
            {
                yield return new int[problem.Weeks];
                yield break;
            }

            foreach (var rest in From(week + 1))
            {
                yield return rest;
            }

            if (problem.CandidateStarts.Contains(week))
            {
                for (var size = problem.Hiring.MinClassSize; size <= problem.Hiring.MaxClassSize; size++)
                {
                    foreach (var rest in From(week + problem.Training.TrainingWeeks))
                    {
                        var plan = rest.ToArray();
                        plan[week] = size;
                        yield return plan;
                    }
                }
            }
        }

        return From(0).Select(p => p.Select(n => new[] { n }).ToArray());
    }
}
