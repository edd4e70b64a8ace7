namespace Workforce.Core.Staffing.Deferred;

/// <summary>
/// Answers, for t = 0, 1, 2, … in turn, the peak-rate question
/// max over s ≥ t of (due(s) − done) ÷ (s − t + 1): the steadiest rate that meets every
/// remaining deadline from where the work stands.
/// </summary>
/// <remarks>
/// Scanning every later deadline at every interval costs O(n²): a second or more for a year of
/// quarter-hours. Instead, the rate is the steepest line from the point (t − 1, done) to a point
/// (s, due(s)), and that line touches the upper convex hull of the points with s ≥ t; the slope to
/// successive hull vertices rises and then falls, so a binary search finds it. The hulls of the
/// suffixes are built once from the right; moving on to the next t undoes the last addition in O(1),
/// so the whole plan is O(n log n).
/// </remarks>
internal sealed class DeadlineHull
{
    private readonly double[] _dueSeconds;

    // The hull as a stack: the leftmost vertex on top, the last interval at the bottom.
    private readonly int[] _stack;
    private int _size;

    // How adding point s changed the stack, so that removing it can restore the stack exactly.
    private readonly int[] _sizeBefore;
    private readonly int[] _placedAt;
    private readonly int[] _overwritten;

    private int _nextInterval;

    public DeadlineHull(IReadOnlyList<double> dueSeconds)
    {
        ArgumentNullException.ThrowIfNull(dueSeconds);
        var count = dueSeconds.Count;
        _dueSeconds = [.. dueSeconds];
        _stack = new int[count];
        _sizeBefore = new int[count];
        _placedAt = new int[count];
        _overwritten = new int[count];

        for (var s = count - 1; s >= 0; s--)
        {
            _sizeBefore[s] = _size;
            while (_size >= 2 && !IsAboveChord(s, _stack[_size - 1], _stack[_size - 2]))
            {
                _size--;
            }

            _placedAt[s] = _size;
            _overwritten[s] = _stack[_size];
            _stack[_size] = s;
            _size++;
        }
    }

    public static DeadlineHull For(DeferredWorkCurve curve)
    {
        var due = new double[curve.Count];
        for (var s = 0; s < due.Length; s++)
        {
            due[s] = curve.WorkDueBy(s);
        }

        return new DeadlineHull(due);
    }

    /// <summary>
    /// The peak rate (work seconds per interval) needed from interval <paramref name="interval"/> on,
    /// with <paramref name="doneBeforeSeconds"/> of work done before it. May be negative when the work
    /// is ahead of every deadline. Call once per interval, in order.
    /// </summary>
    public double PeakRate(int interval, double doneBeforeSeconds)
    {
        if (interval != _nextInterval)
        {
            throw new InvalidOperationException($"Intervals must be asked for in order; expected {_nextInterval}.");
        }

        // Vertex k counted from the left sits at stack position _size - 1 - k.
        var low = 0;
        var high = _size - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Rate(interval, doneBeforeSeconds, middle + 1) > Rate(interval, doneBeforeSeconds, middle))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var peak = Rate(interval, doneBeforeSeconds, low);

        // Drop point `interval`: the stack becomes the hull of the deadlines still to come.
        _stack[_placedAt[interval]] = _overwritten[interval];
        _size = _sizeBefore[interval];
        _nextInterval++;
        return peak;
    }

    private double Rate(int interval, double doneBeforeSeconds, int vertexFromLeft)
    {
        var s = _stack[_size - 1 - vertexFromLeft];
        return (_dueSeconds[s] - doneBeforeSeconds) / (s - interval + 1);
    }

    // Is the middle point strictly above the straight line joining its neighbours? If not, it is not a hull vertex.
    private bool IsAboveChord(int left, int middle, int right)
    {
        var yLeft = _dueSeconds[left];
        return (_dueSeconds[middle] - yLeft) * (right - left) > (_dueSeconds[right] - yLeft) * (middle - left);
    }
}
