using Dapper;
using NodaTime;
using Npgsql;
using Workforce.Core.Rostering;

namespace Workforce.Storage.Planning;

/// <summary>A site week's published roster: its version and its shifts, in the form the roster engine takes a baseline.</summary>
public sealed record PublishedRoster(long RosterVersionId, BaselineRoster Roster);

/// <summary>A shift of a roster version, in the site's local time; paid hours are null when not known (an imported baseline).</summary>
internal sealed record RosterShiftRow(string AgentId, DateTime StartsAt, DateTime EndsAt, decimal? PaidHours)
{
    public static RosterShiftRow From(BaselineShift shift) =>
        new(shift.AgentId, shift.Start.ToDateTimeUnspecified(), shift.End.ToDateTimeUnspecified(), null);

    public BaselineShift ToBaseline() => new(AgentId, LocalDateTime.FromDateTime(StartsAt), LocalDateTime.FromDateTime(EndsAt));
}

/// <summary>
/// Roster versions, written inside the transaction of whoever publishes (a completed plan run, or an import
/// of <c>baseline_roster.csv</c>). Agents see one published roster per site week: publishing supersedes the
/// week's previous version.
/// </summary>
internal static class RosterVersions
{
    /// <summary>Supersedes the week's published version and opens a new published one, returning its id.</summary>
    public static async Task<long> PublishAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string siteId, LocalDate weekStart, long? planRunId, IReadOnlyList<RosterShiftRow> shifts, CancellationToken cancellationToken)
    {
        var week = new { SiteId = siteId, WeekStart = weekStart.ToDateTimeUnspecified(), PlanRunId = planRunId };
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE roster_versions SET status = 'superseded' WHERE site_id = @SiteId AND week_start = @WeekStart::date AND status = 'published'",
            week,
            transaction,
            cancellationToken: cancellationToken));
        var versionId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO roster_versions (site_id, plan_run_id, week_start, status, published_at)
            VALUES (@SiteId, @PlanRunId, @WeekStart::date, 'published', now())
            RETURNING roster_version_id
            """,
            week,
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO roster_shifts (roster_version_id, site_id, agent_id, shift_date, starts_at, ends_at, paid_hours)
            SELECT @VersionId, @SiteId, u.agent_id, u.starts_at::date, u.starts_at, u.ends_at, u.paid_hours
            FROM unnest(@AgentIds::text[], @Starts::timestamp[], @Ends::timestamp[], @PaidHours::numeric[]) AS u(agent_id, starts_at, ends_at, paid_hours)
            """,
            new
            {
                VersionId = versionId,
                SiteId = siteId,
                AgentIds = shifts.Select(s => s.AgentId).ToArray(),
                Starts = shifts.Select(s => s.StartsAt).ToArray(),
                Ends = shifts.Select(s => s.EndsAt).ToArray(),
                PaidHours = shifts.Select(s => s.PaidHours).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
        return versionId;
    }

    /// <summary>The week's published roster (shifts of active agents) with no frozen days, or null when none was published.</summary>
    public static async Task<PublishedRoster?> LoadPublishedAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string siteId, LocalDate weekStart, CancellationToken cancellationToken)
    {
        var week = new { SiteId = siteId, WeekStart = weekStart.ToDateTimeUnspecified() };
        var versionId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT roster_version_id FROM roster_versions WHERE site_id = @SiteId AND week_start = @WeekStart::date AND status = 'published'",
            week,
            transaction,
            cancellationToken: cancellationToken));
        if (versionId is not { } id)
        {
            return null;
        }

        var shifts = await connection.QueryAsync<RosterShiftRow>(new CommandDefinition(
            """
            SELECT s.agent_id, s.starts_at, s.ends_at, s.paid_hours
            FROM roster_shifts s JOIN agents a USING (site_id, agent_id)
            WHERE s.roster_version_id = @Id AND a.active
            ORDER BY a.position, s.shift_date
            """,
            new { Id = id },
            transaction,
            cancellationToken: cancellationToken));
        return new PublishedRoster(id, new BaselineRoster([.. shifts.Select(s => s.ToBaseline())], null));
    }
}

/// <summary>Reads published rosters: the baseline a re-plan of a site week stays close to.</summary>
public sealed class RosterVersionStore(NpgsqlDataSource dataSource)
{
    /// <summary>The site week's published roster, or null when none was published.</summary>
    public async Task<PublishedRoster?> LoadPublishedAsync(string siteId, LocalDate weekStart, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await RosterVersions.LoadPublishedAsync(connection, null, siteId, weekStart, cancellationToken);
    }
}
