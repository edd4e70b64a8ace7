namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// Where each state of the current day sits in <see cref="AgentScheduleDp"/>'s layer: a dense array
/// when the states are few enough to number (one slot per state, valid for the layer that stamped
/// it, so nothing is cleared between days), a hash map otherwise. The dense array is kept per thread
/// and reused by every programme that thread runs.
/// </summary>
internal sealed class LabelIndex
{
    /// <summary>Most states numbered densely (a 32 MB array per thread).</summary>
    public const long MostDense = 1 << 22;

    [ThreadStatic]
    private static long[]? t_slots;

    [ThreadStatic]
    private static int t_layer;

    private readonly long[]? _slots;
    private readonly Dictionary<long, int>? _map;
    private int _layer;

    public LabelIndex(long denseSize)
    {
        if (denseSize > 0)
        {
            if (t_slots is null || t_slots.Length < denseSize)
            {
                t_slots = new long[Math.Max(denseSize, t_slots?.Length ?? 0)];
                t_layer = 0;
            }

            _slots = t_slots;
        }
        else
        {
            _map = [];
        }
    }

    /// <summary>Forgets the previous day's states.</summary>
    public void NextLayer()
    {
        if (_slots is null)
        {
            _map!.Clear();
            return;
        }

        if (t_layer == int.MaxValue)
        {
            Array.Clear(_slots);
            t_layer = 0;
        }

        _layer = ++t_layer;
    }

    public bool TryGet(long key, out int at)
    {
        if (_slots is null)
        {
            return _map!.TryGetValue(key, out at);
        }

        var slot = _slots[key];
        at = (int)(slot & int.MaxValue);
        return slot >> 32 == _layer;
    }

    public void Set(long key, int at)
    {
        if (_slots is null)
        {
            _map![key] = at;
            return;
        }

        _slots[key] = ((long)_layer << 32) | (uint)at;
    }
}
