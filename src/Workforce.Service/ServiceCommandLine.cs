using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Workforce.Service;

/// <summary>What the command line asked for.</summary>
/// <param name="Mode">How the planning worker runs.</param>
/// <param name="Health">Report the database and the last run of each site instead (<c>health</c>).</param>
/// <param name="Connection">A connection string given with <c>--connection</c> (discouraged), or null.</param>
internal sealed record ServiceArguments(RunMode Mode, bool Health, string? Connection);

/// <summary>
/// <c>workforce-service [--once] [--force] [--plan-date yyyy-MM-dd] | health</c>, parsed with System.CommandLine:
/// an unknown option or a bad value is an error that names it (exit code 2), never a silent fallback to the
/// long-running mode. Settings come from appsettings.json and the environment only, not the command line.
/// </summary>
internal static class ServiceCommandLine
{
    public const int ExitBadArguments = 2;

    private static readonly Option<bool> Once = new("--once") { Description = "Run one cycle for all due sites, then exit (cron, tests)" };

    private static readonly Option<bool> Force = new("--force") { Description = "Plan every site for its current local date even if already planned today or before its run time" };

    private static readonly Option<LocalDate?> PlanDate = new("--plan-date")
    {
        Description = "Plan every site for this local date (yyyy-MM-dd) instead of today's: a missed day, or a rehearsal",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"--plan-date: expected a date as yyyy-MM-dd, got '{text}'");
            return null;
        },
    };

    private static readonly Option<string?> Connection = new("--connection")
    {
        Description = "PostgreSQL connection string; discouraged, as it shows on the process list: set WORKFORCE_DB instead",
        Recursive = true,
    };

    /// <summary>
    /// The parsed arguments, or the exit code to stop with: 2 and one line on <paramref name="error"/> for bad
    /// arguments, 0 after <c>--help</c> or <c>--version</c> printed to <paramref name="output"/>.
    /// </summary>
    public static (ServiceArguments? Arguments, int ExitCode) Parse(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var health = new Command("health", "Report whether the database answers, its schema version, and the last run of each site");
        health.SetAction(_ => 0);
        var root = new RootCommand("workforce-service: re-plans every site daily from the Workforce database (WORKFORCE_DB)")
        {
            Once,
            Force,
            PlanDate,
            Connection,
            health,
        };
        root.SetAction(_ => 0);
        var parse = root.Parse([.. args]);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine($"error: {parse.Errors[0].Message}");
            return (null, ExitBadArguments);
        }

        if (!ReferenceEquals(parse.Action, parse.CommandResult.Command.Action))
        {
            // --help or --version: print it and stop.
            return (null, parse.Invoke(new InvocationConfiguration { Output = output, Error = error }));
        }

        var mode = new RunMode(parse.GetValue(Once), parse.GetValue(Force), parse.GetValue(PlanDate));
        return (new ServiceArguments(mode, parse.CommandResult.Command == health, parse.GetValue(Connection)), 0);
    }
}
