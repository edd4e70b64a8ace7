using Dapper;
using NodaTime;
using Npgsql;
using Workforce.Storage.Scenarios;

namespace Workforce.Storage.Planning;

/// <summary>
/// Plan runs with PostgreSQL as the coordinator of several instances. A run is claimed under a row lock on
/// its site taken with <c>FOR UPDATE SKIP LOCKED</c> (an instance never waits for another, it moves on to the
/// next site), and the partial unique index <c>plan_runs_one_running_idx</c> makes a second running run of
/// one site-day impossible whatever the code does. A running run holds a lease its instance renews; a run
/// whose lease expired belonged to a dead instance and is closed as abandoned by the next claim.
/// </summary>
public sealed class PlanRunStore(NpgsqlDataSource dataSource, string host, int processId)
{
    public async Task<IReadOnlyList<SiteClock>> ListSitesAsync(CancellationToken cancellationToken)
    {
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<SiteClock>(new CommandDefinition(
            "SELECT site_id, time_zone FROM sites ORDER BY site_id", cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// Opens a run of the site for the plan date, or returns null when the site-day is not this instance's to
    /// plan: another instance holds the site right now, a run is in progress, the day was already planned
    /// (unless <paramref name="force"/>), or its failed runs are not due again under <paramref name="retry"/>
    /// (unless <paramref name="force"/>): the last failure is too recent, or every attempt is spent.
    /// </summary>
    public async Task<PlanRunClaim?> TryClaimAsync(string siteId, LocalDate planDate, bool force, Duration lease, FailedRunRetry retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(retry);
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new
        {
            SiteId = siteId,
            PlanDate = planDate.ToDateTimeUnspecified(),
            Force = force,
            Lease = lease.ToTimeSpan(),
            Host = host,
            ProcessId = processId,
        };
        var locked = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT site_id FROM sites WHERE site_id = @SiteId FOR UPDATE SKIP LOCKED", parameters, transaction, cancellationToken: cancellationToken));
        if (locked is null)
        {
            return null;
        }

        var abandoned = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE plan_runs SET status = 'abandoned', finished_at = greatest(now(), started_at),
                error = 'lease expired at ' || lease_expires_at || ': the instance on ' || host || ' (pid ' || process_id || ') stopped renewing it'
            WHERE site_id = @SiteId AND status = 'running' AND lease_expires_at < now()
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        var day = await connection.QuerySingleAsync<SiteDayRuns>(new CommandDefinition(
            """
            SELECT bool_or(status = 'running') IS TRUE AS running,
                   bool_or(status = 'completed') IS TRUE AS completed,
                   count(*) FILTER (WHERE status = 'failed')::integer AS failures,
                   max(plan_run_id) FILTER (WHERE status = 'failed') AS last_failed_run_id,
                   now() - max(finished_at) FILTER (WHERE status = 'failed') AS since_last_failure
            FROM plan_runs WHERE site_id = @SiteId AND plan_date = @PlanDate::date
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        if (day.Running || (!force && !day.MayStart(retry)))
        {
            // Keep the abandonment: closing a dead instance's run is right whether or not we plan now.
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        var runId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO plan_runs (site_id, plan_date, status, forced, host, process_id, lease_expires_at)
            VALUES (@SiteId, @PlanDate::date, 'running', @Force, @Host, @ProcessId, now() + @Lease)
            RETURNING plan_run_id
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new PlanRunClaim(runId, siteId, planDate, abandoned, day.Failures + 1);
    }

    /// <summary>What the runs of one site-day say about starting another.</summary>
    private sealed record SiteDayRuns(bool Running, bool Completed, int Failures, long? LastFailedRunId, TimeSpan? SinceLastFailure)
    {
        public bool MayStart(FailedRunRetry retry) =>
            !Completed
            && (Failures == 0
                || (retry.MayRetry(Failures) && Duration.FromTimeSpan(SinceLastFailure ?? TimeSpan.Zero) >= retry.DelayAfter(Failures, LastFailedRunId ?? 0)));
    }

    /// <summary>Extends the lease; false when the run is no longer running (another instance closed it).</summary>
    public async Task<bool> RenewLeaseAsync(long planRunId, Duration lease, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE plan_runs SET lease_expires_at = now() + @Lease WHERE plan_run_id = @Id AND status = 'running'",
            new { Id = planRunId, Lease = lease.ToTimeSpan() },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>
    /// Closes the run as completed and writes what it produced, all in one transaction: its re-forecast as a
    /// forecast version, the requirements, and for a roster a new published version (superseding the week's
    /// previous one) with its shifts and activities. False, with nothing written, when the run is no longer running (its lease was lost).
    /// </summary>
    public async Task<bool> CompleteAsync(long planRunId, PlanRunOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var siteId = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT site_id FROM plan_runs WHERE plan_run_id = @Id AND status = 'running' FOR UPDATE",
            new { Id = planRunId },
            transaction,
            cancellationToken: cancellationToken));
        if (siteId is null)
        {
            return false;
        }

        var forecastVersionId = outcome.ForecastVersionId;
        if (outcome.Reforecast is { } reforecast)
        {
            DapperSetup.Ensure();
            var site = new Writer(connection, transaction, siteId, cancellationToken);
            (forecastVersionId, _) = await ForecastVersions.StoreAsync(site, reforecast, outcome.ReforecastQuantiles, ForecastVersions.Reforecast, planRunId);
        }

        var write = new PlanRunWriter(connection, transaction, planRunId, siteId, cancellationToken);
        await write.RequirementsAsync(outcome.Requirements);
        if (outcome.Roster is { } roster)
        {
            await write.PublishedRosterAsync(outcome.WeekStart, roster);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE plan_runs SET status = 'completed', finished_at = now(), forecast_version_id = @ForecastVersionId,
                solver_status = @SolverStatus, objective = @Objective, bound = @Bound
            WHERE plan_run_id = @Id
            """,
            new
            {
                Id = planRunId,
                ForecastVersionId = forecastVersionId,
                SolverStatus = outcome.Roster?.Summary.Status,
                Objective = outcome.Roster?.Summary.Objective,
                Bound = outcome.Roster?.Summary.Bound,
            },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Closes a running run as failed or cancelled, with the reason; false when it was no longer running.</summary>
    public async Task<bool> CloseAsync(long planRunId, string status, string error, CancellationToken cancellationToken)
    {
        if (status is not (PlanRunStatus.Failed or PlanRunStatus.Cancelled))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Only failed or cancelled runs are closed this way.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE plan_runs SET status = @Status, finished_at = now(), error = @Error WHERE plan_run_id = @Id AND status = 'running'",
            new { Id = planRunId, Status = status, Error = error },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Every site with its latest run (null fields for a site never planned).</summary>
    public async Task<IReadOnlyList<LastPlanRun>> LastRunPerSiteAsync(CancellationToken cancellationToken)
    {
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<LastPlanRun>(new CommandDefinition(
            """
            SELECT s.site_id, r.plan_run_id, r.plan_date, r.status, r.started_at, r.finished_at, r.error
            FROM sites s
            LEFT JOIN LATERAL (
                SELECT * FROM plan_runs p WHERE p.site_id = s.site_id ORDER BY p.plan_run_id DESC LIMIT 1
            ) r ON true
            ORDER BY s.site_id
            """,
            cancellationToken: cancellationToken))];
    }
}
