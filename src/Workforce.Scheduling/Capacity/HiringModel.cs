using Google.OrTools.LinearSolver;
using Workforce.Core.Capacity;

namespace Workforce.Scheduling.Capacity;

/// <summary>The variables and rule families of the hiring MIP, one method per rule (see <see cref="MipHiringSolver"/>).</summary>
internal sealed class HiringModel(CapacityProblem problem, Solver solver)
{
    public Dictionary<(int Week, int Skill), Variable> Sizes { get; } = [];

    public Dictionary<(int Week, int Skill), Variable> Runs { get; } = [];

    /// <summary>Shortfall per week and skill, for the weeks a decision can change.</summary>
    public Dictionary<(int Week, int Skill), Variable> Shortfalls { get; } = [];

    /// <summary>Overtime per week and skill, when overtime is allowed.</summary>
    public Dictionary<(int Week, int Skill), Variable> Overtimes { get; } = [];

    /// <summary>Cost that no decision changes (shortfall before any class can help), kept out of the solver's objective and added back.</summary>
    public double ConstantCost { get; private set; }

    private Objective Objective => solver.Objective();

    /// <summary>n[w,s] = 0 or within [min, max]: a class runs (y = 1) or not, and a run class costs a trainer.</summary>
    public void AddClassSizes()
    {
        var hiring = problem.Hiring;
        foreach (var w in problem.CandidateStarts)
        {
            var perHire = (double)problem.Costs.RecruitmentPerHire + problem.ExpectedWagesPerHire(w);
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                var size = solver.MakeIntVar(0, hiring.MaxClassSize, $"n_{w}_{s}");
                var runs = solver.MakeBoolVar($"y_{w}_{s}");
                var atLeast = solver.MakeConstraint(0, double.PositiveInfinity, $"min_{w}_{s}");
                atLeast.SetCoefficient(size, 1);
                atLeast.SetCoefficient(runs, -hiring.MinClassSize);
                var atMost = solver.MakeConstraint(double.NegativeInfinity, 0, $"max_{w}_{s}");
                atMost.SetCoefficient(size, 1);
                atMost.SetCoefficient(runs, -hiring.MaxClassSize);
                Objective.SetCoefficient(size, perHire);
                Objective.SetCoefficient(runs, (double)problem.Costs.TrainerPerClass);
                Sizes[(w, s)] = size;
                Runs[(w, s)] = runs;
            }
        }
    }

    /// <summary>Shortfall, overtime, surplus and excess undertime per week and skill, each priced in the objective.</summary>
    public void AddCoverage()
    {
        var costs = problem.Costs;
        var limits = problem.Limits;
        for (var k = 0; k < problem.Weeks; k++)
        {
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                var required = problem.Requirements.RequiredFte[k][s];
                var existing = problem.Existing.ProductiveFte[k][s];
                var hires = Contributions(k, s).ToList();
                if (hires.Count == 0 && limits.MaxOvertimeFraction == 0)
                {
                    // Nothing here can change: price it as a constant.
                    ConstantCost += (Math.Max(required - existing, 0) * (double)costs.ShortfallPenaltyPerFteWeek)
                        + (Math.Max(existing - required, 0) * (double)costs.SurplusPenaltyPerFteWeek)
                        + (limits.MaxUndertimeFraction is { } u ? Math.Max(existing - required - (u * required), 0) * (double)costs.ShortfallPenaltyPerFteWeek : 0);
                    continue;
                }

                // short + hires + overtime ≥ required − existing
                var shortfall = solver.MakeNumVar(0, double.PositiveInfinity, $"short_{k}_{s}");
                Objective.SetCoefficient(shortfall, (double)costs.ShortfallPenaltyPerFteWeek);
                Shortfalls[(k, s)] = shortfall;
                var cover = solver.MakeConstraint(required - existing, double.PositiveInfinity, $"cover_{k}_{s}");
                cover.SetCoefficient(shortfall, 1);
                foreach (var (size, c) in hires)
                {
                    cover.SetCoefficient(size, c);
                }

                if (limits.MaxOvertimeFraction > 0)
                {
                    AddOvertime(k, s, cover, existing, hires);
                }

                // surplus − hires ≥ existing − required
                var surplus = solver.MakeNumVar(0, double.PositiveInfinity, $"surplus_{k}_{s}");
                Objective.SetCoefficient(surplus, (double)costs.SurplusPenaltyPerFteWeek);
                var over = solver.MakeConstraint(existing - required, double.PositiveInfinity, $"over_{k}_{s}");
                over.SetCoefficient(surplus, 1);
                foreach (var (size, c) in hires)
                {
                    over.SetCoefficient(size, -c);
                }

                if (limits.MaxUndertimeFraction is { } undertime)
                {
                    // excess − surplus ≥ −undertime × required
                    var excess = solver.MakeNumVar(0, double.PositiveInfinity, $"excess_{k}_{s}");
                    Objective.SetCoefficient(excess, (double)costs.ShortfallPenaltyPerFteWeek);
                    var idle = solver.MakeConstraint(-undertime * required, double.PositiveInfinity, $"idle_{k}_{s}");
                    idle.SetCoefficient(excess, 1);
                    idle.SetCoefficient(surplus, -1);
                }
            }
        }
    }

    /// <summary>For every week, the classes in training (started in the last training-length weeks) are at most the limit.</summary>
    public void AddParallelClasses()
    {
        var trainingWeeks = Math.Max(problem.Training.TrainingWeeks, 1);
        for (var k = 0; k < problem.Weeks; k++)
        {
            var inTraining = Runs.Where(r => r.Key.Week <= k && r.Key.Week > k - trainingWeeks).ToList();
            if (inTraining.Count <= problem.Hiring.MaxClassesInParallel)
            {
                continue;
            }

            var limit = solver.MakeConstraint(0, problem.Hiring.MaxClassesInParallel, $"parallel_{k}");
            foreach (var (_, runs) in inTraining)
            {
                limit.SetCoefficient(runs, 1);
            }
        }
    }

    /// <summary>Adds a cover cut (<see cref="CoverCut"/>) of <paramref name="skill"/> whose row was built on this model's numbers.</summary>
    public void AddCoverCut(int skill, int week, CoverCutRow row)
    {
        var cut = solver.MakeConstraint(row.Need, double.PositiveInfinity, $"cover_cut_{week}_{skill}_{solver.NumConstraints()}");
        foreach (var (start, fte) in row.Sizes)
        {
            cut.SetCoefficient(Sizes[(start, skill)], fte);
        }

        foreach (var (start, coefficient) in row.Runs)
        {
            cut.SetCoefficient(Runs[(start, skill)], coefficient);
        }

        cut.SetCoefficient(Shortfalls[(week, skill)], 1);
        if (Overtimes.TryGetValue((week, skill), out var overtime))
        {
            cut.SetCoefficient(overtime, 1);
        }

        foreach (var (earlier, alpha) in row.Earlier)
        {
            cut.SetCoefficient(Shortfalls[(earlier, skill)], cut.GetCoefficient(Shortfalls[(earlier, skill)]) + alpha);
            if (Overtimes.TryGetValue((earlier, skill), out var earlierOvertime))
            {
                cut.SetCoefficient(earlierOvertime, cut.GetCoefficient(earlierOvertime) + alpha);
            }
        }
    }

    /// <summary>overtime ≤ max fraction × (existing + hires), and it counts towards cover.</summary>
    private void AddOvertime(int k, int s, Constraint cover, double existing, List<(Variable Size, double Fte)> hires)
    {
        var fraction = problem.Limits.MaxOvertimeFraction;
        var overtime = solver.MakeNumVar(0, double.PositiveInfinity, $"overtime_{k}_{s}");
        Objective.SetCoefficient(overtime, (double)problem.Limits.OvertimeCostPerFteWeek);
        Overtimes[(k, s)] = overtime;
        cover.SetCoefficient(overtime, 1);
        var cap = solver.MakeConstraint(-fraction * existing, double.PositiveInfinity, $"overtime_cap_{k}_{s}");
        cap.SetCoefficient(overtime, -1);
        foreach (var (size, c) in hires)
        {
            cap.SetCoefficient(size, fraction * c);
        }
    }

    /// <summary>The classes that add productive FTE in week k for skill s, with what each hire adds.</summary>
    private IEnumerable<(Variable Size, double Fte)> Contributions(int k, int s)
    {
        foreach (var w in problem.CandidateStarts.Where(w => w <= k))
        {
            var fte = problem.HireProductiveFte[k - w];
            if (fte > 0)
            {
                yield return (Sizes[(w, s)], fte);
            }
        }
    }
}
