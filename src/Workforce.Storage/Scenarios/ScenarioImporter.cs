using Dapper;
using Npgsql;
using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Storage.Planning;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// Stores a scenario folder's content as one site: an idempotent upsert in one transaction. Importing the
/// same content twice changes nothing and adds no forecast version. Channels, contracts and agents missing
/// from the new content are marked inactive (never deleted: past rosters and forecasts refer to them);
/// holidays, shrinkage, skills, time off, carry-in, preferences and training are replaced.
/// </summary>
public sealed class ScenarioImporter(NpgsqlDataSource dataSource)
{
    public Task<ImportSummary> ImportAsync(string siteId, Core.Scenario scenario, RosterInputs? rosterInputs, CancellationToken cancellationToken) =>
        ImportAsync(siteId, scenario, rosterInputs, null, null, null, cancellationToken);

    public Task<ImportSummary> ImportAsync(
        string siteId, Core.Scenario scenario, RosterInputs? rosterInputs, IReadOnlyList<ForecastInterval>? actuals, CancellationToken cancellationToken) =>
        ImportAsync(siteId, scenario, rosterInputs, actuals, null, null, cancellationToken);

    public Task<ImportSummary> ImportAsync(
        string siteId, Core.Scenario scenario, RosterInputs? rosterInputs, IReadOnlyList<ForecastInterval>? actuals, IReadOnlyList<BaselineShift>? workedTime, CancellationToken cancellationToken) =>
        ImportAsync(siteId, scenario, rosterInputs, actuals, workedTime, null, cancellationToken);

    public Task<ImportSummary> ImportAsync(
        string siteId, Core.Scenario scenario, RosterInputs? rosterInputs, IReadOnlyList<ForecastInterval>? actuals, IReadOnlyList<BaselineShift>? workedTime, string? pricingJson, CancellationToken cancellationToken) =>
        ImportAsync(siteId, scenario, ForecastQuantiles.None, rosterInputs, actuals, workedTime, pricingJson, cancellationToken);

    /// <summary>
    /// Imports the site, its forecast (the P50, in <paramref name="scenario"/>) with <paramref name="forecastQuantiles"/>
    /// (the forecast.csv's <c>volume_p10</c>, <c>volume_p80</c> and <c>volume_p90</c> columns it has, aligned with
    /// the forecast) and roster inputs, and with <paramref name="actuals"/> (a folder's
    /// <c>history.csv</c>) adds or corrects those intervals' actuals; with <paramref name="workedTime"/>
    /// (its <c>worked_time.csv</c>, stretches of agents in <paramref name="rosterInputs"/>) adds or corrects
    /// those stretches (<see cref="WorkedTimeStore.UpsertAsync"/>). A baseline roster in the inputs is
    /// published for the site's week, unless the week's published roster already has exactly its shifts.
    /// <paramref name="pricingJson"/> (the text of the folder's <c>pricing.json</c>) replaces the site's pricing
    /// terms; null removes them (<see cref="PricingTermsStore"/>).
    /// </summary>
    public async Task<ImportSummary> ImportAsync(
        string siteId,
        Core.Scenario scenario,
        ForecastQuantiles forecastQuantiles,
        RosterInputs? rosterInputs,
        IReadOnlyList<ForecastInterval>? actuals,
        IReadOnlyList<BaselineShift>? workedTime,
        string? pricingJson,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(forecastQuantiles);
        forecastQuantiles.CheckAligned(scenario.Forecast.Count, nameof(forecastQuantiles));
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var write = new Writer(connection, transaction, siteId, cancellationToken);

        await write.ExecuteAsync(
            """
            INSERT INTO sites (site_id, name, time_zone, currency, interval_minutes, week_start, weekend_days)
            VALUES (@SiteId, @Name, @TimeZone, @Currency, @IntervalMinutes, @WeekStart::date, @WeekendDays)
            ON CONFLICT (site_id) DO UPDATE SET
                name = EXCLUDED.name, time_zone = EXCLUDED.time_zone, currency = EXCLUDED.currency,
                interval_minutes = EXCLUDED.interval_minutes, week_start = EXCLUDED.week_start,
                weekend_days = EXCLUDED.weekend_days, updated_at = now()
            WHERE (sites.name, sites.time_zone, sites.currency, sites.interval_minutes, sites.week_start, sites.weekend_days)
                IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.time_zone, EXCLUDED.currency, EXCLUDED.interval_minutes, EXCLUDED.week_start, EXCLUDED.weekend_days)
            """,
            SiteRow.From(siteId, scenario.Site));
        await ReplaceCalendarAsync(write, scenario.Site);
        await UpsertChannelsAsync(write, scenario.Site);
        var (forecastVersionId, added) = await ForecastVersions.StoreAsync(write, scenario.Forecast, forecastQuantiles, ForecastVersions.Import, null);
        await RosterInputsImport.StoreAsync(write, rosterInputs);
        if (rosterInputs?.Baseline is { } baseline)
        {
            await PublishBaselineAsync(connection, transaction, siteId, scenario.Site.WeekStart, baseline, cancellationToken);
        }

        if (actuals is not null)
        {
            await ActualsStore.UpsertAsync(write, actuals);
        }

        if (workedTime is not null)
        {
            await WorkedTimeStore.UpsertAsync(write, workedTime);
        }

        await PricingTermsStore.ReplaceAsync(write, pricingJson);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary(siteId, scenario.Site.Channels.Count, rosterInputs?.Agents.Count ?? 0, forecastVersionId, added);
    }

