using Google.OrTools.Sat;
using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Capacity;

/// <summary>
/// The hiring model of <see cref="MipHiringSolver"/> in CP-SAT, which needs integers: FTE in
/// thousandths and money in cents. Each hire's weekly contribution is rounded down and each
/// requirement up, so a week the model calls covered is covered in the exact projection too.
/// One method per rule family.
/// </summary>
internal sealed class HiringCpModel
{
    /// <summary>Model units per FTE.</summary>
    public const long MilliFte = 1000;

    /// <summary>Model units per currency unit.</summary>
    public const long Cents = 100;

    private readonly CapacityProblem _problem;
    private readonly LinearExprBuilder _objective = LinearExpr.NewBuilder();
    private readonly Dictionary<(int Week, int Skill), (IntVar Size, BoolVar Runs)> _classes = [];
    private long _constant;

    public HiringCpModel(CapacityProblem problem)
    {
        _problem = problem;
        AddClassSizes();
        AddCoverage();
        AddParallelClasses();
        Model.Minimize(_objective);
    }

    public CpModel Model { get; } = new();

    public int[][] Read(CpSolver solver)
    {
        var sizes = Enumerable.Range(0, _problem.Weeks).Select(_ => new int[_problem.Skills.Count]).ToArray();
        foreach (var ((w, s), (size, _)) in _classes)
        {
            sizes[w][s] = (int)solver.Value(size);
        }

        return sizes;
    }

    /// <summary>A model objective value (cents, without the constant) in currency units with the constant.</summary>
    public double ToCurrency(double modelValue) => (modelValue + _constant) / Cents;

    /// <summary>n = 0, or min ≤ n ≤ max with the class running (y); recruitment and expected wages per hire, a trainer per class.</summary>
    private void AddClassSizes()
    {
        var hiring = _problem.Hiring;
        foreach (var w in _problem.CandidateStarts)
        {
            var perHire = Money((double)_problem.Costs.RecruitmentPerHire + _problem.ExpectedWagesPerHire(w));
            for (var s = 0; s < _problem.Skills.Count; s++)
            {
                var size = Model.NewIntVar(0, hiring.MaxClassSize, $"n_{w}_{s}");
                var runs = Model.NewBoolVar($"y_{w}_{s}");
                Model.Add(size >= hiring.MinClassSize).OnlyEnforceIf(runs);
                Model.Add(size == 0).OnlyEnforceIf(runs.Not());
                _objective.AddTerm(size, perHire);
                _objective.AddTerm(runs, Money((double)_problem.Costs.TrainerPerClass));
                _classes[(w, s)] = (size, runs);
            }
        }
    }

    /// <summary>
    /// hires + overtime + short − surplus = need, per week and skill; overtime ≤ its share of productive
    /// FTE; surplus beyond the undertime limit priced as shortfall. Weeks no class reaches are a constant.
    /// </summary>
    private void AddCoverage()
    {
        var costs = _problem.Costs;
        var limits = _problem.Limits;
        var shortPrice = Money((double)costs.ShortfallPenaltyPerFteWeek / MilliFte);
        var surplusPrice = Money((double)costs.SurplusPenaltyPerFteWeek / MilliFte);
        var overtimePrice = Money((double)limits.OvertimeCostPerFteWeek / MilliFte);
        var ceiling = ((long)_problem.Hiring.MaxClassSize * _problem.CandidateStarts.Count * MilliFte) + Scaled(_problem.Requirements.RequiredFte.Max(w => w.Max())) + Scaled(_problem.Existing.ProductiveFte.Max(w => w.Max()));
        for (var k = 0; k < _problem.Weeks; k++)
        {
            for (var s = 0; s < _problem.Skills.Count; s++)
            {
                var required = Scaled(_problem.Requirements.RequiredFte[k][s]);
                var existing = (long)Math.Floor(_problem.Existing.ProductiveFte[k][s] * MilliFte);
                var hires = Contributions(k, s);
                if (hires.Count == 0 && limits.MaxOvertimeFraction == 0)
                {
                    _constant += (Math.Max(required - existing, 0) * shortPrice) + (Math.Max(existing - required, 0) * surplusPrice)
                        + (limits.MaxUndertimeFraction is { } u ? Math.Max(existing - required - (long)(u * required), 0) * shortPrice : 0);
                    continue;
                }

                var produced = LinearExpr.NewBuilder();
                foreach (var (size, fte) in hires)
                {
                    produced.AddTerm(size, fte);
                }

                var shortfall = Model.NewIntVar(0, Math.Max(required, 0), $"short_{k}_{s}");
                var surplus = Model.NewIntVar(0, ceiling, $"surplus_{k}_{s}");
                _objective.AddTerm(shortfall, shortPrice);
                _objective.AddTerm(surplus, surplusPrice);
                var cover = LinearExpr.NewBuilder().Add(produced).Add(shortfall).AddTerm(surplus, -1);
                if (limits.MaxOvertimeFraction > 0)
                {
                    var overtime = Model.NewIntVar(0, ceiling, $"overtime_{k}_{s}");
                    _objective.AddTerm(overtime, overtimePrice);
                    cover.Add(overtime);

                    // overtime ≤ fraction × productive, in thousandths of a percent to stay integral.
                    var scale = 100_000L;
                    var fraction = (long)Math.Floor(limits.MaxOvertimeFraction * scale);
                    var productive = LinearExpr.NewBuilder().Add(existing * fraction);
                    foreach (var (size, fte) in hires)
                    {
                        productive.AddTerm(size, fte * fraction);
                    }

                    Model.Add(LinearExpr.Term(overtime, scale) <= productive);
                }

                Model.Add(cover == required - existing);
                if (limits.MaxUndertimeFraction is { } undertime)
                {
                    var excess = Model.NewIntVar(0, ceiling, $"excess_{k}_{s}");
                    _objective.AddTerm(excess, shortPrice);
                    Model.Add(excess >= surplus - (long)Math.Floor(undertime * required));
                }
            }
        }
    }

    /// <summary>For every week, the classes in training are at most the limit.</summary>
    private void AddParallelClasses()
    {
        var trainingWeeks = Math.Max(_problem.Training.TrainingWeeks, 1);
        for (var k = 0; k < _problem.Weeks; k++)
        {
            var inTraining = _classes.Where(r => r.Key.Week <= k && r.Key.Week > k - trainingWeeks).Select(r => (LinearExpr)r.Value.Runs).ToList();
            if (inTraining.Count > _problem.Hiring.MaxClassesInParallel)
            {
                Model.Add(LinearExpr.Sum(inTraining) <= _problem.Hiring.MaxClassesInParallel);
            }
        }
    }

    /// <summary>The classes adding productive FTE in week k for skill s, each hire's share rounded down to thousandths.</summary>
    private List<(IntVar Size, long Fte)> Contributions(int k, int s) =>
        [.. _problem.CandidateStarts
            .Where(w => w <= k)
            .Select(w => (_classes[(w, s)].Size, (long)Math.Floor(_problem.HireProductiveFte[k - w] * MilliFte)))
            .Where(c => c.Item2 > 0)];

    private static long Scaled(double fte) => (long)Math.Ceiling(fte * MilliFte);

    private static long Money(double amount) => (long)Math.Round(amount * Cents);
}
