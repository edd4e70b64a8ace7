using System.CommandLine;
using System.Globalization;
using Workforce.Core.Planning;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;
using Workforce.Files.Output;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;
using Workforce.Scheduling.Roster;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce roster</c>: staffing → weekly roster for named agents. Progress goes to stderr; Ctrl+C
/// or SIGTERM stops the search and keeps the best roster found so far. Exit codes: 0 a roster (agents
/// whose own rules contradict are named and left out), 2 bad input, 3 no lawful roster (with
/// <c>--strict</c>: for any agent), 4 the time limit ended before a first roster, 130 stopped before one.
/// </summary>
internal static class RosterCommand
{
    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder (site.json, forecast.csv, agents.csv, contracts.json, ...)");
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Output folder");
    internal static readonly Option<TimeSpan?> TimeLimit = OptionFactory.Duration("--time-limit", "Wall-clock limit of the whole run, from start to files written (default 60s)");
    internal static readonly Option<int> Threads = new("--threads") { Description = "Solver threads (default 2)", DefaultValueFactory = _ => 2 };
    internal static readonly Option<int> Seed = new("--seed") { Description = "Solver random seed (default 1)", DefaultValueFactory = _ => 1 };
    internal static readonly Option<string?> FrozenThrough = new("--frozen-through")
    {
        Description = "Last day (yyyy-MM-dd) on which baseline_roster.csv may not change at all; later changes are penalised",
    };

    internal static readonly Option<double?> DeterministicTime = OptionFactory.Number("--deterministic-time", "CP-SAT max_deterministic_time, for reproducible runs with --threads 1", 0, double.PositiveInfinity, false, false);

    internal static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Exit 3 when any agent's own rules contradict each other, instead of rostering everyone else and naming them",
    };

    public static Command Build()
    {
        var command = new Command("roster", $"Build a weekly roster for named agents. {ExitCodes.RosterHelp}") { ScenarioDir, Out, TimeLimit, Threads, Seed, DeterministicTime, FrozenThrough, Strict };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            using var output = OutputFolder.Begin(parse.GetValue(Out)!, directory);
            var scenario = ScenarioInput.Load(directory);
            var inputs = Freeze(LoadRosterInputs(directory, scenario), parse);
            var outcome = Run(scenario, inputs, parse);
            if (outcome.Report is null)
            {
                return outcome.ExitCode;
            }

            RosterOutputWriter.Write(output.WorkingDirectory, outcome.Report);
            ReportHtmlWriter.Write(output.WorkingDirectory, outcome.Report);
            output.Commit();
            Console.Out.WriteLine(RosterOutputWriter.SummaryJson(outcome.Report.Summary));
            Console.Error.WriteLine($"Wrote the roster to {output.Target}");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static RosterSolverSettings SettingsFrom(ParseResult parse)
    {
        var threads = parse.GetValue(Threads);
        if (threads < 1)
        {
            throw new UsageException("--threads", $"must be 1 or more, got {threads}");
        }

        return new RosterSolverSettings(parse.GetValue(TimeLimit) ?? TimeSpan.FromSeconds(60), threads, parse.GetValue(Seed), parse.GetValue(DeterministicTime));
    }

    internal static RosterInputs LoadRosterInputs(string directory, Core.Scenario scenario)
    {
        var inputs = RosterInputsFolder.Load(directory, scenario.Site);
        if (!inputs.Succeeded)
        {
            throw new BadInputException(inputs.Error!.ToString());
        }

        return inputs.Value ?? throw new BadInputException($"{Path.Combine(directory, AgentsCsvReader.FileName)}: file not found; a roster needs agents");
    }

    /// <summary>Applies <c>--frozen-through</c> to the scenario's baseline roster, which it needs.</summary>
    internal static RosterInputs Freeze(RosterInputs inputs, ParseResult parse)
    {
        if (parse.GetValue(FrozenThrough) is not { } text)
        {
            return inputs;
        }

        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!date.Success)
        {
            throw new UsageException("--frozen-through", $"expected a date as yyyy-MM-dd, got '{text}'");
        }

        if (inputs.Baseline is null)
        {
            throw new UsageException("--frozen-through", $"needs a published roster to freeze: the scenario has no {BaselineRosterCsvReader.FileName}");
        }

        return inputs with { Baseline = inputs.Baseline with { FrozenThrough = date.Value } };
    }

    /// <summary>The outcome of a roster run: a report, or null (after the reasons were printed) with the exit code to return.</summary>
    internal sealed record Outcome(RosterReport? Report, int ExitCode);

    /// <summary>
    /// The roster line (<see cref="RosterPipeline"/>) under the command's one deadline, with progress and a
    /// heartbeat on stderr and Ctrl+C or SIGTERM as a request to stop and keep the best roster so far:
    /// shared by <c>roster</c>, <c>plan</c> and <c>price</c>.
    /// </summary>
    /// <param name="afterRoster">Time the command still needs once the roster is found (pricing, a capacity plan), kept out of the search's share of the deadline.</param>
    /// <param name="requirements">The scenario's staffing when the command has it already, so that it is not computed twice.</param>
    internal static Outcome Run(Core.Scenario scenario, RosterInputs inputs, ParseResult parse, TimeSpan afterRoster = default, IReadOnlyList<IntervalRequirement>? requirements = null)
    {
        var settings = SettingsFrom(parse);
        var deadline = new RunDeadline(settings.TimeLimit);
        var writing = RunDeadline.WritingReserve(inputs.Agents.Count) + afterRoster;
        using var stop = new StopSignal(Console.Error, "Stopping: writing the best roster found so far.");
        using var progress = new ProgressLines(Console.Error);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rostering {inputs.Agents.Count} agents ({settings.Threads} threads, limit {settings.TimeLimit.TotalSeconds:0} s)"));
        progress.Stage("staffing and checking each agent's rules");
        var result = RosterPipeline.Run(
            scenario,
            inputs,
            requirements ?? StaffingPlanner.Staff(scenario.Site, scenario.Forecast),
            new WeekRosterSolver(),
            new RosterRunSettings(settings, parse.GetValue(Strict), () => deadline.LeftFor(writing)),
            progress,
            stop.Token);
        foreach (var agent in result.Outcome == RosterOutcome.Rostered ? result.Unrostered : [])
        {
            Console.Error.WriteLine($"warning: not rostered: {agent.Reason}");
        }

        switch (result.Outcome)
        {
            case RosterOutcome.Rostered:
                progress.Stage(result.Report!.Summary.Status == "interrupted" ? "stopped: writing" : "writing");
                return new Outcome(result.Report, ExitCodes.Success);
            case RosterOutcome.Contradictory:
                Console.Error.WriteLine(result.Unrostered.Count > 0 && parse.GetValue(Strict)
                    ? "error: the hard rules cannot all hold (--strict):"
                    : "error: the hard rules cannot all hold:");
                foreach (var problem in result.Problems)
                {
                    Console.Error.WriteLine($"  {problem}");
                }

                return new Outcome(null, ExitCodes.Infeasible);
            case RosterOutcome.Interrupted:
                Console.Error.WriteLine("stopped before a first roster: nothing written");
                return new Outcome(null, ExitCodes.Interrupted);
            default:
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: the time limit ({settings.TimeLimit.TotalSeconds:0.#} s) ended before a first lawful roster; allow more time (--time-limit)"));
                return new Outcome(null, ExitCodes.TimedOut);
        }
    }
}