    private static async Task ReplaceCalendarAsync(Writer write, Core.Sites.Site site)
    {
        await write.ExecuteAsync("DELETE FROM public_holidays WHERE site_id = @SiteId");
        await write.ExecuteAsync(
            "INSERT INTO public_holidays (site_id, position, holiday_date, name) VALUES (@SiteId, @Position, @HolidayDate::date, @Name)",
            site.PublicHolidays.Select((h, i) => write.WithSite(new HolidayRow { Position = i, HolidayDate = h.Date.ToDateTimeUnspecified(), Name = h.Name })));
        await write.ExecuteAsync("DELETE FROM shrinkage_components WHERE site_id = @SiteId");
        await write.ExecuteAsync(
            "INSERT INTO shrinkage_components (site_id, kind, component, position, fraction) VALUES (@SiteId, @Kind, @Component, @Position, @Fraction)",
            ShrinkageRow.From(site.Shrinkage).Select(write.WithSite));
    }

    private static async Task UpsertChannelsAsync(Writer write, Core.Sites.Site site)
    {
        await write.ExecuteAsync(
            """
            INSERT INTO channels (site_id, channel_id, position, active, name, kind, max_occupancy, service_level_target,
                answer_within_seconds, asa_target_seconds, patience_seconds, max_abandon_fraction, concurrency,
                handle_time_growth, response_window, response_target_fraction)
            VALUES (@SiteId, @ChannelId, @Position, true, @Name, @Kind, @MaxOccupancy, @ServiceLevelTarget,
                @AnswerWithinSeconds, @AsaTargetSeconds, @PatienceSeconds, @MaxAbandonFraction, @Concurrency,
                @HandleTimeGrowth, @ResponseWindow, @ResponseTargetFraction)
            ON CONFLICT (site_id, channel_id) DO UPDATE SET
                position = EXCLUDED.position, active = true, name = EXCLUDED.name, kind = EXCLUDED.kind,
                max_occupancy = EXCLUDED.max_occupancy, service_level_target = EXCLUDED.service_level_target,
                answer_within_seconds = EXCLUDED.answer_within_seconds, asa_target_seconds = EXCLUDED.asa_target_seconds,
                patience_seconds = EXCLUDED.patience_seconds, max_abandon_fraction = EXCLUDED.max_abandon_fraction,
                concurrency = EXCLUDED.concurrency, handle_time_growth = EXCLUDED.handle_time_growth,
                response_window = EXCLUDED.response_window, response_target_fraction = EXCLUDED.response_target_fraction
            """,
            site.Channels.Select((c, i) => write.WithSite(ChannelRow.From(c, i))));
        await write.ExecuteAsync(
            "UPDATE channels SET active = false WHERE site_id = @SiteId AND active AND NOT (channel_id = ANY(@Ids))",
            new { write.SiteId, Ids = site.Channels.Select(c => c.Id).ToArray() });
    }

    /// <summary>Publishes an imported baseline roster for the week, unless the published roster already has exactly its shifts.</summary>
    private static async Task PublishBaselineAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string siteId, LocalDate weekStart, BaselineRoster baseline, CancellationToken cancellationToken)
    {
        var published = await RosterVersions.LoadPublishedAsync(connection, transaction, siteId, weekStart, cancellationToken);
        if (published is not null && published.Roster.Shifts.ToHashSet().SetEquals(baseline.Shifts))
        {
            return;
        }

        await RosterVersions.PublishAsync(connection, transaction, siteId, weekStart, RosterVersionSource.Import, null, [.. baseline.Shifts.Select(RosterShiftRow.From)], cancellationToken);
    }
}
