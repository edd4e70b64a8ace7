namespace Workforce.Core.Capacity;

/// <summary>
/// A hiring plan under local search: class sizes, each skill's expected productive FTE per week and
/// the plan's exact cost (<see cref="HiringObjective"/>), kept up to date move by move. A move sets new
/// sizes for some start weeks of one skill; pricing it recomputes only that skill from the earliest
/// week it touches.
/// </summary>
internal sealed class HiringPlanState
{
    private readonly CapacityProblem _problem;
    private readonly int[][] _sizes;
    private readonly double[][] _productive;
    private readonly double[][] _weekCost;
    private readonly int[] _inTraining;
    private readonly double[] _scratch;
    private readonly HashSet<int> _startSet;
    private readonly double[] _perHire;

    public HiringPlanState(CapacityProblem problem, int[][] classSizes)
    {
        ArgumentNullException.ThrowIfNull(classSizes);
        _problem = problem;
        _startSet = [.. problem.CandidateStarts];
        _perHire = [.. Enumerable.Range(0, problem.Weeks).Select(w => HiringObjective.PerHire(problem, w))];
        _sizes = Enumerable.Range(0, problem.Weeks).Select(_ => new int[problem.Skills.Count]).ToArray();
        _inTraining = new int[problem.Weeks];
        _scratch = new double[problem.Weeks];
        _productive = Enumerable.Range(0, problem.Skills.Count).Select(s => Enumerable.Range(0, problem.Weeks).Select(k => problem.Existing.ProductiveFte[k][s]).ToArray()).ToArray();
        _weekCost = Enumerable.Range(0, problem.Skills.Count).Select(_ => new double[problem.Weeks]).ToArray();
        for (var s = 0; s < problem.Skills.Count; s++)
        {
            for (var k = 0; k < problem.Weeks; k++)
            {
                _weekCost[s][k] = HiringObjective.WeekCost(problem, problem.Requirements.RequiredFte[k][s], _productive[s][k]);
                Cost += _weekCost[s][k];
            }
        }

        if (classSizes.Length != problem.Weeks || classSizes.Any(w => w.Length != problem.Skills.Count))
        {
            throw new ArgumentException("A plan needs one size per week and skill.", nameof(classSizes));
        }

        for (var w = 0; w < problem.Weeks; w++)
        {
            for (var s = 0; s < problem.Skills.Count; s++)
            {
                var size = classSizes[w][s];
                if (size == 0)
                {
                    continue;
                }

                if (!_startSet.Contains(w) || size < problem.Hiring.MinClassSize || size > problem.Hiring.MaxClassSize || !CanOpen(w, skip: null))
                {
                    throw new ArgumentException($"The class of week {w}, skill {s} ({size}) breaks the hiring rules.", nameof(classSizes));
                }

                Apply(s, [(w, size)]);
            }
        }
    }

    private HiringPlanState(HiringPlanState other)
    {
        _problem = other._problem;
        _startSet = other._startSet;
        _perHire = other._perHire;
        _sizes = [.. other._sizes.Select(w => w.ToArray())];
        _productive = [.. other._productive.Select(s => s.ToArray())];
        _weekCost = [.. other._weekCost.Select(s => s.ToArray())];
        _inTraining = [.. other._inTraining];
        _scratch = new double[other._scratch.Length];
        Cost = other.Cost;
    }

    /// <summary>The plan's exact cost (<see cref="HiringObjective.Of"/>), up to rounding.</summary>
    public double Cost { get; private set; }

    public IReadOnlyList<int> Starts => _problem.CandidateStarts;

    public int Skills => _problem.Skills.Count;

    private int TrainingWeeks => Math.Max(_problem.Training.TrainingWeeks, 1);

    public HiringPlanState Copy() => new(this);

    public int[][] Sizes() => [.. _sizes.Select(w => w.ToArray())];

    /// <summary>The moves of the class slot (week, skill) that keep the hiring rules, each as new sizes by start week.</summary>
    public IEnumerable<(int Week, int Size)[]> Moves(int week, int skill)
    {
        var hiring = _problem.Hiring;
        var size = _sizes[week][skill];
        if (size == 0)
        {
            if (_startSet.Contains(week) && CanOpen(week, skip: null))
            {
                foreach (var open in new[] { hiring.MinClassSize, (hiring.MinClassSize + hiring.MaxClassSize) / 2, hiring.MaxClassSize }.Distinct())
                {
                    yield return [(week, open)];
                }
            }

            yield break;
        }

        yield return [(week, 0)];
        foreach (var step in new[] { -2, -1, 1, 2 })
        {
            if (size + step >= hiring.MinClassSize && size + step <= hiring.MaxClassSize)
            {
                yield return [(week, size + step)];
            }
        }

        foreach (var step in new[] { -2, -1, 1, 2 })
        {
            var to = week + step;
            if (_startSet.Contains(to) && _sizes[to][skill] == 0 && CanOpen(to, skip: week))
            {
                yield return [(week, 0), (to, size)];
            }
        }
    }

    /// <summary>How much the move changes the plan's cost.</summary>
    public double Delta(int skill, (int Week, int Size)[] move)
    {
        var first = move.Min(m => m.Week);
        var delta = 0.0;
        for (var k = first; k < _problem.Weeks; k++)
        {
            _scratch[k] = _productive[skill][k];
        }

        foreach (var (week, size) in move)
        {
            delta += ClassCost(week, size) - ClassCost(week, _sizes[week][skill]);
            var change = size - _sizes[week][skill];
            for (var k = week; k < _problem.Weeks; k++)
            {
                _scratch[k] += change * _problem.HireProductiveFte[k - week];
            }
        }

        for (var k = first; k < _problem.Weeks; k++)
        {
            delta += HiringObjective.WeekCost(_problem, _problem.Requirements.RequiredFte[k][skill], _scratch[k]) - _weekCost[skill][k];
        }

        return delta;
    }

    public void Apply(int skill, (int Week, int Size)[] move)
    {
        Cost += Delta(skill, move);
        foreach (var (week, size) in move)
        {
            var before = _sizes[week][skill];
            var change = size - before;
            for (var k = week; k < _problem.Weeks; k++)
            {
                _productive[skill][k] += change * _problem.HireProductiveFte[k - week];
            }

            var opened = (before == 0 ? 0 : -1) + (size == 0 ? 0 : 1);
            for (var k = week; k < Math.Min(week + TrainingWeeks, _problem.Weeks); k++)
            {
                _inTraining[k] += opened;
            }

            _sizes[week][skill] = size;
        }

        for (var k = move.Min(m => m.Week); k < _problem.Weeks; k++)
        {
            _weekCost[skill][k] = HiringObjective.WeekCost(_problem, _problem.Requirements.RequiredFte[k][skill], _productive[skill][k]);
        }
    }

    /// <summary>Whether a class can start in <paramref name="week"/> within the parallel limit, not counting the class of week <paramref name="skip"/>.</summary>
    private bool CanOpen(int week, int? skip)
    {
        for (var k = week; k < Math.Min(week + TrainingWeeks, _problem.Weeks); k++)
        {
            var others = _inTraining[k] - (skip is { } w && k >= w && k < w + TrainingWeeks ? 1 : 0);
            if (others >= _problem.Hiring.MaxClassesInParallel)
            {
                return false;
            }
        }

        return true;
    }

    private double ClassCost(int week, int size) =>
        size == 0 ? 0 : (size * _perHire[week]) + (double)_problem.Costs.TrainerPerClass;
}
