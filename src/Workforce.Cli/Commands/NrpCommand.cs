using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Workforce.Core.Benchmarks.Nrp;
using Workforce.Core.Rostering.Solving;
using Workforce.Files.Benchmarks;
using Workforce.Files.Output;
using Workforce.Scheduling.Roster;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce nrp INSTANCE.txt</c>: solves an instance of the Curtois–Qu shift scheduling benchmark
/// with the roster engine, mapped onto its own contracts, requests and cover (<see cref="NrpRosterMapping"/>).
/// Before anything is reported, the roster is refereed by <see cref="NrpEvaluator"/>, which shares no
/// code with the engine: it must keep every hard rule and score exactly the objective the engine
/// claims. With <c>--evaluate F.csv</c> it scores a solution file instead of solving.
/// </summary>
internal static class NrpCommand
{
    private static readonly Argument<string> Instance = new("instance") { Description = "Instance file (InstanceN.txt)" };
    private static readonly Option<string?> SolutionOut = new("--solution-out") { Description = "Write the solution as employee,day,shift" };
    private static readonly Option<string?> Evaluate = new("--evaluate") { Description = "Score this employee,day,shift file instead of solving" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print one JSON object: instance, status, objective, bound, seconds" };

    public static Command Build()
    {
        var command = new Command("nrp", "Solve a Curtois–Qu shift scheduling benchmark instance with the roster engine")
        {
            Instance, RosterOptions.TimeLimit, RosterOptions.Threads, RosterOptions.Seed, RosterOptions.DeterministicTime, SolutionOut, Evaluate, Json,
        };
        command.SetAction(parse =>
        {
            var read = NrpInstanceReader.Read(parse.GetValue(Instance)!);
            if (!read.Succeeded)
            {
                throw new BadInputException(read.Error!.ToString());
            }

            return parse.GetValue(Evaluate) is { } solutionFile
                ? Score(read.Value, solutionFile, parse.GetValue(Json))
                : Solve(read.Value, RosterOptions.SettingsFrom(parse), parse.GetValue(SolutionOut), parse.GetValue(Json));
        });
        return command;
    }

    private static int Solve(NrpInstance instance, RosterSolverSettings settings, string? solutionOut, bool json)
    {
        if (solutionOut is not null)
        {
            OutputFolder.CheckFile(solutionOut);
        }

        var data = NrpRosterMapping.ToModel(instance);
        var problems = HardRuleCheck.Explain(data);
        if (problems.Count > 0)
        {
            Console.Error.WriteLine("error: the hard rules cannot all hold:");
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"  {problem.Reason}");
            }

            return ExitCodes.Infeasible;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{instance.Name}: {instance.Employees.Count} employees, {instance.Days} days, {instance.ShiftTypes.Count} shift types ({settings.Threads} threads, limit {settings.TimeLimit.TotalSeconds:0} s)"));
        var solution = new RotaRosterSolver().Solve(data, settings, new ConsoleProgress(), CancellationToken.None);
        if (!solution.HasRoster)
        {
            var infeasible = solution.Status == RosterStatus.Infeasible;
            Console.Error.WriteLine(infeasible
                ? $"error: the hard rules cannot all hold{(solution.InfeasibleAgentId is { } id ? $": employee {id}" : string.Empty)}"
                : "error: the time limit ended before a first lawful roster; allow more time (--time-limit)");
            return infeasible ? ExitCodes.Infeasible : ExitCodes.TimedOut;
        }

        var assignments = NrpRosterMapping.ToAssignments(data, solution);
        var evaluation = NrpEvaluator.Evaluate(instance, assignments);
        if (!evaluation.Feasible || evaluation.Objective != (long)Math.Round(solution.Objective))
        {
            // The engine and the referee disagree: a bug, never a result to report.
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"the engine's roster scores {evaluation.Objective} by the benchmark's rules against its own {solution.Objective}; {string.Join("; ", evaluation.Violations.Take(3))}"));
        }

        if (solutionOut is not null)
        {
            NrpSolutionCsv.Write(solutionOut, assignments);
        }

        var status = solution.Status == RosterStatus.Optimal ? "optimal" : "feasible";
        Print(json, instance.Name, status, evaluation.Objective, Math.Min(solution.Bound, evaluation.Objective), solution.Seconds);
        return ExitCodes.Success;
    }

    private static int Score(NrpInstance instance, string solutionFile, bool json)
    {
        var read = NrpSolutionCsv.Read(solutionFile);
        if (!read.Succeeded)
        {
            throw new BadInputException(read.Error!.ToString());
        }

        var evaluation = NrpEvaluator.Evaluate(instance, read.Value);
        foreach (var violation in evaluation.Violations)
        {
            Console.Error.WriteLine($"  {violation}");
        }

        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new { instance = instance.Name, feasible = evaluation.Feasible, objective = evaluation.Objective, violations = evaluation.Violations.Count }, CliJson.Options));
        }
        else
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{instance.Name}: {(evaluation.Feasible ? "feasible" : $"{evaluation.Violations.Count} hard-rule violations")}, objective {evaluation.Objective} (requests on {evaluation.ShiftOnPenalty}, off {evaluation.ShiftOffPenalty}; cover under {evaluation.UnderCoverPenalty}, over {evaluation.OverCoverPenalty})"));
        }

        return evaluation.Feasible ? ExitCodes.Success : ExitCodes.Infeasible;
    }

    private static void Print(bool json, string instance, string status, long objective, double bound, double seconds)
    {
        var roundedBound = Math.Max(0, Math.Ceiling(bound - 1e-6));
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new { instance, status, objective, bound = roundedBound, seconds = Math.Round(seconds, 1) }, CliJson.Options));
        }
        else
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{instance}: {status}, objective {objective}, bound {roundedBound}, {seconds:0.0} s"));
        }
    }

    /// <summary>Writes each improving roster to stderr: elapsed time, objective and bound.</summary>
    private sealed class ConsoleProgress : IProgress<RosterProgress>
    {
        public void Report(RosterProgress value)
        {
            if (SearchDetails.Handled(value, Console.Error))
            {
                return;
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Seconds,7:0.0} s  objective {value.Objective,10:0}  bound {value.Bound,10:0}"));
        }
    }
}
