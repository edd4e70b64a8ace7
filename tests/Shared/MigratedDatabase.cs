using Npgsql;
using Workforce.Storage;

namespace Workforce.Tests.Database;

/// <summary>A test schema with the Workforce schema migrated into it, and its data source.</summary>
public sealed class MigratedDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private MigratedDatabase(TestDatabase database, NpgsqlDataSource dataSource)
    {
        _database = database;
        DataSource = dataSource;
    }

    public NpgsqlDataSource DataSource { get; }

    public string ConnectionString => _database.ConnectionString;

    public static async Task<MigratedDatabase> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var dataSource = WorkforceDatabase.Create(database.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(CancellationToken.None);
        return new MigratedDatabase(database, dataSource);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<T>(connection, sql, parameters) ?? throw new InvalidOperationException($"No value from: {sql}");
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }
}
