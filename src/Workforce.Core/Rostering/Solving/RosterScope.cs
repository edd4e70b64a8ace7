namespace Workforce.Core.Rostering.Solving;

/// <summary>How runs of days that touch the edges of the horizon are judged by the minimum-run rules.</summary>
public enum RunBoundary
{
    /// <summary>
    /// Real rosters: a run at the start continues the carry-in (last week's days worked or off), and a
    /// run still going on the last day continues into the next horizon, whose carry-in completes it.
    /// </summary>
    CarryIn,

    /// <summary>
    /// Benchmark only (Curtois–Qu): a run touching the first or the last day is exempt from the minimum
    /// lengths whatever came before, as if the horizon's edges were unknown history. A real roster never
    /// exempts a run just because it starts the week.
    /// </summary>
    ExemptAtEdges,
}

/// <summary>
/// What a roster covers beyond the week of per-interval channel demand: the number of days, cover per
/// day and named shift type, and the boundary convention of the minimum-run rules.
/// </summary>
public sealed record RosterScope
{
    /// <summary>A week of per-interval demand, carry-in at the edges: the contact-centre roster.</summary>
    public static RosterScope Week { get; } = new();

    /// <summary>Days in the horizon: whole weeks (several for a rota), since weekly rules apply week by week.</summary>
    public int Days
    {
        get;
        init => field = value >= 1 && value % RosterHorizon.Days == 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be a positive number of whole weeks.");
    } = RosterHorizon.Days;

    /// <summary>Cover per day and named shift type.</summary>
    public IReadOnlyList<ShiftTypeDemand> ShiftCover
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = [];

    public RunBoundary Boundary { get; init; } = RunBoundary.CarryIn;
}
