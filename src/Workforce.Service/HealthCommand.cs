using System.Globalization;
using Npgsql;
using Workforce.Storage;
using Workforce.Storage.Planning;

namespace Workforce.Service;

/// <summary>
/// <c>workforce-service health</c>: whether the database answers, its schema version, and the last run of each
/// site. Exit code 0 when the database answers, 1 when it does not, 2 when its schema is not this build's.
/// </summary>
internal static class HealthCommand
{
    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            var schema = await new SchemaMigrator(dataSource).CheckAsync(cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database: ok (schema version {schema.AppliedVersion?.ToString(CultureInfo.InvariantCulture) ?? "none"})"));
            if (schema.Problem is { } problem)
            {
                output.WriteLine($"schema: {problem}");
                return ServiceCommandLine.ExitBadArguments;
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
