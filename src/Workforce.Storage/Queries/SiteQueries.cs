using Dapper;
using NodaTime;
using Npgsql;

namespace Workforce.Storage.Queries;

/// <summary>
/// What the HTTP API reads about sites: forecasts, requirements, roster versions and their coverage, plan
/// runs, and the figures <c>/metrics</c> reports. A read about one site returns null when the site (or the
/// version asked for) does not exist, so the caller can answer 404, and an empty list when it exists but has
/// nothing yet. Record conventions are in ReadModels.cs.
/// </summary>
public sealed class SiteQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Sites ordered by id; only those in <paramref name="siteIds"/> when it is not null.</summary>
    public async Task<IReadOnlyList<SiteSummary>> ListSitesAsync(IReadOnlyCollection<string>? siteIds, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SiteRow>(new CommandDefinition(
            """
            SELECT site_id, name, time_zone, currency, week_start, interval_minutes FROM sites
            WHERE @All OR site_id = ANY(@Ids) ORDER BY site_id
            """,
            new { All = siteIds is null, Ids = siteIds?.ToArray() ?? [] },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSummary())];
    }

    /// <summary>The site, or null.</summary>
    public async Task<SiteSummary?> FindSiteAsync(string siteId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await SiteAsync(connection, null, siteId, cancellationToken))?.ToSummary();
    }

    /// <summary>The site's forecast versions, newest first; null for an unknown site.</summary>
    /// <summary>The site's active channels in their file order (id, name, kind), or null for an unknown site.</summary>
    public async Task<IReadOnlyList<ChannelSummary>?> ChannelsAsync(string siteId, CancellationToken cancellationToken)
    {
        if (await FindSiteAsync(siteId, cancellationToken) is null)
        {
            return null;
        }

        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ChannelSummary>(new CommandDefinition(
            "SELECT channel_id, name, kind FROM channels WHERE site_id = @SiteId AND active ORDER BY position",
            new { SiteId = siteId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public Task<IReadOnlyList<ForecastVersionSummary>?> ForecastVersionsAsync(string siteId, CancellationToken cancellationToken) =>
        ForSiteAsync(siteId, async (connection, site) =>
            (await connection.QueryAsync<ForecastVersionRow>(new CommandDefinition(
                """
                SELECT forecast_version_id, source, created_at, plan_run_id FROM forecast_versions
                WHERE site_id = @SiteId ORDER BY forecast_version_id DESC
                """,
                new { site.SiteId },
                cancellationToken: cancellationToken)))
            .Select(r => new ForecastVersionSummary(r.ForecastVersionId, r.Source, Utc(r.CreatedAt), r.PlanRunId)).ToList(),
            cancellationToken);

    /// <summary>The intervals of one of the site's forecast versions, in file order; null when the site has no such version.</summary>
    public Task<IReadOnlyList<ForecastPoint>?> ForecastIntervalsAsync(string siteId, long forecastVersionId, CancellationToken cancellationToken) =>
        VersionRowsAsync<ForecastPointRow, ForecastPoint>(
            siteId,
            "SELECT EXISTS (SELECT 1 FROM forecast_versions WHERE forecast_version_id = @Id AND site_id = @SiteId)",
            forecastVersionId,
            "SELECT channel_id, interval_start, volume, aht_seconds FROM forecast_intervals WHERE forecast_version_id = @Id ORDER BY position",
            (site, r) => new ForecastPoint(r.ChannelId, site.Local(r.IntervalStart), r.Volume, r.AhtSeconds),
            cancellationToken);

    /// <summary>The requirements of the site's latest completed plan run; null for an unknown site or one never planned.</summary>
    public async Task<RunRequirements?> LatestRequirementsAsync(string siteId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        if (await SiteAsync(connection, transaction, siteId, cancellationToken) is not { } site)
        {
            return null;
        }

        var run = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(
            """
            SELECT plan_run_id, plan_date FROM plan_runs WHERE site_id = @SiteId AND status = 'completed'
            ORDER BY finished_at DESC, plan_run_id DESC LIMIT 1
            """,
            new { site.SiteId },
            transaction,
            cancellationToken: cancellationToken));
        if (run is null)
        {
            return null;
        }

        var rows = await connection.QueryAsync<StaffingRow>(new CommandDefinition(
            """
            SELECT channel_id, interval_start, volume, aht_seconds, required_agents, scheduled_agents, service_level, asa_seconds, occupancy
            FROM requirements WHERE plan_run_id = @PlanRunId ORDER BY interval_start, channel_id
            """,
            new { run.PlanRunId },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new RunRequirements(
            run.PlanRunId,
            run.PlanDate,
            [.. rows.Select(r => new StaffingPoint(
                r.ChannelId, site.Local(r.IntervalStart), r.Volume, r.AhtSeconds, r.RequiredAgents, r.ScheduledAgents, r.ServiceLevel, r.AsaSeconds, r.Occupancy))]);
    }

    /// <summary>The site's roster versions, newest first; null for an unknown site.</summary>
    public Task<IReadOnlyList<RosterVersionSummary>?> RosterVersionsAsync(string siteId, CancellationToken cancellationToken) =>
        ForSiteAsync(siteId, async (connection, site) =>
            (await connection.QueryAsync<VersionRow>(new CommandDefinition(
                $"{VersionSelect} WHERE v.site_id = @SiteId ORDER BY v.roster_version_id DESC",
                new { site.SiteId },
                cancellationToken: cancellationToken)))
            .Select(r => r.ToSummary()).ToList(),
            cancellationToken);

    /// <summary>One of the site's roster versions with its shifts (by agent, then date) and activities; null when the site has no such version.</summary>
    public async Task<RosterVersionDetail?> RosterVersionAsync(string siteId, long rosterVersionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var version = new { SiteId = siteId, Id = rosterVersionId };
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition(
            $"{VersionSelect} WHERE v.site_id = @SiteId AND v.roster_version_id = @Id", version, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var shifts = await connection.QueryAsync<ShiftRow>(new CommandDefinition(
            """
            SELECT s.agent_id, a.name AS agent_name, s.shift_date, s.starts_at, s.ends_at, s.paid_hours
            FROM roster_shifts s JOIN agents a USING (site_id, agent_id)
            WHERE s.roster_version_id = @Id ORDER BY a.position, s.shift_date
            """,
            version,
            transaction,
            cancellationToken: cancellationToken));
        var activities = await connection.QueryAsync<RosterActivity>(new CommandDefinition(
            """
            SELECT agent_id, activity, starts_at AS start, ends_at AS "end" FROM roster_activities
            WHERE roster_version_id = @Id ORDER BY agent_id, starts_at, roster_activity_id
            """,
            version,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new RosterVersionDetail(
            row.ToSummary(),
            row.WhatIf,
            [.. shifts.Select(s => new RosterShift(s.AgentId, s.AgentName, s.ShiftDate, s.StartsAt, s.EndsAt, s.PaidHours))],
            [.. activities]);
    }

    /// <summary>
    /// The coverage of one of the site's roster versions, by interval then channel; null when the site has no
    /// such version; empty for a version without coverage (an imported baseline).
    /// </summary>
    public Task<IReadOnlyList<CoveragePoint>?> CoverageAsync(string siteId, long rosterVersionId, CancellationToken cancellationToken) =>
        VersionRowsAsync<CoverageRow, CoveragePoint>(
            siteId,
            "SELECT EXISTS (SELECT 1 FROM roster_versions WHERE roster_version_id = @Id AND site_id = @SiteId)",
            rosterVersionId,
            """
            SELECT channel_id, interval_start, required_agents, scheduled_agents, shortfall_agents, service_level, asa_seconds
            FROM roster_version_coverage WHERE roster_version_id = @Id ORDER BY interval_start, channel_id
            """,
            (site, r) => new CoveragePoint(r.ChannelId, site.Local(r.IntervalStart), r.RequiredAgents, r.ScheduledAgents, r.ShortfallAgents, r.ServiceLevel, r.AsaSeconds),
            cancellationToken);

    /// <summary>
    /// A roster version's coverage summed in the database: agent-intervals required, and under-covered (required
    /// above scheduled, where positive); zeros for a version without coverage. Multiply by the interval length
    /// for agent-hours.
    /// </summary>
    public async Task<CoverageTotals> CoverageTotalsAsync(long rosterVersionId, CancellationToken cancellationToken)
    {
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<CoverageTotals>(new CommandDefinition(
            """
            SELECT coalesce(sum(required_agents), 0) AS required_agent_intervals,
                   coalesce(sum(greatest(required_agents - scheduled_agents, 0)), 0) AS under_covered_agent_intervals
            FROM roster_version_coverage WHERE roster_version_id = @Id
            """,
            new { Id = rosterVersionId },
            cancellationToken: cancellationToken));
    }

    /// <summary>One of the site's plan runs, or null.</summary>
    public async Task<PlanRunSummary?> PlanRunAsync(string siteId, long planRunId, CancellationToken cancellationToken)
    {
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var r = await connection.QuerySingleOrDefaultAsync<PlanRunRow>(new CommandDefinition(
            """
            SELECT plan_run_id, plan_date, status, started_at, finished_at, solver_status, objective, bound, error
            FROM plan_runs WHERE site_id = @SiteId AND plan_run_id = @Id
            """,
            new { SiteId = siteId, Id = planRunId },
            cancellationToken: cancellationToken));
        return r is null ? null : Summary(r);
    }

    private static PlanRunSummary Summary(PlanRunRow r) =>
        new(r.PlanRunId, r.PlanDate, r.Status, Utc(r.StartedAt), r.FinishedAt is { } f ? Utc(f) : null, r.SolverStatus, r.Objective, r.Bound, r.Error);

    /// <summary>The site's plan runs, newest first, at most <paramref name="limit"/>; null for an unknown site.</summary>
    public Task<IReadOnlyList<PlanRunSummary>?> PlanRunsAsync(string siteId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return ForSiteAsync(siteId, async (connection, site) =>
            (await connection.QueryAsync<PlanRunRow>(new CommandDefinition(
                """
                SELECT plan_run_id, plan_date, status, started_at, finished_at, solver_status, objective, bound, error
                FROM plan_runs WHERE site_id = @SiteId ORDER BY plan_run_id DESC LIMIT @Limit
                """,
                new { site.SiteId, Limit = limit },
                cancellationToken: cancellationToken)))
            .Select(Summary)
            .ToList(),
            cancellationToken);
    }

    /// <summary>Every site with how many of its runs are in each state, by site id.</summary>
    public async Task<IReadOnlyList<PlanRunCounts>> PlanRunCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<PlanRunCounts>(new CommandDefinition(
            """
            SELECT s.site_id,
                   count(r.plan_run_id) FILTER (WHERE r.status = 'running') AS running,
                   count(r.plan_run_id) FILTER (WHERE r.status = 'completed') AS completed,
                   count(r.plan_run_id) FILTER (WHERE r.status = 'failed') AS failed,
                   count(r.plan_run_id) FILTER (WHERE r.status = 'abandoned') AS abandoned,
                   count(r.plan_run_id) FILTER (WHERE r.status = 'cancelled') AS cancelled
            FROM sites s LEFT JOIN plan_runs r USING (site_id)
            GROUP BY s.site_id ORDER BY s.site_id
            """,
            cancellationToken: cancellationToken))];
    }

    /// <summary>The last completed run of every site that has one, by site id.</summary>
    public async Task<IReadOnlyList<LastCompletedRun>> LastCompletedRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<LastCompletedRow>(new CommandDefinition(
            """
            SELECT s.site_id, r.plan_run_id, r.plan_date, r.objective, r.bound,
                   extract(epoch FROM r.finished_at - r.started_at)::float8 AS seconds,
                   (SELECT sum(greatest(c.required_agents - c.scheduled_agents, 0)) * s.interval_minutes / 60.0
                    FROM roster_versions v JOIN roster_version_coverage c USING (roster_version_id)
                    WHERE v.plan_run_id = r.plan_run_id)::float8 AS under_coverage_agent_hours
            FROM sites s
            JOIN LATERAL (
                SELECT * FROM plan_runs p WHERE p.site_id = s.site_id AND p.status = 'completed'
                ORDER BY p.finished_at DESC, p.plan_run_id DESC LIMIT 1
            ) r ON true
            ORDER BY s.site_id
            """,
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new LastCompletedRun(r.SiteId, r.PlanRunId, r.PlanDate, r.Objective, r.Bound, r.Seconds, r.UnderCoverageAgentHours))];
    }

    private const string VersionSelect =
        """
        SELECT v.roster_version_id, v.week_start, v.status, v.source, v.base_roster_version_id, v.plan_run_id, v.created_at,
               v.published_at, v.created_by, (SELECT count(*) FROM roster_shifts s WHERE s.roster_version_id = v.roster_version_id) AS shift_count,
               v.what_if::text AS what_if
        FROM roster_versions v
        """;

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DapperSetup.Ensure();
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="read"/> for the site, or returns null when there is no such site.</summary>
    private async Task<IReadOnlyList<T>?> ForSiteAsync<T>(string siteId, Func<NpgsqlConnection, SiteRow, Task<List<T>?>> read, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        await using var connection = await OpenAsync(cancellationToken);
        return await SiteAsync(connection, null, siteId, cancellationToken) is { } site ? await read(connection, site) : null;
    }

    /// <summary>
    /// The rows (<paramref name="rowsSql"/>, keyed by <c>@Id</c>) of a version the site owns (<paramref name="ownedSql"/>
    /// is true), mapped; null when the site or its version does not exist.
    /// </summary>
    private Task<IReadOnlyList<T>?> VersionRowsAsync<TRow, T>(
        string siteId, string ownedSql, long versionId, string rowsSql, Func<SiteRow, TRow, T> map, CancellationToken cancellationToken) =>
        ForSiteAsync(
            siteId,
            async (connection, site) =>
            {
                var owned = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    ownedSql, new { Id = versionId, site.SiteId }, cancellationToken: cancellationToken));
                return owned
                    ? (await connection.QueryAsync<TRow>(new CommandDefinition(rowsSql, new { Id = versionId }, cancellationToken: cancellationToken))).Select(r => map(site, r)).ToList()
                    : null;
            },
            cancellationToken);

    private static Task<SiteRow?> SiteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string siteId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<SiteRow>(new CommandDefinition(
            "SELECT site_id, name, time_zone, currency, week_start, interval_minutes FROM sites WHERE site_id = @SiteId",
            new { SiteId = siteId },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>A timestamptz as Npgsql reads it (a UTC DateTime) as a UTC DateTimeOffset.</summary>
    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed record SiteRow(string SiteId, string Name, string TimeZone, string Currency, DateOnly WeekStart, int IntervalMinutes)
    {
        private readonly DateTimeZone? _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone);

        public SiteSummary ToSummary() => new(SiteId, Name, TimeZone, Currency.Trim(), WeekStart, IntervalMinutes);

        /// <summary>An interval start at the site's offset of that moment (UTC when the zone is unknown to this build).</summary>
        public DateTimeOffset Local(DateTime utc)
        {
            var instant = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
            return _zone is null ? instant.ToDateTimeOffset() : instant.InZone(_zone).ToDateTimeOffset();
        }
    }

    private sealed record ForecastVersionRow(long ForecastVersionId, string Source, DateTime CreatedAt, long? PlanRunId);

    private sealed record ForecastPointRow(string ChannelId, DateTime IntervalStart, double Volume, double AhtSeconds);

    private sealed record RunRow(long PlanRunId, DateOnly PlanDate);

    private sealed record StaffingRow(
        string ChannelId, DateTime IntervalStart, double Volume, double AhtSeconds, int RequiredAgents, int ScheduledAgents, double ServiceLevel, double AsaSeconds, double Occupancy);

    private sealed record VersionRow(
        long RosterVersionId, DateOnly WeekStart, string Status, string Source, long? BaseRosterVersionId, long? PlanRunId, DateTime CreatedAt, DateTime? PublishedAt, string? CreatedBy, long ShiftCount, string? WhatIf)
    {
        public RosterVersionSummary ToSummary() => new(
            RosterVersionId, WeekStart, Status, Source, BaseRosterVersionId, PlanRunId, Utc(CreatedAt), PublishedAt is { } p ? Utc(p) : null, CreatedBy, (int)ShiftCount);
    }

    private sealed record ShiftRow(string AgentId, string AgentName, DateOnly ShiftDate, DateTime StartsAt, DateTime EndsAt, decimal? PaidHours);

    private sealed record CoverageRow(
        string ChannelId, DateTime IntervalStart, double RequiredAgents, double ScheduledAgents, double ShortfallAgents, double? ServiceLevel, double? AsaSeconds);

    private sealed record PlanRunRow(
        long PlanRunId, DateOnly PlanDate, string Status, DateTime StartedAt, DateTime? FinishedAt, string? SolverStatus, double? Objective, double? Bound, string? Error);

    private sealed record LastCompletedRow(string SiteId, long PlanRunId, DateOnly PlanDate, double? Objective, double? Bound, double Seconds, double? UnderCoverageAgentHours);
}
