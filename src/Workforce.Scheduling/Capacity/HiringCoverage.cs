using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Capacity;

/// <summary>
/// The numbers of the hiring model's coverage rows in CP-SAT's integer units (thousandths of an FTE):
/// each hire's contribution rounded down, each requirement up and today's agents down, so a week the
/// model calls covered is covered in the exact projection too. The model and its cover cuts read the
/// same numbers, so a cut is valid for exactly the model it is added to.
/// </summary>
internal sealed class HiringCoverage
{
    /// <summary>Model units per FTE.</summary>
    public const long MilliFte = 1000;

    private readonly CapacityProblem _problem;

    public HiringCoverage(CapacityProblem problem)
    {
        _problem = problem;
        HireFte = [.. problem.HireProductiveFte.Select(f => (long)Math.Floor(f * MilliFte))];
        Need = new long[problem.Weeks][];
        Modelled = new bool[problem.Weeks][];
        for (var k = 0; k < problem.Weeks; k++)
        {
            Need[k] = new long[problem.Skills.Count];
            Modelled[k] = new bool[problem.Skills.Count];
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                Need[k][s] = Required(k, s) - Existing(k, s);
                Modelled[k][s] = problem.Limits.MaxOvertimeFraction > 0 || problem.CandidateStarts.Any(w => w <= k && HireFte[k - w] > 0);
            }
        }
    }

    /// <summary>[j]: productive thousandths of an FTE per hire j weeks after the class started, rounded down.</summary>
    public long[] HireFte { get; }

    /// <summary>[k][s]: requirement minus today's agents, in thousandths of an FTE (negative when today's agents exceed it).</summary>
    public long[][] Need { get; }

    /// <summary>[k][s]: whether anything the model decides (a class, overtime) changes the week; other weeks are a constant.</summary>
    public bool[][] Modelled { get; }

    public long Required(int week, int skill) => (long)Math.Ceiling(_problem.Requirements.RequiredFte[week][skill] * MilliFte);

    public long Existing(int week, int skill) => (long)Math.Floor(_problem.Existing.ProductiveFte[week][skill] * MilliFte);

    /// <summary>The candidate start weeks whose hires are productive in week k, with what each hire adds.</summary>
    public IEnumerable<(int Start, long Fte)> Contributions(int week) =>
        _problem.CandidateStarts.Where(w => w <= week && HireFte[week - w] > 0).Select(w => (w, HireFte[week - w]));
}
