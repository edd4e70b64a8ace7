using Dapper;
using Npgsql;
using Workforce.Storage;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Service.Tests;

/// <summary>A migrated test schema with sites imported, and queries on what the service wrote.</summary>
public sealed class ServiceDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private ServiceDatabase(TestDatabase database, NpgsqlDataSource dataSource)
    {
        _database = database;
        DataSource = dataSource;
    }

    public NpgsqlDataSource DataSource { get; }

    public string ConnectionString => _database.ConnectionString;

    public static async Task<ServiceDatabase> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var dataSource = WorkforceDatabase.Create(database.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(CancellationToken.None);
        return new ServiceDatabase(database, dataSource);
    }

    public Task ImportTinySiteAsync(string siteId) =>
        new ScenarioImporter(DataSource).ImportAsync(siteId, TinySite.Scenario(), TinySite.Inputs(), CancellationToken.None);

    public Task ImportBusySiteAsync(string siteId) =>
        new ScenarioImporter(DataSource).ImportAsync(siteId, TinySite.Busy(), TinySite.Inputs(40), CancellationToken.None);

    public async Task<IReadOnlyList<RunRow>> RunsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<RunRow>("SELECT plan_run_id, site_id, status, process_id, error FROM plan_runs ORDER BY plan_run_id")];
    }

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    public sealed record RunRow(long PlanRunId, string SiteId, string Status, int ProcessId, string? Error);
}
