using Dapper;
using NodaTime;
using Npgsql;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Staffing;

namespace Workforce.Storage.Planning;

/// <summary>The rows a completed plan run writes, each set in one <c>unnest</c> statement inside the run's transaction.</summary>
internal sealed class PlanRunWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, long planRunId, string siteId, CancellationToken cancellationToken)
{
    public Task RequirementsAsync(IReadOnlyList<IntervalRequirement> requirements) => ExecuteAsync(
        """
        INSERT INTO requirements (plan_run_id, site_id, channel_id, interval_start, volume, aht_seconds,
            required_agents, scheduled_agents, service_level, asa_seconds, occupancy)
        SELECT @PlanRunId, @SiteId, u.* FROM unnest(@ChannelIds::text[], @Starts::timestamptz[], @Volumes::float8[],
            @AhtSeconds::float8[], @Required::int[], @Scheduled::int[], @ServiceLevels::float8[], @AsaSeconds::float8[],
            @Occupancies::float8[]) AS u
        """,
        new
        {
            PlanRunId = planRunId,
            SiteId = siteId,
            ChannelIds = requirements.Select(r => r.ChannelId).ToArray(),
            Starts = requirements.Select(r => r.Start.ToInstant().ToDateTimeUtc()).ToArray(),
            Volumes = requirements.Select(r => r.Volume).ToArray(),
            AhtSeconds = requirements.Select(r => r.AhtSeconds).ToArray(),
            Required = requirements.Select(r => r.RequiredAgents).ToArray(),
            Scheduled = requirements.Select(r => r.ScheduledAgents).ToArray(),
            ServiceLevels = requirements.Select(r => r.ServiceLevel).ToArray(),
            AsaSeconds = requirements.Select(r => r.AsaSeconds).ToArray(),
            Occupancies = requirements.Select(r => r.Occupancy).ToArray(),
        });

    /// <summary>Publishes the run's roster for the week (superseding the previous version) with its activities and coverage.</summary>
    public async Task PublishedRosterAsync(LocalDate weekStart, RosterReport roster)
    {
        var versionId = await RosterVersions.PublishAsync(
            connection, transaction, siteId, weekStart, RosterVersionSource.PlanRun, planRunId, RosterReportRows.Shifts(roster), cancellationToken);
        await RosterReportRows.WriteDetailsAsync(connection, transaction, versionId, siteId, roster, cancellationToken);
    }

    private Task<int> ExecuteAsync(string sql, object parameters) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
}
