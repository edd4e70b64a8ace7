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
