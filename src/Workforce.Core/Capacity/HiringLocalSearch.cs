using MathNet.Numerics.Random;

namespace Workforce.Core.Capacity;

/// <summary>
/// A quick good plan to start the optimiser from: local search on class sizes and start weeks, each
/// plan priced exactly (<see cref="HiringObjective"/>). Moves: open a class (minimum, middle or maximum
/// size), close one, resize it by one or two hires, or move it one or two weeks either way, always
/// within the class sizes, the allowed start weeks and the parallel-class limit. It descends to a plan
/// no single move improves, then restarts from the best plan after a few random moves. It stops after
/// a number of plans priced, not a time, so the same inputs and seed give the same plan on any machine.
/// </summary>
public static class HiringLocalSearch
{
    /// <summary>Random moves made from the best plan before each new descent.</summary>
    private const int Kicks = 3;

    /// <summary>Returns a plan no dearer than <paramref name="start"/> (which must meet the hiring rules).</summary>
    public static int[][] Improve(CapacityProblem problem, int[][] start, int evaluations, int seed)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfNegative(evaluations);
        var plan = new HiringPlanState(problem, start);
        var best = plan.Copy();
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var budget = new Budget(evaluations);
        while (!budget.Spent)
        {
            var before = budget.Left;
            Descend(plan, budget);
            if (budget.Left == before)
            {
                // No class slot has a move (no start week at all): nothing to search.
                break;
            }

            if (plan.Cost < best.Cost - 1e-6)
            {
                best = plan.Copy();
            }

            plan = best.Copy();
            for (var kick = 0; kick < Kicks; kick++)
            {
                Kick(plan, random);
            }
        }

        return best.Sizes();
    }

    /// <summary>
    /// A plan built from classes in order of priority (an LP relaxation's most certain first): each is
    /// kept if it starts in an allowed week, its slot is free and the parallel-class limit allows it; its
    /// size is brought within the class sizes.
    /// </summary>
    public static int[][] FirstPlan(CapacityProblem problem, IEnumerable<(int Week, int Skill, int Size)> classesByPriority)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(classesByPriority);
        var plan = new HiringPlanState(problem, [.. Enumerable.Range(0, problem.Weeks).Select(_ => new int[problem.Skills.Count])]);
        foreach (var (week, skill, size) in classesByPriority)
        {
            var open = plan.Moves(week, skill).FirstOrDefault(m => m is [(_, > 0)]);
            if (open is not null)
            {
                plan.Apply(skill, [(week, Math.Clamp(size, problem.Hiring.MinClassSize, problem.Hiring.MaxClassSize))]);
            }
        }

        return plan.Sizes();
    }

    /// <summary>First-improvement descent over every move of every class slot, until a sweep finds none.</summary>
    private static void Descend(HiringPlanState plan, Budget budget)
    {
        var improved = true;
        while (improved && !budget.Spent)
        {
            improved = false;
            foreach (var week in plan.Starts)
            {
                for (var skill = 0; skill < plan.Skills && !budget.Spent; skill++)
                {
                    foreach (var move in plan.Moves(week, skill))
                    {
                        budget.Use();
                        if (plan.Delta(skill, move) < -1e-6)
                        {
                            plan.Apply(skill, move);
                            improved = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    /// <summary>One random move of a random class slot, of the same kinds as the descent's.</summary>
    private static void Kick(HiringPlanState plan, Xoshiro256StarStar random)
    {
        var week = plan.Starts[random.Next(plan.Starts.Count)];
        var skill = random.Next(plan.Skills);
        var moves = plan.Moves(week, skill).ToList();
        if (moves.Count > 0)
        {
            plan.Apply(skill, moves[random.Next(moves.Count)]);
        }
    }

    private sealed class Budget(int evaluations)
    {
        public int Left { get; private set; } = evaluations;

        public bool Spent => Left <= 0;

        public void Use() => Left--;
    }
}
