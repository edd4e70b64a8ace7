using Workforce.Core.Forecasting;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// Stores a forecast as a new version of the site's forecast, inside the caller's transaction, unless it
/// equals the current (latest) version value for value, in which case that version stands.
/// </summary>
internal static class ForecastVersions
{
    /// <summary>An import of a scenario's forecast.</summary>
    public const string Import = "import";

    /// <summary>A re-forecast from actuals by a plan run.</summary>
    public const string Reforecast = "forecast";

    /// <summary>Stores <paramref name="forecast"/> (the P50) with <paramref name="quantiles"/>, its other quantiles; the version's hash covers both.</summary>
    public static async Task<(long VersionId, bool Added)> StoreAsync(Writer write, IReadOnlyList<ForecastInterval> forecast, ForecastQuantiles quantiles, string source, long? planRunId)
    {
        var columns = ForecastColumns.From(forecast, quantiles);
        var sha256 = columns.ContentSha256();
        var current = await write.QuerySingleOrDefaultAsync<CurrentVersion>(
            """
            SELECT forecast_version_id, content_sha256 FROM forecast_versions
            WHERE site_id = @SiteId ORDER BY forecast_version_id DESC LIMIT 1
            """);
        if (current is not null && current.ContentSha256 == sha256)
        {
            return (current.ForecastVersionId, false);
        }

        var versionId = await write.QuerySingleAsync<long>(
            """
            INSERT INTO forecast_versions (site_id, source, plan_run_id, content_sha256) VALUES (@SiteId, @Source, @PlanRunId, @Sha256)
            RETURNING forecast_version_id
            """,
            new { write.SiteId, Source = source, PlanRunId = planRunId, Sha256 = sha256 });
        await write.ExecuteAsync(
            """
            INSERT INTO forecast_intervals (forecast_version_id, position, site_id, channel_id, interval_start, volume, aht_seconds,
                volume_p10, volume_p80, volume_p90)
            SELECT @VersionId, u.ordinality - 1, @SiteId, u.channel_id, u.interval_start, u.volume, u.aht_seconds,
                u.volume_p10, u.volume_p80, u.volume_p90
            FROM unnest(@ChannelIds::text[], @IntervalStarts::timestamptz[], @Volumes::float8[], @AhtSeconds::float8[],
                    @VolumesP10::float8[], @VolumesP80::float8[], @VolumesP90::float8[])
                WITH ORDINALITY AS u(channel_id, interval_start, volume, aht_seconds, volume_p10, volume_p80, volume_p90, ordinality)
            """,
            new
            {
                VersionId = versionId,
                write.SiteId,
                columns.ChannelIds,
                columns.IntervalStarts,
                columns.Volumes,
                columns.AhtSeconds,
                columns.VolumesP10,
                columns.VolumesP80,
                columns.VolumesP90,
            });
        return (versionId, true);
    }

    private sealed record CurrentVersion(long ForecastVersionId, string ContentSha256);
}
