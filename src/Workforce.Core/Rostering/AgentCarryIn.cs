using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>
/// What an agent brings in from before the planning week, so that rules counting runs of days see across
/// the week boundary (without it, Thursday–Sunday followed by Monday–Friday gives nine days in a row unseen).
/// </summary>
/// <param name="AgentId">The agent.</param>
/// <param name="LastShiftEnd">Local end of their last shift before the week (rest is measured from it), or null for none.</param>
/// <param name="ConsecutiveDaysWorked">Days worked in a row up to the day before the week starts; ≥ 0.</param>
/// <param name="WeekendsWorkedInReferencePeriod">
/// Weekends worked in the contract's reference period before this week (the previous
/// <c>WeekendReferenceWeeks − 1</c> weeks); ≥ 0.
/// </param>
public sealed record AgentCarryIn(string AgentId, LocalDateTime? LastShiftEnd, int ConsecutiveDaysWorked, int WeekendsWorkedInReferencePeriod)
{
    public string AgentId { get; } = string.IsNullOrWhiteSpace(AgentId) ? throw new ArgumentOutOfRangeException(nameof(AgentId), AgentId, "Carry-in needs an agent.") : AgentId;

    public int ConsecutiveDaysWorked { get; } = ConsecutiveDaysWorked >= 0
        ? ConsecutiveDaysWorked
        : throw new ArgumentOutOfRangeException(nameof(ConsecutiveDaysWorked), ConsecutiveDaysWorked, "Must not be negative.");

    public int WeekendsWorkedInReferencePeriod { get; } = WeekendsWorkedInReferencePeriod >= 0
        ? WeekendsWorkedInReferencePeriod
        : throw new ArgumentOutOfRangeException(nameof(WeekendsWorkedInReferencePeriod), WeekendsWorkedInReferencePeriod, "Must not be negative.");

    /// <summary>
    /// Late shifts (ending after <see cref="Solving.ShiftCandidate.LateEndsAfter"/> local) worked in the
    /// same reference period; ≥ 0. Late shifts go first to those who have had fewer.
    /// </summary>
    public int LateShiftsWorkedInReferencePeriod
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
    }

    /// <summary>
    /// Days off in a row up to the day before the week starts (0 when the agent worked that day), so a
    /// run of days off that began last week still reaches the contract's minimum; ≥ 0.
    /// </summary>
    public int ConsecutiveDaysOff
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
    }

    /// <summary>
    /// Local start of the last shift before the week, when known (with <see cref="LastShiftEnd"/>): a
    /// shift that runs into the week counts as cover over its part inside the week. Null: unknown, and
    /// such a shift is then not counted as cover (rest is still measured from its end).
    /// </summary>
    public LocalDateTime? LastShiftStart
    {
        get;
        init => field = value is null || LastShiftEnd is null || value < LastShiftEnd
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The last shift must start before it ends.");
    }

    /// <summary>An agent with no history: fully rested, no run of days, no weekends worked.</summary>
    public static AgentCarryIn None(string agentId) => new(agentId, null, 0, 0);
}
