using System.CommandLine;
using System.Globalization;
using Workforce.Core.Planning;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Capacity;
using Workforce.Scheduling.Roster;

namespace Workforce.Cli;

/// <summary>A plan run by a command and the exit code it ends with (<see cref="ExitCodes.Success"/> unless the roster failed).</summary>
internal sealed record PlanRun(PlanResult Result, int ExitCode);

/// <summary>
/// Runs <see cref="PlanPipeline"/> for a command on the console: under the command's one deadline
/// (<see cref="RunDeadline"/>), with progress and a heartbeat on stderr, Ctrl+C or SIGTERM as a request
/// to stop and keep the best roster so far, the plan's notes on stderr, and a roster that ended without
/// a roster turned into its reasons on stderr and an exit code. Shared by <c>plan</c>, <c>roster</c>,
/// <c>price</c> and <c>capacity</c>.
/// </summary>
internal static class RosterConsole
{
    /// <summary>The roster line's settings from the command's options, its search budget the deadline less the writing reserve.</summary>
    public static RosterRunSettings Settings(ParseResult parse, int agents)
    {
        var settings = RosterOptions.SettingsFrom(parse);
        var deadline = new RunDeadline(settings.TimeLimit);
        var writing = RunDeadline.WritingReserve(agents);
        return new RosterRunSettings(settings, parse.GetValue(RosterOptions.Strict), () => deadline.LeftFor(writing));
    }

    public static PlanRun Run(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pipeline = new PlanPipeline(new WeekRosterSolver(), new CpSatHiringSolver());
        if (request.Roster is not { } agents)
        {
            // Without a roster there is no search to stop: Ctrl+C ends the process as usual.
            using var capacityProgress = request.Capacity is null ? null : new ProgressLines(Console.Error);
            var planned = pipeline.Run(request, capacityProgress, CancellationToken.None);
            ScenarioFiles.Notes(planned.Notes);
            return new PlanRun(planned, ExitCodes.Success);
        }

        var settings = request.Settings.Roster;
        using var stop = new StopSignal(Console.Error, "Stopping: writing the best roster found so far.");
        using var progress = new ProgressLines(Console.Error);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rostering {agents.Agents.Count} agents ({settings.Solver.Threads} threads, limit {settings.Solver.TimeLimit.TotalSeconds:0} s)"));
        var result = pipeline.Run(request, progress, stop.Token);
        var exitCode = ExitCode(result.Roster!, settings);
        ScenarioFiles.Notes(result.Notes);
        if (result.Roster!.Report is { } report)
        {
            progress.Stage(report.Summary.Status == "interrupted" ? "stopped: writing" : "writing");
        }

        return new PlanRun(result, exitCode);
    }

    /// <summary>The exit code of a roster run, after writing the agents left out (with a roster) or the reasons there is none on stderr.</summary>
    public static int ExitCode(RosterPipelineResult result, RosterRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        switch (result.Outcome)
        {
            case RosterOutcome.Rostered:
                foreach (var agent in result.Unrostered)
                {
                    Console.Error.WriteLine($"warning: not rostered: {agent.Reason}");
                }

                return ExitCodes.Success;
            case RosterOutcome.Contradictory:
                Console.Error.WriteLine(result.Unrostered.Count > 0 && settings.Strict
                    ? "error: the hard rules cannot all hold (--strict):"
                    : "error: the hard rules cannot all hold:");
                foreach (var problem in result.Problems)
                {
                    Console.Error.WriteLine($"  {problem}");
                }

                return ExitCodes.Infeasible;
            case RosterOutcome.Interrupted:
                Console.Error.WriteLine("stopped before a first roster: nothing written");
                return ExitCodes.Interrupted;
            default:
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: the time limit ({settings.Solver.TimeLimit.TotalSeconds:0.#} s) ended before a first lawful roster; allow more time (--time-limit)"));
                return ExitCodes.TimedOut;
        }
    }
}
