using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Workforce.Core.Staffing;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce erlang</c>: the classic single-interval calculator. It solves for the agents a target
/// needs, or, with <c>--agents</c>, evaluates a given head-count.
/// </summary>
internal static class ErlangCommand
{
    private static readonly Option<double?> Calls = OptionFactory.Number("--calls", "Contacts offered in the period", 0, double.PositiveInfinity, true, false);
    private static readonly Option<TimeSpan?> Period = OptionFactory.Duration("--period", "Length of the period the calls arrive in", required: true);
    private static readonly Option<TimeSpan?> Aht = OptionFactory.Duration("--aht", "Average handle time", required: true);
    private static readonly Option<TimeSpan?> AnswerWithin = OptionFactory.DurationOrZero("--answer-within", "The T of 'X % answered within T' (default 20s)");
    private static readonly Option<double?> TargetSl = OptionFactory.Number("--target-sl", "Service level target, a fraction in (0, 1)", 0, 1, false, false);
    private static readonly Option<TimeSpan?> TargetAsa = OptionFactory.Duration("--target-asa", "Average speed of answer target");
    private static readonly Option<double?> MaxOccupancy = OptionFactory.Number("--max-occupancy", "Occupancy cap in (0, 1] (default 1: no cap)", 0, 1, false, true);
    private static readonly Option<double?> Shrinkage = OptionFactory.Number("--shrinkage", "Unplanned shrinkage in [0, 1) to gross the answer up by", 0, 1, true, false);
    private static readonly Option<TimeSpan?> Patience = OptionFactory.Duration("--patience", "Mean caller patience: selects Erlang A (callers abandon)");
    private static readonly Option<double?> MaxAbandon = OptionFactory.Number("--max-abandon", "Erlang A: largest share of callers who may abandon", 0, 1, false, false);
    private static readonly Option<int?> Concurrency = new("--concurrency") { Description = "Chat: sessions an agent holds at once (selects the chat model)" };
    private static readonly Option<double?> HandleTimeGrowth = OptionFactory.Number("--handle-time-growth", "Chat: relative handle-time growth per extra session (default 0.25)", 0, 10, true, true);
    private static readonly Option<int?> Agents = new("--agents") { Description = "Evaluate this head-count instead of solving for one" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print one JSON object" };

    private static readonly TimeSpan DefaultAnswerWithin = TimeSpan.FromSeconds(20);

    public static Command Build()
    {
        Calls.Required = true;
        var command = new Command("erlang", "Agents needed for one interval's calls (Erlang C, Erlang A with --patience, chat with --concurrency)")
        {
            Calls, Period, Aht, AnswerWithin, TargetSl, TargetAsa, MaxOccupancy, Shrinkage, Patience, MaxAbandon, Concurrency, HandleTimeGrowth, Agents, Json,
        };
        command.SetAction(parse => Run(parse, Console.Out));
        return command;
    }

    private static int Run(System.CommandLine.ParseResult parse, TextWriter output)
    {
        var ahtSeconds = parse.GetValue(Aht)!.Value.TotalSeconds;
        var traffic = ErlangC.TrafficErlangs(parse.GetValue(Calls)!.Value, parse.GetValue(Period)!.Value.TotalSeconds, ahtSeconds);
        var target = BuildTarget(parse);
        var patience = parse.GetValue(Patience)?.TotalSeconds;
        var concurrency = parse.GetValue(Concurrency);
        if (concurrency is < 1 or > 10)
        {
            throw new UsageException("--concurrency", $"expected a whole number of sessions from 1 to 10, got {concurrency}");
        }

        if (concurrency is not null && patience is not null)
        {
            throw new UsageException("--patience", "the chat model (--concurrency) has no abandonment; give one or the other");
        }

        if (target.MaxAbandonFraction is not null && patience is null)
        {
            throw new UsageException("--max-abandon", "an abandonment target needs --patience (Erlang A)");
        }

        var growth = parse.GetValue(HandleTimeGrowth) ?? 0.25;
        var givenAgents = parse.GetValue(Agents);
        StaffingAnswer answer;
        if (givenAgents is { } agents)
        {
            if (agents < 0)
            {
                throw new UsageException("--agents", $"must be 0 or more, got {agents}");
            }

            var metrics = concurrency is { } k
                ? ChatConcurrency.Evaluate(traffic, agents, ahtSeconds, k, growth, target.AnswerWithinSeconds)
                : patience is { } p
                    ? ErlangA.Evaluate(traffic, agents, ahtSeconds, p, target.AnswerWithinSeconds)
                    : ErlangC.Evaluate(traffic, agents, ahtSeconds, target.AnswerWithinSeconds);
            answer = new StaffingAnswer(agents, agents, metrics);
        }
        else
        {
            if (target.ServiceLevelFraction is null && target.AsaTargetSeconds is null && target.MaxOccupancy >= 1)
            {
                throw new UsageException("--target-sl", "give --target-sl, --target-asa or --max-occupancy to solve for, or --agents to evaluate");
            }

            answer = concurrency is { } k
                ? ChatConcurrency.RequiredAgents(traffic, ahtSeconds, k, growth, target)
                : patience is { } p
                    ? ErlangA.RequiredAgents(traffic, ahtSeconds, p, target)
                    : ErlangC.RequiredAgents(traffic, ahtSeconds, target);
        }

        var shrinkage = parse.GetValue(Shrinkage) ?? 0;
        var report = new ErlangReport(
            answer.Metrics.TrafficErlangs,
            answer.Agents,
            givenAgents is null ? answer.FractionalAgents : null,
            answer.Metrics.ServiceLevel,
            answer.Metrics.ProbabilityOfWaiting,
            double.IsFinite(answer.Metrics.AverageSpeedOfAnswerSeconds) ? answer.Metrics.AverageSpeedOfAnswerSeconds : null,
            answer.Metrics.Occupancy,
            ShrinkageGrossUp.ScheduledAgents(answer.Agents, shrinkage),
            patience is null ? null : answer.Metrics.ProbabilityOfAbandoning);

        if (parse.GetValue(Json))
        {
            output.WriteLine(JsonSerializer.Serialize(report, CliJson.Options));
        }
        else
        {
            WriteTable(output, report, target, shrinkage);
        }

        return ExitCodes.Success;
    }

    private static QueueTarget BuildTarget(System.CommandLine.ParseResult parse) => new()
    {
        ServiceLevelFraction = parse.GetValue(TargetSl),
        AnswerWithinSeconds = (parse.GetValue(AnswerWithin) ?? DefaultAnswerWithin).TotalSeconds,
        AsaTargetSeconds = parse.GetValue(TargetAsa)?.TotalSeconds,
        MaxOccupancy = parse.GetValue(MaxOccupancy) ?? 1.0,
        MaxAbandonFraction = parse.GetValue(MaxAbandon),
    };

    private static void WriteTable(TextWriter output, ErlangReport report, QueueTarget target, double shrinkage)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Traffic               {report.TrafficErlangs:0.###} Erlangs"));
        output.WriteLine(report.FractionalAgents is { } fractional
            ? string.Create(c, $"Agents                {report.Agents}  (fractional {fractional:0.00})")
            : string.Create(c, $"Agents                {report.Agents}"));
        output.WriteLine(string.Create(c, $"Service level         {report.ServiceLevel:P2} answered within {target.AnswerWithinSeconds:0.#} s"));
        output.WriteLine(string.Create(c, $"Probability of wait   {report.ProbWait:P2}"));
        output.WriteLine(report.AsaSeconds is { } asa
            ? string.Create(c, $"ASA                   {asa:0.00} s")
            : "ASA                   unbounded (agents do not exceed the traffic)");
        output.WriteLine(string.Create(c, $"Occupancy             {report.Occupancy:P2}"));
        if (report.ProbAbandon is { } abandon)
        {
            output.WriteLine(string.Create(c, $"Probability abandon   {abandon:P2}"));
        }

        output.WriteLine(string.Create(c, $"Required gross        {report.RequiredGross}  (agents grossed up for {shrinkage:P0} unplanned shrinkage)"));
    }

    /// <summary>The <c>--json</c> shape; property names are camelCase. <c>requiredGross</c> is <c>agents</c> grossed up for unplanned shrinkage, as <c>required_gross</c> in requirements.csv.</summary>
    private sealed record ErlangReport(
        double TrafficErlangs,
        int Agents,
        double? FractionalAgents,
        double ServiceLevel,
        double ProbWait,
        double? AsaSeconds,
        double Occupancy,
        int RequiredGross,
        double? ProbAbandon);
}
