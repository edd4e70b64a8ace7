using System.Data;
using Dapper;
using Npgsql;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// The connection, transaction, site and cancellation token of one multi-row write, so each statement
/// states only its SQL and parameters.
/// </summary>
internal sealed class Writer(NpgsqlConnection connection, NpgsqlTransaction transaction, string siteId, CancellationToken cancellationToken)
{
    public string SiteId { get; } = siteId;

    /// <summary>Runs a statement once, or once per row when <paramref name="parameters"/> is a sequence of rows.</summary>
    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters ?? new { SiteId }, transaction, cancellationToken: cancellationToken));

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql) =>
        connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, new { SiteId }, transaction, cancellationToken: cancellationToken));

    public Task<T> QuerySingleAsync<T>(string sql, object parameters) =>
        connection.QuerySingleAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    /// <summary>A row's parameters with this write's site id added.</summary>
    public DynamicParameters WithSite(object row)
    {
        var parameters = new DynamicParameters(row);
        parameters.Add("SiteId", SiteId, DbType.String);
        return parameters;
    }
}
