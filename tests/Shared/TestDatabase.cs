using Npgsql;

namespace Workforce.Tests.Database;

/// <summary>
/// A private schema in the throwaway database named by <c>WORKFORCE_TEST_DB</c> (never the database a
/// user configured in <c>WORKFORCE_DB</c>). Each test gets its own schema through the connection string's
/// search path, so tests do not see each other's rows; disposing drops it.
/// <para>
/// ./test.sh starts a PostgreSQL server and sets the variable. Without it the database tests are skipped
/// (and say so) for a developer's plain <c>dotnet test</c>, but fail when <c>CI</c> or
/// <c>WORKFORCE_TEST_DB_REQUIRED</c> is set, so a CI run can never pass without them.
/// </para>
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "WORKFORCE_TEST_DB";

    private TestDatabase(string connectionString, string schema)
    {
        ConnectionString = connectionString;
        Schema = schema;
    }

    /// <summary>Connection string whose search path is this test's schema.</summary>
    public string ConnectionString { get; }

    public string Schema { get; }

    /// <summary>The server's connection string, or null when none is configured.</summary>
    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Whether a missing database must fail the tests rather than skip them.</summary>
    public static bool Required =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        || Environment.GetEnvironmentVariable("WORKFORCE_TEST_DB_REQUIRED") == "1";

    public const string MissingMessage =
        $"{Variable} is not set: run ./test.sh, which starts a throwaway PostgreSQL server and sets it, or set it to a throwaway database.";

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(MissingMessage);
        var schema = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        return new TestDatabase(builder.ConnectionString, schema);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// A test that needs PostgreSQL: skipped with the reason when no database is configured on a developer's
/// machine; run (and failing with <see cref="TestDatabase.MissingMessage"/>) when one is required.
/// </summary>
public sealed class DatabaseFactAttribute : FactAttribute
{
    public DatabaseFactAttribute()
    {
        if (TestDatabase.ServerConnectionString is null && !TestDatabase.Required)
        {
            Skip = TestDatabase.MissingMessage;
        }
    }
}
