namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// Cover asked for one named shift type on one day: so many agents working it, soft. Each agent short
/// costs <see cref="UnderCentsEach"/>, each agent above <see cref="OverCentsEach"/>. This is demand by
/// day and shift type, next to the per-interval demand of the channels (a ward that needs three nurses
/// on the early shift, a desk that needs two on the late one).
/// </summary>
/// <param name="Day">Day index in the horizon (0 = its first day).</param>
/// <param name="ShiftTypeId">The named shift type (<see cref="ShiftType"/>) whose workers count.</param>
/// <param name="Required">Agents asked for; ≥ 0.</param>
public sealed record ShiftTypeDemand(int Day, string ShiftTypeId, int Required, long UnderCentsEach, long OverCentsEach)
{
    public int Required { get; } = Required >= 0 ? Required : throw new ArgumentOutOfRangeException(nameof(Required), Required, "Must not be negative.");

    public long UnderCentsEach { get; } = UnderCentsEach >= 0 ? UnderCentsEach : throw new ArgumentOutOfRangeException(nameof(UnderCentsEach), UnderCentsEach, "Must not be negative.");

    public long OverCentsEach { get; } = OverCentsEach >= 0 ? OverCentsEach : throw new ArgumentOutOfRangeException(nameof(OverCentsEach), OverCentsEach, "Must not be negative.");

    /// <summary>
    /// Agents already on this shift who are not in the model (a neighbourhood search that re-solves a few
    /// agents keeps the rest fixed and counts them here); ≥ 0.
    /// </summary>
    public int AlreadyCovered
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
    }

    /// <summary>What <paramref name="working"/> agents on the shift cost, counting those already covered.</summary>
    public long CostCents(int working)
    {
        var total = working + AlreadyCovered;
        return (UnderCentsEach * Math.Max(0, Required - total)) + (OverCentsEach * Math.Max(0, total - Required));
    }
}
