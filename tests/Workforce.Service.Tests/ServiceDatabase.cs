using Dapper;
using Npgsql;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Service.Tests;

/// <summary>A migrated test schema with sites imported, and queries on what the service wrote.</summary>
public sealed class ServiceDatabase : IAsyncDisposable
{
    private readonly MigratedDatabase _database;

    private ServiceDatabase(MigratedDatabase database) => _database = database;

    public NpgsqlDataSource DataSource => _database.DataSource;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<ServiceDatabase> CreateAsync() => new(await MigratedDatabase.CreateAsync());

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

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public sealed record RunRow(long PlanRunId, string SiteId, string Status, int ProcessId, string? Error);
}
