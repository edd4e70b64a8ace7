using NodaTime;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Reporting;

/// <summary>A shift in <c>roster.csv</c>; <see cref="Date"/> is the day it starts (a night shift belongs to it).</summary>
public sealed record RosterRow(string AgentId, LocalDate Date, ZonedDateTime ShiftStart, ZonedDateTime ShiftEnd, double PaidHours);

/// <summary>A row of <c>activities.csv</c>: shift, break, lunch, training or time_off, over [Start, End).</summary>
public sealed record ActivityRow(string AgentId, string Activity, ZonedDateTime Start, ZonedDateTime End);

/// <summary>
/// A row of <c>coverage.csv</c>. <see cref="Required"/> is staffing's gross requirement (<c>required_gross</c>:
/// the net requirement grossed up for unplanned shrinkage);
/// <see cref="Scheduled"/> the effective agents the roster puts on the channel (nesting agents at
/// their productivity); the projections come from the queueing model at Scheduled × (1 − unplanned
/// shrinkage), the service the roster is expected to deliver. For deferred channels, <see cref="Shortfall"/>
/// is the work arriving in the interval that misses its response window (in agent-intervals), and
/// the projections are the share of that work done within the window and its mean time to finish.
/// </summary>
public sealed record CoverageRow(
    ZonedDateTime IntervalStart,
    string ChannelId,
    double Required,
    double Scheduled,
    double Shortfall,
    double ProjectedServiceLevel,
    double ProjectedAsaSeconds);

/// <summary>The figures of <c>summary.json</c> (the glossary of docs/scenario-format.md names each).</summary>
/// <param name="Status">"optimal", "feasible" (the limit came first) or "interrupted" (stopped on request; the best roster so far).</param>
/// <param name="Objective">Objective value, in cents of the site currency (NaN, written as null, without a roster).</param>
/// <param name="Bound">Best proven lower bound on the objective, in cents of the site currency.</param>
/// <param name="UnderCoverageWeight">The objective's cost of one agent-hour short, in cents of the site currency.</param>
/// <param name="RequiredNetAgentHours">Staffing's net requirement over the week, summed over channels.</param>
/// <param name="RequiredGrossAgentHours">The net requirement grossed up for unplanned shrinkage: what the roster is asked to cover.</param>
/// <param name="LabourCost">Paid hours at the agents' wages, in the site currency (not cents).</param>
/// <param name="Agents">Agents of the site: those rostered and those in <see cref="Unrostered"/>.</param>
/// <param name="NormalisedGap">(objective − bound) ÷ max(objective, underCoverageWeight × requiredGrossAgentHours).</param>
public sealed record RosterSummary(
    string Status,
    double Objective,
    double Bound,
    double NormalisedGap,
    double Seconds,
    double RequiredNetAgentHours,
    double RequiredGrossAgentHours,
    double UnderCoverageWeight,
    double UnderCoverageAgentHours,
    double UnderCoverageShare,
    double PaidHours,
    decimal LabourCost,
    string Currency,
    int Agents,
    int Shifts)
{
    /// <summary>Where <see cref="Bound"/> comes from: "relaxation", "cp-sat" or "labour-floor".</summary>
    public string BoundSource { get; init; } = BoundSources.LabourFloor;

    /// <summary>With a relaxation bound, the round that proved it.</summary>
    public int? BoundRound { get; init; }

    /// <summary>With a relaxation bound, whether the relaxation was solved to the end.</summary>
    public bool? GenerationConverged { get; init; }

    /// <summary>With a relaxation bound, the relaxation's own under-coverage share (0–1), beside <see cref="UnderCoverageShare"/>.</summary>
    public double? RelaxationUnderCoverageShare { get; init; }

    /// <summary>Agents left out because their own rules contradict each other, each with the rule and why.</summary>
    public IReadOnlyList<UnrosteredAgent> Unrostered { get; init; } = [];

    /// <summary>The same agent-hours per channel, in the site's channel order.</summary>
    public IReadOnlyList<ChannelWeek> Channels { get; init; } = [];
}

/// <summary>Everything a roster run writes.</summary>
public sealed record RosterReport(
    RosterSummary Summary,
    IReadOnlyList<RosterRow> Roster,
    IReadOnlyList<ActivityRow> Activities,
    IReadOnlyList<CoverageRow> Coverage,
    RosterModelData Data,
    RosterSolution Solution);
