using Dapper;
using Npgsql;
using Workforce.Core.Rostering.Reporting;

namespace Workforce.Storage.Planning;

/// <summary>
/// A roster report as a version's rows: shifts (paid hours to the cent), activities and coverage, the last two
/// each in one <c>unnest</c> statement inside the writer's transaction. A plan run and a what-if draft write the
/// same rows, so every version's coverage reads from one table.
/// </summary>
internal static class RosterReportRows
{
    public static IReadOnlyList<RosterShiftRow> Shifts(RosterReport report) =>
        [.. report.Roster.Select(r => new RosterShiftRow(
            r.AgentId,
            r.ShiftStart.LocalDateTime.ToDateTimeUnspecified(),
            r.ShiftEnd.LocalDateTime.ToDateTimeUnspecified(),
            decimal.Round((decimal)r.PaidHours, 2, MidpointRounding.AwayFromZero)))];

    /// <summary>Writes the report's activities and coverage rows for the version.</summary>
    public static async Task WriteDetailsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long versionId, string siteId, RosterReport report, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO roster_activities (roster_version_id, site_id, agent_id, activity, starts_at, ends_at)
            SELECT @VersionId, @SiteId, u.* FROM unnest(@AgentIds::text[], @Activities::text[], @Starts::timestamp[], @Ends::timestamp[]) AS u
            """,
            new
            {
                VersionId = versionId,
                SiteId = siteId,
                AgentIds = report.Activities.Select(a => a.AgentId).ToArray(),
                Activities = report.Activities.Select(a => a.Activity).ToArray(),
                Starts = report.Activities.Select(a => a.Start.LocalDateTime.ToDateTimeUnspecified()).ToArray(),
                Ends = report.Activities.Select(a => a.End.LocalDateTime.ToDateTimeUnspecified()).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO roster_version_coverage (roster_version_id, channel_id, interval_start, required_agents, scheduled_agents,
                shortfall_agents, service_level, asa_seconds)
            SELECT @VersionId, u.* FROM unnest(@ChannelIds::text[], @Starts::timestamptz[], @Required::float8[], @Scheduled::float8[],
                @Shortfalls::float8[], @ServiceLevels::float8[], @AsaSeconds::float8[]) AS u
            """,
            new
            {
                VersionId = versionId,
                ChannelIds = report.Coverage.Select(c => c.ChannelId).ToArray(),
                Starts = report.Coverage.Select(c => c.IntervalStart.ToInstant().ToDateTimeUtc()).ToArray(),
                Required = report.Coverage.Select(c => c.Required).ToArray(),
                Scheduled = report.Coverage.Select(c => c.Scheduled).ToArray(),
                Shortfalls = report.Coverage.Select(c => c.Shortfall).ToArray(),
                ServiceLevels = report.Coverage.Select(c => Finite(c.ProjectedServiceLevel)).ToArray(),
                AsaSeconds = report.Coverage.Select(c => Finite(c.ProjectedAsaSeconds)).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>A projection the queueing model could not make (NaN, infinite) is stored as null.</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
