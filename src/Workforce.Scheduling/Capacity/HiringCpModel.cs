using Google.OrTools.Sat;
using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Capacity;

/// <summary>
/// The hiring model of <see cref="MipHiringSolver"/> in CP-SAT, which needs integers: FTE in
/// thousandths and money in cents (<see cref="HiringCoverage"/>). One method per rule family; the
/// cover cuts (<see cref="CoverCut"/>) are valid inequalities that tighten its LP relaxation.
/// </summary>
internal sealed class HiringCpModel
{
    /// <summary>Model units per currency unit.</summary>
    public const long Cents = 100;

    private readonly CapacityProblem _problem;
    private readonly HiringCoverage _coverage;
    private readonly LinearExprBuilder _objective = LinearExpr.NewBuilder();
    private readonly Dictionary<(int Week, int Skill), (IntVar Size, BoolVar Runs)> _classes = [];
    private readonly Dictionary<(int Week, int Skill), IntVar> _shortfalls = [];
    private readonly Dictionary<(int Week, int Skill), IntVar> _overtimes = [];
    private long _constant;

    public HiringCpModel(CapacityProblem problem)
    {
        _problem = problem;
        _coverage = new HiringCoverage(problem);
        AddClassSizes();
        AddCoverage();
        AddParallelClasses();
        // The constant (shortfall no decision changes) is part of the cost: CP-SAT's gap is then relative to the whole cost.
        Model.Minimize(_objective.Add(_constant));
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

    /// <summary>
    /// Adds cover cuts, each rebuilt on this model's integer numbers and scaled by
    /// <see cref="CutScale"/>, with every fractional coefficient rounded up (all variables are ≥ 0, so
    /// the rounded cut is implied by the exact one and stays valid).
    /// </summary>
    public void AddCoverCuts(IEnumerable<CoverCut> cuts)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        var output = new ClassOutput([.. _coverage.HireFte.Select(f => (double)f)], _problem.CandidateStarts, _problem.Training.TrainingWeeks);
        var needs = Enumerable.Range(0, _problem.Skills.Count).Select(s => _coverage.Need.Select(w => (double)w[s]).ToArray()).ToArray();
        var modelled = Enumerable.Range(0, _problem.Skills.Count).Select(s => _coverage.Modelled.Select(w => w[s]).ToArray()).ToArray();
        foreach (var cut in cuts)
        {
            if (cut.Row(output, needs[cut.Skill], modelled[cut.Skill]) is not { } row)
            {
                continue;
            }

            var s = cut.Skill;
            var terms = LinearExpr.NewBuilder();
            foreach (var (start, fte) in row.Sizes)
            {
                terms.AddTerm(_classes[(start, s)].Size, (long)fte * CutScale);
            }

            foreach (var (start, coefficient) in row.Runs)
            {
                terms.AddTerm(_classes[(start, s)].Runs, RoundedUp(coefficient));
            }

            terms.AddTerm(_shortfalls[(cut.Week, s)], CutScale);
            if (_overtimes.TryGetValue((cut.Week, s), out var overtime))
            {
                terms.AddTerm(overtime, CutScale);
            }

            foreach (var (week, alpha) in row.Earlier)
            {
                terms.AddTerm(_shortfalls[(week, s)], RoundedUp(alpha));
                if (_overtimes.TryGetValue((week, s), out var earlierOvertime))
                {
                    terms.AddTerm(earlierOvertime, RoundedUp(alpha));
                }
            }

            Model.Add(terms >= (long)row.Need * CutScale);
        }
    }

    /// <summary>Suggests a plan to the solver as its first solution.</summary>
    public void Hint(int[][] classSizes)
    {
        ArgumentNullException.ThrowIfNull(classSizes);
        foreach (var ((w, s), (size, runs)) in _classes)
        {
            Model.AddHint(size, classSizes[w][s]);
            Model.AddHint(runs, classSizes[w][s] > 0);
        }
    }

    /// <summary>A model objective value (cents) in currency units.</summary>
    public static double ToCurrency(double modelValue) => modelValue / Cents;

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
        const long milliFte = HiringCoverage.MilliFte;
        var costs = _problem.Costs;
        var limits = _problem.Limits;
        var shortPrice = Money((double)costs.ShortfallPenaltyPerFteWeek / milliFte);
        var surplusPrice = Money((double)costs.SurplusPenaltyPerFteWeek / milliFte);
        var overtimePrice = Money((double)limits.OvertimeCostPerFteWeek / milliFte);
        var ceiling = ((long)_problem.Hiring.MaxClassSize * _problem.CandidateStarts.Count * milliFte) + Scaled(_problem.Requirements.RequiredFte.Max(w => w.Max())) + Scaled(_problem.Existing.ProductiveFte.Max(w => w.Max()));
        for (var k = 0; k < _problem.Weeks; k++)
        {
            for (var s = 0; s < _problem.Skills.Count; s++)
            {
                var required = _coverage.Required(k, s);
                var existing = _coverage.Existing(k, s);
                if (!_coverage.Modelled[k][s])
                {
                    _constant += (Math.Max(required - existing, 0) * shortPrice) + (Math.Max(existing - required, 0) * surplusPrice)
                        + (limits.MaxUndertimeFraction is { } u ? Math.Max(existing - required - (long)(u * required), 0) * shortPrice : 0);
                    continue;
                }

                var hires = _coverage.Contributions(k).Select(c => (_classes[(c.Start, s)].Size, c.Fte)).ToList();
                var produced = LinearExpr.NewBuilder();
                foreach (var (size, fte) in hires)
                {
                    produced.AddTerm(size, fte);
                }

                var shortfall = Model.NewIntVar(0, Math.Max(required, 0), $"short_{k}_{s}");
                var surplus = Model.NewIntVar(0, ceiling, $"surplus_{k}_{s}");
                _shortfalls[(k, s)] = shortfall;
                _objective.AddTerm(shortfall, shortPrice);
                _objective.AddTerm(surplus, surplusPrice);
                var cover = LinearExpr.NewBuilder().Add(produced).Add(shortfall).AddTerm(surplus, -1);
                if (limits.MaxOvertimeFraction > 0)
                {
                    var overtime = Model.NewIntVar(0, ceiling, $"overtime_{k}_{s}");
                    _overtimes[(k, s)] = overtime;
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

    private static long Scaled(double fte) => (long)Math.Ceiling(fte * HiringCoverage.MilliFte);

    /// <summary>Cover cuts are multiplied by this before their fractional coefficients (β, α) are rounded up.</summary>
    private const long CutScale = 100;

    private static long RoundedUp(double coefficient) => (long)Math.Ceiling(coefficient * CutScale);

    private static long Money(double amount) => (long)Math.Round(amount * Cents);
}
