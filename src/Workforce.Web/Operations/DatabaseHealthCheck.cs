using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Workforce.Storage;

namespace Workforce.Web.Operations;

/// <summary>Database mode: healthy when the database answers and its schema is the one this build needs.</summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var schema = await new SchemaMigrator(dataSource).CheckAsync(cancellationToken);
            return schema.Problem is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy($"schema version {schema.AppliedVersion}");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy($"the database is not reachable: {ex.Message}");
        }
    }
}
