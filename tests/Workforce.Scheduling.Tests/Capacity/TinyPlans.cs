using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Tests.Capacity;

/// <summary>Every plan of a tiny hiring problem that meets the hard rules (class sizes, start weeks, classes in parallel).</summary>
internal static class TinyPlans
{
    public static IEnumerable<int[][]> All(CapacityProblem problem)
    {
        var slots = problem.CandidateStarts.SelectMany(w => Enumerable.Range(0, problem.Skills.Count).Select(s => (w, s))).ToList();
        int[] sizes = [0, .. Enumerable.Range(problem.Hiring.MinClassSize, problem.Hiring.MaxClassSize - problem.Hiring.MinClassSize + 1)];
        var plan = Enumerable.Range(0, problem.Weeks).Select(_ => new int[problem.Skills.Count]).ToArray();
        return Fill(problem, slots, sizes, plan, 0);
    }

    private static IEnumerable<int[][]> Fill(CapacityProblem problem, List<(int Week, int Skill)> slots, int[] sizes, int[][] plan, int next)
    {
        if (next == slots.Count)
        {
            yield return [.. plan.Select(w => w.ToArray())];
            yield break;
        }

        var (week, skill) = slots[next];
        foreach (var size in sizes)
        {
            // Classes only add to the count in training, so a plan over the limit stays over it: prune.
            plan[week][skill] = size;
            if (size > 0 && !WithinParallelLimit(problem, plan))
            {
                continue;
            }

            foreach (var full in Fill(problem, slots, sizes, plan, next + 1))
            {
                yield return full;
            }
        }

        plan[week][skill] = 0;
    }

    public static bool WithinParallelLimit(CapacityProblem problem, int[][] plan)
    {
        var training = Math.Max(problem.Training.TrainingWeeks, 1);
        return Enumerable.Range(0, problem.Weeks).All(k =>
            Enumerable.Range(Math.Max(k - training + 1, 0), Math.Min(training, k + 1)).Sum(w => plan[w].Count(n => n > 0)) <= problem.Hiring.MaxClassesInParallel);
    }
}
