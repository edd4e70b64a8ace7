using Dapper;
using Npgsql;
using Workforce.Core.Rostering;
using Workforce.Storage.Planning;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// Actual worked time from time and attendance: the stretches each agent worked, in site-local time
/// (<c>worked_time.csv</c> in a scenario folder). <see cref="WorkHistoryStore"/> reads it to derive a new
/// week's carry-in from what agents really worked rather than from the published roster.
/// </summary>
public sealed class WorkedTimeStore(NpgsqlDataSource dataSource)
{
    /// <summary>The site's worked time of its active agents, by start then agent order (the order the file is written in).</summary>
    public async Task<IReadOnlyList<BaselineShift>> LoadAsync(string siteId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ShiftRow>(new CommandDefinition(
            """
            SELECT w.agent_id, w.starts_at, w.ends_at
            FROM worked_time w JOIN agents a USING (site_id, agent_id)
            WHERE w.site_id = @SiteId AND a.active
            ORDER BY w.starts_at, a.position
            """,
            new { SiteId = siteId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToBaseline())];
    }

    /// <summary>
    /// Adds or corrects worked time inside an import's transaction, keyed by agent and start. Stretches not
    /// given are kept (time and attendance accumulates day by day), except that a given stretch replaces a
    /// stored one of the same agent it overlaps (a corrected clock-in time), so stored stretches never overlap.
    /// An unchanged stretch is not rewritten.
    /// </summary>
    internal static async Task UpsertAsync(Writer write, IReadOnlyList<BaselineShift> stretches)
    {
        var columns = new
        {
            write.SiteId,
            AgentIds = stretches.Select(s => s.AgentId).ToArray(),
            Starts = stretches.Select(s => s.Start.ToDateTimeUnspecified()).ToArray(),
            Ends = stretches.Select(s => s.End.ToDateTimeUnspecified()).ToArray(),
        };
        await write.ExecuteAsync(
            """
            DELETE FROM worked_time w
            USING unnest(@AgentIds::text[], @Starts::timestamp[], @Ends::timestamp[]) AS u(agent_id, starts_at, ends_at)
            WHERE w.site_id = @SiteId AND w.agent_id = u.agent_id
              AND w.starts_at < u.ends_at AND w.ends_at > u.starts_at AND w.starts_at <> u.starts_at
            """,
            columns);
        await write.ExecuteAsync(
            """
            INSERT INTO worked_time (site_id, agent_id, starts_at, ends_at)
            SELECT @SiteId, u.* FROM unnest(@AgentIds::text[], @Starts::timestamp[], @Ends::timestamp[]) AS u
            ON CONFLICT (site_id, agent_id, starts_at) DO UPDATE SET ends_at = EXCLUDED.ends_at
            WHERE worked_time.ends_at <> EXCLUDED.ends_at
            """,
            columns);
    }
}
