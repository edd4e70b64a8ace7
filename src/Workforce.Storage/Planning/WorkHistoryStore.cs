using Dapper;
using NodaTime;
using Npgsql;
using Workforce.Core.Rostering;

namespace Workforce.Storage.Planning;

/// <summary>
/// Reads what a site's agents worked before a week: the published roster versions of the weeks before it
/// (back to the first week without one, at most the number of weeks asked for) and the worked time
/// (<c>worked_time</c>) recorded over them, in one repeatable-read transaction.
/// </summary>
public sealed class WorkHistoryStore(NpgsqlDataSource dataSource) : IWorkHistorySource
{
    public async Task<WorkHistory?> LoadAsync(string siteId, LocalDate weekStart, int weeks, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var period = new { SiteId = siteId, From = weekStart.PlusWeeks(-weeks).ToDateTimeUnspecified(), WeekStart = weekStart.ToDateTimeUnspecified() };
        var published = (await connection.QueryAsync<DateTime>(new CommandDefinition(
            """
            SELECT week_start FROM roster_versions
            WHERE site_id = @SiteId AND status = 'published' AND week_start >= @From::date AND week_start < @WeekStart::date
            """,
            period,
            transaction,
            cancellationToken: cancellationToken))).Select(LocalDate.FromDateTime).ToHashSet();
        var coveredFrom = weekStart;
        while (published.Contains(coveredFrom.PlusWeeks(-1)))
        {
            coveredFrom = coveredFrom.PlusWeeks(-1);
        }

        if (coveredFrom == weekStart)
        {
            return null;
        }

        var covered = new { SiteId = siteId, CoveredFrom = coveredFrom.ToDateTimeUnspecified(), WeekStart = weekStart.ToDateTimeUnspecified() };
        var shifts = await connection.QueryAsync<ShiftRow>(new CommandDefinition(
            """
            SELECT DISTINCT s.agent_id, s.starts_at, s.ends_at
            FROM roster_versions v JOIN roster_shifts s USING (roster_version_id)
            WHERE v.site_id = @SiteId AND v.status = 'published' AND v.week_start >= @CoveredFrom::date AND v.week_start < @WeekStart::date
              AND s.starts_at >= @CoveredFrom::date AND s.starts_at < @WeekStart::date
            """,
            covered,
            transaction,
            cancellationToken: cancellationToken));
        var worked = await connection.QueryAsync<ShiftRow>(new CommandDefinition(
            "SELECT agent_id, starts_at, ends_at FROM worked_time WHERE site_id = @SiteId AND starts_at >= @CoveredFrom::date AND starts_at < @WeekStart::date",
            covered,
            transaction,
            cancellationToken: cancellationToken));
        var workedThrough = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT max(starts_at)::date FROM worked_time WHERE site_id = @SiteId AND starts_at < @WeekStart::date",
            covered,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new WorkHistory(
            coveredFrom,
            [.. shifts.Select(s => s.ToBaseline())],
            [.. worked.Select(s => s.ToBaseline())],
            workedThrough is { } through ? LocalDate.FromDateTime(through) : null);
    }
}

/// <summary>A shift or a stretch of worked time as stored: an agent and site-local <c>timestamp</c>s.</summary>
internal sealed record ShiftRow(string AgentId, DateTime StartsAt, DateTime EndsAt)
{
    public BaselineShift ToBaseline() => new(AgentId, LocalDateTime.FromDateTime(StartsAt), LocalDateTime.FromDateTime(EndsAt));
}
