using System.Globalization;
using Dapper;
using Npgsql;
using Workforce.Storage.Planning;

namespace Workforce.Service;

/// <summary>
/// <c>workforce-service health</c>: whether the database answers, its schema version, and the last run of each
/// site. Exit code 0 when the database answers, 1 when it does not.
/// </summary>
internal static class HealthCommand
{
    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            {
                var version = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
                    "SELECT max(version) FROM schema_migrations", cancellationToken: cancellationToken));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database: ok (schema version {version})"));
            }

            foreach (var run in await new PlanRunStore(dataSource, Environment.MachineName, Environment.ProcessId).LastRunPerSiteAsync(cancellationToken))
            {
                output.WriteLine(run.PlanRunId is null
                    ? $"site {run.SiteId}: never planned"
                    : string.Create(CultureInfo.InvariantCulture, $"site {run.SiteId}: run {run.PlanRunId} for {run.PlanDate:yyyy-MM-dd} {run.Status}, started {run.StartedAt:u}{(run.FinishedAt is { } f ? $", finished {f:u}" : string.Empty)}{(run.Error is { } e ? $": {e}" : string.Empty)}"));
            }

            return 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            output.WriteLine($"database: unavailable: {ex.Message}");
            return 1;
        }
    }
}
