using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workforce.Web;
using Workforce.Web.Security;
using Workforce.Web.Sites;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce serve</c>: the web API. With <c>--scenario DIR</c> (the embedded default) it serves that
/// folder from memory, plans it once at start, listens on loopback only and prints a one-time login link;
/// without it, every site of the database (<c>--connection</c> or <c>WORKFORCE_DB</c>). Logs go to stderr.
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<string?> ScenarioDir = new("--scenario") { Description = "Scenario folder to serve without a database (the embedded mode)" };
    private static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 (default 5080)", DefaultValueFactory = _ => 5080 };
    private static readonly Option<string?> Users = new("--users") { Description = "Users file of the embedded mode (default: users.json in the scenario folder; write it with `workforce users add`)" };
    private static readonly Option<TimeSpan?> TimeLimit = OptionFactory.Duration("--time-limit", "Roster search limit of each plan and what-if (default 60s)");
    private static readonly Option<int> Threads = new("--threads") { Description = "Solver threads per plan (default 2)", DefaultValueFactory = _ => 2 };
    private static readonly Option<string?> Connection = DatabaseOption.Create();

    public static Command Build()
    {
        var command = new Command("serve", "Serve the web API: a scenario folder (--scenario) or every site of the database")
        {
            ScenarioDir, Port, Users, TimeLimit, Threads, Connection,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var port = parse.GetValue(Port);
            if (port is < 1 or > 65535)
            {
                throw new UsageException("--port", $"must be from 1 to 65535, got {port}");
            }

            var settings = new Dictionary<string, string?>
            {
                ["Workforce:Port"] = port.ToString(CultureInfo.InvariantCulture),
                ["Workforce:SolverThreads"] = Math.Max(1, parse.GetValue(Threads)).ToString(CultureInfo.InvariantCulture),
                ["Workforce:PlanTimeLimit"] = (parse.GetValue(TimeLimit) ?? TimeSpan.FromSeconds(60)).ToString("c", CultureInfo.InvariantCulture),
                ["Workforce:UsersFile"] = parse.GetValue(Users),
            };
            string what;
            if (parse.GetValue(ScenarioDir) is { } directory)
            {
                // Bad input stops the server before it listens, as `plan` would.
                var loaded = EmbeddedScenario.Load(directory, NodaTime.SystemClock.Instance.GetCurrentInstant());
                if (!loaded.Succeeded)
                {
                    throw new BadInputException(loaded.Error!.ToString());
                }

                settings["Workforce:Scenario"] = Path.GetFullPath(directory);
                what = $"{loaded.Value.Scenario.Site.Name} ({WorkforceWebApp.SiteIdOf(directory)})";
            }
            else
            {
                var connection = parse.GetValue(Connection) ?? Environment.GetEnvironmentVariable(DatabaseOption.EnvironmentVariable);
                if (string.IsNullOrWhiteSpace(connection))
                {
                    throw new UsageException("--scenario", $"give a scenario folder, or a database with --connection or {DatabaseOption.EnvironmentVariable}");
                }

                settings["ConnectionStrings:Workforce"] = connection;
                what = "every site of the database";
            }

            await using var app = WorkforceWebApp.Build([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            });
            await app.StartAsync(cancellationToken);
            var origin = $"http://127.0.0.1:{port}";
            Console.Out.WriteLine($"Serving {what} at {origin}/");
            if (app.Services.GetRequiredService<LoginLink>().Token is { } token)
            {
                Console.Out.WriteLine($"Open this link to sign in (it works once): {origin}/login?token={token}");
            }

            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
