namespace Workforce.Core.Capacity;

/// <summary>Expected head-count in each stage and productive FTE, per week and skill ([week][skill]).</summary>
public sealed record ExpectedStaff(double[][] InTraining, double[][] InNesting, double[][] InProduction, double[][] ProductiveFte)
{
    public static ExpectedStaff Zero(int weeks, int skills) => new(Grid(weeks, skills), Grid(weeks, skills), Grid(weeks, skills), Grid(weeks, skills));

    /// <summary>The sum of two projections (today's agents plus the hires).</summary>
    public ExpectedStaff Plus(ExpectedStaff other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ExpectedStaff(Add(InTraining, other.InTraining), Add(InNesting, other.InNesting), Add(InProduction, other.InProduction), Add(ProductiveFte, other.ProductiveFte));
    }

    public double Headcount(int week, int skill) => InTraining[week][skill] + InNesting[week][skill] + InProduction[week][skill];

    internal static double[][] Grid(int weeks, int skills) => [.. Enumerable.Range(0, weeks).Select(_ => new double[skills])];

    private static double[][] Add(double[][] a, double[][] b) => [.. a.Select((row, k) => row.Select((v, s) => v + b[k][s]).ToArray())];
}
