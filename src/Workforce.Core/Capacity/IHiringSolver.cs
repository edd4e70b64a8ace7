namespace Workforce.Core.Capacity;

/// <summary>The hiring optimisation's port: an adapter (OR-Tools in Workforce.Scheduling) decides the class sizes.</summary>
public interface IHiringSolver
{
    HiringDecision Solve(CapacityProblem problem, TimeSpan timeLimit);
}

/// <summary>
/// The optimiser's answer: <see cref="ClassSizes"/>[week][skill] hires starting training that week
/// (0 = no class), the objective (currency units) and the best proven bound.
/// </summary>
public sealed record HiringDecision(int[][] ClassSizes, string Status, double Objective, double Bound, double Seconds)
{
    public int TotalHires => ClassSizes.Sum(w => w.Sum());

    public int Classes => ClassSizes.Sum(w => w.Count(n => n > 0));
}
