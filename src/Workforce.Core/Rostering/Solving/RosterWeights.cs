namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// The roster objective's prices, in cents of the site currency so that every term is money and
/// the trade-offs read plainly: one agent-hour short costs more than an agent-hour of wages, so the
/// optimiser rosters people where they cover demand. Shortfall is convex: the second missing agent in
/// an interval costs more than the first, and any beyond that more again, so gaps are spread thin
/// rather than left deep.
/// </summary>
public sealed record RosterWeights
{
    /// <summary>Cost of the first agent-hour short in an interval and channel. This is "underCoverageWeight".</summary>
    public long ShortfallFirstAgentCentsPerHour { get; init; } = 16_000;

    /// <summary>Cost of the second agent short, per hour.</summary>
    public long ShortfallSecondAgentCentsPerHour { get; init; } = 32_000;

    /// <summary>Cost of every agent short beyond the second, per hour.</summary>
    public long ShortfallDeepCentsPerHour { get; init; } = 64_000;

    /// <summary>Cost of an agent-hour on a channel above its requirement: small, so surplus goes where it helps.</summary>
    public long OverCoverageCentsPerHour { get; init; } = 800;

    /// <summary>Cost of an agent-hour allocated to a skill at proficiency p: (1 − p) × this. Routes agents to their best skill.</summary>
    public long LowProficiencyCentsPerHour { get; init; } = 400;

    /// <summary>
    /// Cost per hour between an agent's earliest and latest start time of the week: people plan their
    /// lives around a steady start, so a roster that moves it needs a reason.
    /// </summary>
    public long StartTimeSpreadCentsPerHour { get; init; } = 240;

    /// <summary>
    /// Cost of a weekend worked, multiplied by one plus the weekends the agent already worked in the
    /// reference period (carry-in): weekends go first to those who have had fewer.
    /// </summary>
    public long WeekendWorkedCents { get; init; } = 500;

    /// <summary>
    /// Cost of a late shift, multiplied by one plus the late shifts the agent already worked in the
    /// reference period (carry-in): lates rotate to those who have had fewer. Only for agents whose
    /// contract offers both late and earlier shifts (a night contract has nothing to share).
    /// </summary>
    public long LateShiftCents { get; init; } = 300;

    /// <summary>Cost of working a day the agent asked to have off (<c>preferences.csv</c>).</summary>
    public long PreferredDayOffWorkedCents { get; init; } = 1_500;

    /// <summary>Cost of not working a named shift the agent asked to work, unless the request carries its own weight.</summary>
    public long ShiftOnRequestCents { get; init; } = 1_500;

    /// <summary>Cost of working a named shift the agent asked not to work, unless the request carries its own weight.</summary>
    public long ShiftOffRequestCents { get; init; } = 1_500;

    /// <summary>Cost per hour between the start worked and the start the agent asked for that day.</summary>
    public long PreferredStartCentsPerHour { get; init; } = 300;

    /// <summary>
    /// Cost of each change to a published baseline roster after its frozen days: a shift moved or
    /// removed, or a shift added on a day off. Agents have been told; changes need a reason.
    /// </summary>
    public long ChangedShiftCents { get; init; } = 3_000;

    /// <summary>Whether wages (with premiums) are in the objective.</summary>
    public bool IncludeLabourCost { get; init; } = true;

    public static RosterWeights Default { get; } = new();
}
