namespace Workforce.Core.Rostering.Solving;

/// <summary>How a solve ended. A roster exists in both Optimal and Feasible.</summary>
public enum RosterStatus
{
    /// <summary>Proven best under the objective.</summary>
    Optimal,

    /// <summary>A roster that keeps every hard rule, but the time limit (or a stop) came before a proof.</summary>
    Feasible,

    /// <summary>The hard rules contradict each other: no roster keeps them all.</summary>
    Infeasible,

    /// <summary>The time limit ended before any roster was found.</summary>
    NoSolution,

    /// <summary>A roster that keeps every hard rule, returned early because the search was asked to stop (Ctrl+C, a service stopping).</summary>
    Interrupted,
}

/// <summary>A break or lunch placed in a shift, starting at an interval of the horizon.</summary>
public sealed record PlacedBreak(BreakRule Rule, int StartIndex, int Length);

/// <summary>A training session placed in a shift, starting at an interval of the horizon.</summary>
public sealed record PlacedTraining(string SessionId, int StartIndex, int Length);

/// <summary>A shift in the roster, with its placed breaks and training.</summary>
public sealed record ScheduledShift(int AgentIndex, ShiftCandidate Shift, IReadOnlyList<PlacedBreak> Breaks)
{
    public IReadOnlyList<PlacedTraining> Training { get; init; } = [];
}

/// <summary>
/// The solver's answer. <see cref="Allocation"/> gives, per (group, demand index), the head-count
/// of that group's on-phone agents put on that channel in each interval.
/// </summary>
/// <param name="Objective">Objective value of the roster, in cents.</param>
/// <param name="Bound">Best proven lower bound on the objective, in cents.</param>
public sealed record RosterSolution(
    RosterStatus Status,
    double Objective,
    double Bound,
    double Seconds,
    IReadOnlyList<ScheduledShift> Shifts,
    IReadOnlyDictionary<(int Group, int Demand), int[]> Allocation)
{
    public bool HasRoster => Status is RosterStatus.Optimal or RosterStatus.Feasible or RosterStatus.Interrupted;

    /// <summary>When infeasible because of one agent's own rules: that agent.</summary>
    public string? InfeasibleAgentId { get; init; }

    /// <summary>Where <see cref="Bound"/> comes from: <see cref="BoundSources.Relaxation"/>, <see cref="BoundSources.CpSat"/> or <see cref="BoundSources.LabourFloor"/>.</summary>
    public string BoundSource { get; init; } = BoundSources.LabourFloor;

    /// <summary>With a relaxation bound: the round of the relaxation that proved it.</summary>
    public int? BoundRound { get; init; }

    /// <summary>With a relaxation: whether it was solved to the end (its prices proven optimal), not only bounded.</summary>
    public bool? GenerationConverged { get; init; }

    /// <summary>With a relaxation: its own share of the required agent-hours left uncovered, 0–1.</summary>
    public double? RelaxationUnderCoverageShare { get; init; }
}

/// <summary>Where a roster's lower bound comes from.</summary>
public static class BoundSources
{
    /// <summary>The linear relaxation of the roster model over each agent's lawful weeks (column generation's, by its Lagrangian dual).</summary>
    public const string Relaxation = "relaxation";

    /// <summary>CP-SAT's own proof on the full model.</summary>
    public const string CpSat = "cp-sat";

    /// <summary>Every agent's weekly minimum at their cheapest rate: holds without a solver.</summary>
    public const string LabourFloor = "labour-floor";
}

/// <summary>
/// A progress report: a better roster was found, or a stage began (<see cref="Objective"/> is then the
/// best so far, NaN before the first roster).
/// </summary>
/// <param name="Seconds">Seconds since the solve began.</param>
public sealed record RosterProgress(double Seconds, double Objective, double Bound)
{
    /// <summary>What the engine is doing, in a planner's words ("first roster", "local search", ...).</summary>
    public string Stage { get; init; } = "";

    /// <summary>
    /// A diagnostic line for tuning (what one step of the search did), or null for a progress report.
    /// Its objective and bound are not figures; a door shows it only when asked (the CLI with
    /// <c>WORKFORCE_SEARCH_LOG=1</c>).
    /// </summary>
    public string? Detail { get; init; }
}

/// <summary>How long and how to search.</summary>
/// <param name="TimeLimit">Wall-clock limit; the best roster so far is returned when it runs out.</param>
/// <param name="Threads">Solver workers.</param>
/// <param name="Seed">Random seed; with one thread and a deterministic limit, runs repeat exactly.</param>
/// <param name="DeterministicTimeLimit">Solver's own work-based limit (seconds of deterministic time), for reproducible runs.</param>
public sealed record RosterSolverSettings(TimeSpan TimeLimit, int Threads, int Seed, double? DeterministicTimeLimit);

/// <summary>The port the roster engine's solver adapter implements (OR-Tools CP-SAT in Workforce.Scheduling).</summary>
public interface IRosterSolver
{
    RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken cancellationToken);
}
