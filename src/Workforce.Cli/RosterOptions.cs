using System.CommandLine;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;
using Workforce.Files.Scenario;

namespace Workforce.Cli;

/// <summary>The options every command that rosters (or plans) shares, and their values as settings.</summary>
internal static class RosterOptions
{
    public static readonly Option<TimeSpan?> TimeLimit = OptionFactory.Duration("--time-limit", "Wall-clock limit of the whole run, from start to files written (default 60s)");
    public static readonly Option<int> Threads = new("--threads") { Description = "Solver threads (default 2)", DefaultValueFactory = _ => 2 };
    public static readonly Option<int> Seed = new("--seed") { Description = "Solver random seed (default 1)", DefaultValueFactory = _ => 1 };
    public static readonly Option<string?> FrozenThrough = new("--frozen-through")
    {
        Description = "Last day (yyyy-MM-dd) on which baseline_roster.csv may not change at all; later changes are penalised",
    };

    public static readonly Option<double?> DeterministicTime = OptionFactory.Number("--deterministic-time", "CP-SAT max_deterministic_time, for reproducible runs with --threads 1", 0, double.PositiveInfinity, false, false);

    public static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Exit 3 when any agent's own rules contradict each other, instead of rostering everyone else and naming them",
    };

    public static readonly Option<string> StaffAt = new("--staff-at")
    {
        Description = "Forecast quantile to staff for: p50 (the forecast volume), p80 or p90 (default p50)",
        DefaultValueFactory = _ => "p50",
    };

    static RosterOptions() => StaffAt.AcceptOnlyFromAmong("p50", "p80", "p90");

    public static StaffingQuantile Quantile(ParseResult parse) => parse.GetValue(StaffAt) switch
    {
        "p80" => StaffingQuantile.P80,
        "p90" => StaffingQuantile.P90,
        _ => StaffingQuantile.P50,
    };

    public static RosterSolverSettings SettingsFrom(ParseResult parse)
    {
        var threads = parse.GetValue(Threads);
        if (threads < 1)
        {
            throw new UsageException("--threads", $"must be 1 or more, got {threads}");
        }

        return new RosterSolverSettings(parse.GetValue(TimeLimit) ?? TimeSpan.FromSeconds(60), threads, parse.GetValue(Seed), parse.GetValue(DeterministicTime));
    }

    /// <summary>Applies <c>--frozen-through</c> to the scenario's baseline roster, which it needs.</summary>
    public static RosterInputs Freeze(RosterInputs inputs, ParseResult parse)
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
}
