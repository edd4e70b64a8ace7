using Dapper;
using NodaTime;
using Npgsql;
using Workforce.Core.Forecasting;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// Actuals: what the ACD says happened, volume and AHT per interval and channel, the history the daily
/// re-forecast learns from (<c>history.csv</c> in a scenario folder). An AHT of 0 in the domain (no
/// contacts, or contacts none of which was served) is stored as null: no handle time is known.
/// </summary>
public sealed class ActualsStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// The site's actuals on its active channels, by time then channel order; with <paramref name="before"/>,
    /// only intervals starting before it (a re-plan never looks past its plan date).
    /// </summary>
    public async Task<IReadOnlyList<ForecastInterval>> LoadAsync(string siteId, DateTimeZone zone, Instant? before, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentNullException.ThrowIfNull(zone);
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ForecastRow>(new CommandDefinition(
            $"""
            SELECT a.channel_id, a.interval_start, a.volume, a.aht_seconds
            FROM actuals a JOIN channels c USING (site_id, channel_id)
            WHERE a.site_id = @SiteId AND c.active {(before is null ? string.Empty : "AND a.interval_start < @Before")}
            ORDER BY a.interval_start, c.position
            """,
            new { SiteId = siteId, Before = before?.ToDateTimeUtc() },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDomain(zone))];
    }

    /// <summary>
    /// Adds or corrects actuals inside an import's transaction, in one statement. Intervals not given are
    /// kept (actuals accumulate day by day); an unchanged interval is not rewritten.
    /// </summary>
    internal static Task UpsertAsync(Writer write, IReadOnlyList<ForecastInterval> actuals)
    {
        var columns = ForecastColumns.From(actuals, ForecastQuantiles.None);
        return write.ExecuteAsync(
            """
            INSERT INTO actuals (site_id, channel_id, interval_start, volume, aht_seconds)
            SELECT @SiteId, u.* FROM unnest(@ChannelIds::text[], @IntervalStarts::timestamptz[], @Volumes::float8[], @AhtSeconds::float8[]) AS u
            ON CONFLICT (site_id, channel_id, interval_start) DO UPDATE SET
                volume = EXCLUDED.volume, aht_seconds = EXCLUDED.aht_seconds, recorded_at = now()
            WHERE (actuals.volume, actuals.aht_seconds) IS DISTINCT FROM (EXCLUDED.volume, EXCLUDED.aht_seconds)
            """,
            new
            {
                write.SiteId,
                columns.ChannelIds,
                columns.IntervalStarts,
                columns.Volumes,
                AhtSeconds = columns.AhtSeconds.Select(a => a > 0 ? a : (double?)null).ToArray(),
            });
    }
}
