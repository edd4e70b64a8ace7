using System.CommandLine;
using System.Globalization;
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
/// <c>workforce roster</c>: staffing → weekly roster for named agents with CP-SAT. Progress goes to
/// stderr; Ctrl+C stops the search and keeps the best roster found so far.
/// </summary>
internal static class RosterCommand
{
    private static readonly Option<string> ScenarioDir = OptionFactory.RequiredPath("--scenario", "Scenario folder (site.json, forecast.csv, agents.csv, contracts.json, ...)");
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Output folder");
    internal static readonly Option<TimeSpan?> TimeLimit = OptionFactory.Duration("--time-limit", "Solver wall-clock limit (default 60s)");
    internal static readonly Option<int> Threads = new("--threads") { Description = "Solver threads (default 2)", DefaultValueFactory = _ => 2 };
    internal static readonly Option<int> Seed = new("--seed") { Description = "Solver random seed (default 1)", DefaultValueFactory = _ => 1 };
    internal static readonly Option<string?> FrozenThrough = new("--frozen-through")
    {
        Description = "Last day (yyyy-MM-dd) on which baseline_roster.csv may not change at all; later changes are penalised",
    };

    internal static readonly Option<double?> DeterministicTime = OptionFactory.Number("--deterministic-time", "CP-SAT max_deterministic_time, for reproducible runs with --threads 1", 0, double.PositiveInfinity, false, false);

    public static Command Build()
    {
        var command = new Command("roster", "Build a weekly roster for named agents") { ScenarioDir, Out, TimeLimit, Threads, Seed, DeterministicTime, FrozenThrough };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(ScenarioDir)!;
            var scenario = ScenarioInput.Load(directory);
            var inputs = Freeze(LoadRosterInputs(directory, scenario), parse);
            var outcome = Run(scenario, inputs, SettingsFrom(parse));
            if (outcome.Report is null)
            {
                return ExitCodes.Infeasible;
            }

            RosterOutputWriter.Write(parse.GetValue(Out)!, outcome.Report);
            ReportHtmlWriter.Write(parse.GetValue(Out)!, outcome.Report);
            Console.Out.WriteLine(RosterOutputWriter.SummaryJson(outcome.Report.Summary));
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

    /// <summary>The outcome of a roster run: a report, or null after the reasons were printed.</summary>
    internal sealed record Outcome(RosterReport? Report);

    /// <summary>Staffing, the hard-rule check, the solve and the report: shared by <c>roster</c> and <c>plan</c>.</summary>
    internal static Outcome Run(Core.Scenario scenario, RosterInputs inputs, RosterSolverSettings settings)
    {
        var requirements = StaffingPlanner.Staff(scenario.Site, scenario.Forecast);
        var data = RosterModelBuilder.Build(scenario.Site, requirements, scenario.Forecast, inputs, RosterWeights.Default);
        var problems = HardRuleCheck.Explain(data);
        if (problems.Count > 0)
        {
            Console.Error.WriteLine("error: the hard rules cannot all hold:");
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"  {problem}");
            }

            return new Outcome(null);
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Keep the process alive: the solver stops and the best roster so far is written.
            e.Cancel = true;
            cancellation.Cancel();
            Console.Error.WriteLine("Stopping: writing the best roster found so far.");
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rostering {data.Agents.Count} agents over {data.Horizon.WeekIntervals} intervals, {data.Demands.Count} channels ({settings.Threads} threads, limit {settings.TimeLimit.TotalSeconds:0} s)"));
            var solution = new CpSatRosterSolver().Solve(data, settings, new ConsoleProgress(), cancellation.Token);
            if (!solution.HasRoster)
            {
                Console.Error.WriteLine(solution switch
                {
                    { InfeasibleAgentId: { } agentId } => $"error: the hard rules cannot all hold: agent {agentId}: the contract's hours, working days, rest, consecutive-day and weekend limits cannot all be met this week with the time off and carry-in given",
                    { Status: RosterStatus.Infeasible } => "error: the hard rules cannot all hold together",
                    _ => "error: no roster found within the time limit; allow more time (--time-limit)",
                });
                return new Outcome(null);
            }

            return new Outcome(RosterReportBuilder.Build(data, solution, inputs.TimeOff));
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Writes each improving roster to stderr: elapsed time, objective and bound.</summary>
    private sealed class ConsoleProgress : IProgress<RosterProgress>
    {
        public void Report(RosterProgress value) =>
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Seconds,7:0.0} s  objective {value.Objective,14:0}  bound {value.Bound,14:0}"));
    }
}
