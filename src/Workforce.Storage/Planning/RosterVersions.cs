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

/// <summary>Where a roster version came from, as <c>roster_versions.source</c> spells it.</summary>
public static class RosterVersionSource
{
    /// <summary>Published by a completed plan run.</summary>
    public const string PlanRun = "plan_run";

    /// <summary>Published by an import of a scenario's <c>baseline_roster.csv</c>.</summary>
    public const string Import = "import";

    /// <summary>A draft planned for a what-if (and published later, perhaps).</summary>
    public const string WhatIf = "what_if";
}

/// <summary>A roster version about to be added: its week, status and origin.</summary>
/// <param name="Status">"draft" or "published".</param>
/// <param name="Source">One of <see cref="RosterVersionSource"/>.</param>
internal sealed record NewRosterVersion(string SiteId, LocalDate WeekStart, string Status, string Source)
{
    public long? PlanRunId { get; init; }

    /// <summary>For a draft: the published version it was planned against.</summary>
    public long? BaseRosterVersionId { get; init; }

    /// <summary>For a what-if draft: the request, as JSON.</summary>
    public string? WhatIf { get; init; }

    public string? CreatedBy { get; init; }
}

/// <summary>
/// Roster versions, written inside the transaction of whoever writes them (a completed plan run, an import
/// of <c>baseline_roster.csv</c>, a what-if draft and its publishing). Agents see one published roster per
/// site week: publishing supersedes the week's previous version, under the week's lock.
/// </summary>
internal static class RosterVersions
{
    /// <summary>The id of the site week's published version, or null when none is.</summary>
    public static Task<long?> PublishedIdAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string siteId, LocalDate weekStart, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT roster_version_id FROM roster_versions WHERE site_id = @SiteId AND week_start = @WeekStart::date AND status = 'published'",
            new { SiteId = siteId, WeekStart = weekStart.ToDateTimeUnspecified() },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>
    /// Supersedes the week's published version and opens a new published one from <paramref name="source"/>
    /// (<see cref="RosterVersionSource"/>), returning its id. Holds the week's lock (<see cref="LockWeekAsync"/>)
    /// until the transaction ends.
    /// </summary>
    public static async Task<long> PublishAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string siteId, LocalDate weekStart, string source, long? planRunId, IReadOnlyList<RosterShiftRow> shifts, CancellationToken cancellationToken)
    {
        await LockWeekAsync(connection, transaction, siteId, weekStart, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE roster_versions SET status = 'superseded' WHERE site_id = @SiteId AND week_start = @WeekStart::date AND status = 'published'",
            new { SiteId = siteId, WeekStart = weekStart.ToDateTimeUnspecified() },
            transaction,
            cancellationToken: cancellationToken));
        return await InsertAsync(connection, transaction, new NewRosterVersion(siteId, weekStart, "published", source) { PlanRunId = planRunId }, shifts, cancellationToken);
    }

    /// <summary>
    /// Serialises the writers of one site week's published version (plan runs, imports, publishing a draft)
    /// until the transaction ends: a transaction-scoped advisory lock keyed on the site and week. After it, a
    /// read-committed statement sees what the previous holder committed.
    /// </summary>
    public static Task LockWeekAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string siteId, LocalDate weekStart, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtextextended('roster_week/' || @SiteId || '/' || @WeekStart, 0))",
            new { SiteId = siteId, WeekStart = weekStart.ToString("R", System.Globalization.CultureInfo.InvariantCulture) },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>Adds a version with its shifts (each on the date it starts), returning its id.</summary>
    public static async Task<long> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NewRosterVersion version, IReadOnlyList<RosterShiftRow> shifts, CancellationToken cancellationToken)
    {
        var versionId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO roster_versions (site_id, plan_run_id, week_start, status, published_at, source, base_roster_version_id, what_if, created_by)
            VALUES (@SiteId, @PlanRunId, @WeekStart::date, @Status, CASE WHEN @Status = 'draft' THEN NULL ELSE now() END, @Source,
                @BaseRosterVersionId, @WhatIf::jsonb, @CreatedBy)
            RETURNING roster_version_id
            """,
            new
            {
                version.SiteId,
                version.PlanRunId,
                WeekStart = version.WeekStart.ToDateTimeUnspecified(),
                version.Status,
                version.Source,
                version.BaseRosterVersionId,
                version.WhatIf,
                version.CreatedBy,
            },
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
                version.SiteId,
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
        if (await PublishedIdAsync(connection, transaction, siteId, weekStart, cancellationToken) is not { } id)
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
