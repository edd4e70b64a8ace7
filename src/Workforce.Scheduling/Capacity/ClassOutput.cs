namespace Workforce.Scheduling.Capacity;

/// <summary>
/// What classes produce, for the cover cuts: each hire's output j weeks after its start
/// (<see cref="HireFte"/>, in the units of the model at hand) and α, the least share of its week-j
/// output that a class starting before t₀ still gives in week l. α is tabulated once per week l.
/// </summary>
internal sealed class ClassOutput
{
    private readonly IReadOnlyList<int> _starts;
    private readonly Dictionary<int, int> _position;
    private readonly int[][] _producing;
    private readonly double[][]?[] _keeps;

    public ClassOutput(IReadOnlyList<double> hireFte, IReadOnlyList<int> starts, int trainingWeeks)
    {
        HireFte = hireFte;
        TrainingWeeks = trainingWeeks;
        _starts = starts;
        _position = starts.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        _producing = [.. Enumerable.Range(0, hireFte.Count).Select(l => starts.Where(t => t <= l && hireFte[l - t] > 0).ToArray())];
        _keeps = new double[][]?[hireFte.Count];
    }

    public IReadOnlyList<double> HireFte { get; }

    public int TrainingWeeks { get; }

    /// <summary>The candidate start weeks whose hires are productive in week l, in order.</summary>
    public IReadOnlyList<int> ProducingIn(int week) => _producing[week];

    /// <summary>
    /// α for the class starting in <paramref name="start"/> (j = start + T − 1) of a cut on week l with
    /// t₀ = <paramref name="firstStart"/>: min over candidate starts w &lt; t₀ that produce in week j of
    /// output[l − w] ÷ output[j − w]; 0 if none produces in week j (there is nothing there to build on).
    /// Both weeks must be candidate starts.
    /// </summary>
    public double Keeps(int firstStart, int start, int l)
    {
        var table = _keeps[l] ??= Tabulate(l);
        return table[_position[start]][_position[firstStart]];
    }

    /// <summary>[start position][t₀ position]: α, by a running minimum over the earlier starts.</summary>
    private double[][] Tabulate(int l)
    {
        var table = new double[_starts.Count][];
        for (var q = 0; q < _starts.Count; q++)
        {
            table[q] = new double[_starts.Count];
            var j = _starts[q] + TrainingWeeks - 1;
            if (j < 0 || j >= l)
            {
                continue;
            }

            var least = double.PositiveInfinity;
            for (var i = 0; i < _starts.Count; i++)
            {
                table[q][i] = double.IsPositiveInfinity(least) ? 0 : least;
                var w = _starts[i];
                if (w <= j && HireFte[j - w] > 0)
                {
                    least = Math.Min(least, HireFte[l - w] / HireFte[j - w]);
                }
            }
        }

        return table;
    }
}
