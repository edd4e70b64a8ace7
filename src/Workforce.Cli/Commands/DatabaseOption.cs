using System.CommandLine;
using System.Net.Sockets;
using Npgsql;
using Workforce.Storage;

namespace Workforce.Cli.Commands;

/// <summary>
/// The <c>--connection</c> option of the <c>db</c> commands (else <c>WORKFORCE_DB</c>), and the one place
/// that turns a database the user pointed at wrongly (malformed string, server unreachable, bad password,
/// no such database, schema not migrated) into one line and exit code 2.
/// </summary>
internal static class DatabaseOption
{
    public const string EnvironmentVariable = "WORKFORCE_DB";

    public static Option<string?> Create() => new("--connection")
    {
        Description = $"PostgreSQL connection string, e.g. \"Host=localhost;Database=workforce;Username=planner\" (default: ${EnvironmentVariable})",
    };

    /// <summary>Runs <paramref name="work"/> against the database the option or the environment names.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Option<string?> option, Func<NpgsqlDataSource, Task<int>> work)
    {
        var connectionString = parse.GetValue(option) ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new UsageException("--connection", $"no database given: pass --connection or set {EnvironmentVariable}");
        }

        NpgsqlDataSource dataSource;
        try
        {
            dataSource = WorkforceDatabase.Create(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException("--connection", $"not a valid PostgreSQL connection string: {ex.Message}");
        }

        await using (dataSource)
        {
            try
            {
                return await work(dataSource);
            }
            catch (NpgsqlException ex) when (Explain(ex) is { } message)
            {
                throw new BadInputException($"database: {message}");
            }
        }
    }

    /// <summary>The user-fixable cause of a database error, or null when it is a bug to report.</summary>
    private static string? Explain(NpgsqlException exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UndefinedTable } postgres => $"{postgres.MessageText}: run `workforce db migrate` first",
        // Class 28: invalid authorisation; 3D000: no such database; 57P03: the server is starting or stopping.
        PostgresException postgres when postgres.SqlState.StartsWith("28", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.CannotConnectNow => postgres.MessageText,
        PostgresException => null,
        { InnerException: SocketException socket } => $"cannot reach the server: {socket.Message}",
        { InnerException: TimeoutException } => "cannot reach the server: the connection timed out",
        _ => exception.Message,
    };
}
