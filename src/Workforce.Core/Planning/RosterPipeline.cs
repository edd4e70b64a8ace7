using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;

namespace Workforce.Core.Planning;

/// <summary>How a roster run ended, for the doors to turn into an exit code or a run status.</summary>
public enum RosterOutcome
{
    /// <summary>A roster (possibly stopped early on request, or with agents left out and named).</summary>
    Rostered,

    /// <summary>No lawful roster: every agent's own rules contradict, or (strict) any agent's do.</summary>
    Contradictory,

    /// <summary>The time limit ended before a first lawful roster.</summary>
    TimedOut,

    /// <summary>Asked to stop before a first lawful roster.</summary>
    Interrupted,
}

/// <summary>How to run the roster line.</summary>
/// <param name="Solver">The search's settings; its time limit is replaced by <paramref name="TimeLeft"/> when given.</param>
/// <param name="Strict">Refuse to roster a site where any agent's own rules contradict (instead of leaving them out and naming them).</param>
/// <param name="TimeLeft">
/// The time left before the caller's deadline, read just before the search starts, so that staffing,
/// the model build and the screening come out of the same budget (the door owns the clock).
/// </param>
public sealed record RosterRunSettings(RosterSolverSettings Solver, bool Strict = false, Func<TimeSpan>? TimeLeft = null);

/// <summary>
/// Staffing → roster model → screening of each agent's own rules → search → report: the roster line of
/// the pipeline as one call, for every door (CLI, service, pricing). Agents whose own rules contradict
/// are left out and named (<see cref="RosterReport"/>'s summary), so one data error never sinks a site;
/// with <see cref="RosterRunSettings.Strict"/> they stop the run instead.
/// </summary>
public static class RosterPipeline
{
    public static RosterPipelineResult Run(
        Scenario scenario,
        RosterInputs inputs,
        IRosterSolver solver,
        RosterRunSettings settings,
        IProgress<RosterProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Run(scenario, inputs, StaffingPlanner.Staff(scenario.Site, scenario.Forecast), solver, settings, progress, cancellationToken);
    }

    /// <summary>As the other overload, for a caller that has staffed the scenario already (<paramref name="requirements"/>: <see cref="StaffingPlanner.Staff"/> of its site and forecast).</summary>
    public static RosterPipelineResult Run(
        Scenario scenario,
        RosterInputs inputs,
        IReadOnlyList<IntervalRequirement> requirements,
        IRosterSolver solver,
        RosterRunSettings settings,
        IProgress<RosterProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(settings);
        var data = RosterModelBuilder.Build(scenario.Site, requirements, scenario.Forecast, inputs, RosterWeights.Default);
        var unrostered = AgentScreening.Screen(data, cancellationToken);
        if (cancellationToken.IsCancellationRequested)
        {
            return new RosterPipelineResult(requirements, null, ["stopped before a first roster"], unrostered, RosterOutcome.Interrupted);
        }

        if (unrostered.Count > 0 && (settings.Strict || unrostered.Count == data.Agents.Count))
        {
            return new RosterPipelineResult(requirements, null, [.. unrostered.Select(u => u.Reason)], unrostered, RosterOutcome.Contradictory);
        }

        var rostered = data.Without(unrostered.Select(u => u.AgentId).ToHashSet(StringComparer.Ordinal));
        var solverSettings = settings.TimeLeft is { } timeLeft ? settings.Solver with { TimeLimit = Positive(timeLeft()) } : settings.Solver;
        var solution = solver.Solve(rostered, solverSettings, progress, cancellationToken);
        if (!solution.HasRoster)
        {
            var (outcome, reason) = solution switch
            {
                { InfeasibleAgentId: { } agentId } => (RosterOutcome.Contradictory, $"agent {agentId}: the contract's hours, working days, rest, consecutive-day and weekend limits cannot all be met this week"),
                { Status: RosterStatus.Infeasible } => (RosterOutcome.Contradictory, "the hard rules cannot all hold together"),
                _ when cancellationToken.IsCancellationRequested => (RosterOutcome.Interrupted, "stopped before a first roster"),
                _ => (RosterOutcome.TimedOut, "no roster found within the time limit"),
            };
            return new RosterPipelineResult(requirements, null, [reason], unrostered, outcome);
        }

        return new RosterPipelineResult(requirements, RosterReportBuilder.Build(rostered, solution, inputs.TimeOff, unrostered), [], unrostered, RosterOutcome.Rostered);
    }

    private static TimeSpan Positive(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;
}

/// <summary>What the roster line produced: always the requirements; a report, or the reasons there is none; the agents left out.</summary>
public sealed record RosterPipelineResult(
    IReadOnlyList<IntervalRequirement> Requirements,
    RosterReport? Report,
    IReadOnlyList<string> Problems,
    IReadOnlyList<UnrosteredAgent> Unrostered,
    RosterOutcome Outcome);
