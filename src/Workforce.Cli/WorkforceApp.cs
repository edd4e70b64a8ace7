using System.CommandLine;
using Workforce.Cli.Commands;

namespace Workforce.Cli;

/// <summary>
/// The <c>workforce</c> command line: parses, runs the command, and maps every failure to one line on
/// stderr and an exit code (2 for bad input), never a stack trace.
/// </summary>
internal static class WorkforceApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand($"Workforce: staffing, rostering and pricing for contact centres. {ExitCodes.Help}")
        {
            ErlangCommand.Build(),
            StaffCommand.Build(),
            PlanCommand.Build(),
            CheckCommand.Build(),
            SampleCommand.Build(),
            RosterCommand.Build(),
            ForecastCommand.Build(),
            PriceCommand.Build(),
            CapacityCommand.Build(),
            // workforce db: the PostgreSQL store's schema, and scenario folders in and out of it.
            new Command("db", "PostgreSQL store: migrate the schema, import and export scenario folders")
            {
                DbMigrateCommand.Build(),
                DbImportCommand.Build(),
                DbExportCommand.Build(),
                DbUserCommand.Build(),
            },
            ServeCommand.Build(),
            UsersCommand.Build(),
            NrpCommand.Build(),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine($"error: {ParseErrorText.Describe(parse)}");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception ex) when (ex is UsageException or BadInputException or Core.Planning.PlanInputException or IOException or UnauthorizedAccessException)
        {
            // Bad options, bad files and unwritable output folders are the user's to fix: one line, exit 2.
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The last resort: a bug must still end in one readable line, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            if (Environment.GetEnvironmentVariable("WORKFORCE_DEBUG") == "1")
            {
                error.WriteLine(ex);
            }
            else
            {
                error.WriteLine("Set WORKFORCE_DEBUG=1 for details, and please report this.");
            }

            return ExitCodes.InternalError;
        }
    }
}
