using Dapper;
using Npgsql;
using Workforce.Core.Rostering;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// Stores a scenario folder's content as one site: an idempotent upsert in one transaction. Importing the
/// same content twice changes nothing and adds no forecast version. Channels, contracts and agents missing
/// from the new content are marked inactive (never deleted: past rosters and forecasts refer to them);
/// holidays, shrinkage, skills, time off and carry-in are replaced.
/// </summary>
public sealed class ScenarioImporter(NpgsqlDataSource dataSource)
{
    public async Task<ImportSummary> ImportAsync(string siteId, Core.Scenario scenario, RosterInputs? rosterInputs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentNullException.ThrowIfNull(scenario);
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
        var (forecastVersionId, added) = await StoreForecastAsync(write, scenario);
        await StoreRosterInputsAsync(write, rosterInputs);

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

    private static async Task<(long VersionId, bool Added)> StoreForecastAsync(Writer write, Core.Scenario scenario)
    {
        var columns = ForecastColumns.From(scenario.Forecast);
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
            INSERT INTO forecast_versions (site_id, source, content_sha256) VALUES (@SiteId, 'import', @Sha256)
            RETURNING forecast_version_id
            """,
            new { write.SiteId, Sha256 = sha256 });
        await write.ExecuteAsync(
            """
            INSERT INTO forecast_intervals (forecast_version_id, position, site_id, channel_id, interval_start, volume, aht_seconds)
            SELECT @VersionId, u.ordinality - 1, @SiteId, u.channel_id, u.interval_start, u.volume, u.aht_seconds
            FROM unnest(@ChannelIds::text[], @IntervalStarts::timestamptz[], @Volumes::float8[], @AhtSeconds::float8[])
                WITH ORDINALITY AS u(channel_id, interval_start, volume, aht_seconds, ordinality)
            """,
            new { VersionId = versionId, write.SiteId, columns.ChannelIds, columns.IntervalStarts, columns.Volumes, columns.AhtSeconds });
        return (versionId, true);
    }

    private static async Task StoreRosterInputsAsync(Writer write, RosterInputs? inputs)
    {
        // A folder without agents is a staffing-only scenario: nobody stays active.
        var contracts = inputs?.Contracts ?? [];
        var agents = inputs?.Agents ?? [];
        await write.ExecuteAsync(
            """
            INSERT INTO contracts (site_id, contract_id, position, active, min_paid_per_week, max_paid_per_week, max_working_days,
                min_rest_between_shifts, max_consecutive_working_days, min_consecutive_days_off, max_weekends_worked,
                weekend_reference_weeks, shift_lengths, earliest_start, latest_start, night_premium, weekend_premium)
            VALUES (@SiteId, @ContractId, @Position, true, @MinPaidPerWeek, @MaxPaidPerWeek, @MaxWorkingDays,
                @MinRestBetweenShifts, @MaxConsecutiveWorkingDays, @MinConsecutiveDaysOff, @MaxWeekendsWorked,
                @WeekendReferenceWeeks, @ShiftLengths, @EarliestStart::time, @LatestStart::time, @NightPremium, @WeekendPremium)
            ON CONFLICT (site_id, contract_id) DO UPDATE SET
                position = EXCLUDED.position, active = true, min_paid_per_week = EXCLUDED.min_paid_per_week,
                max_paid_per_week = EXCLUDED.max_paid_per_week, max_working_days = EXCLUDED.max_working_days,
                min_rest_between_shifts = EXCLUDED.min_rest_between_shifts,
                max_consecutive_working_days = EXCLUDED.max_consecutive_working_days,
                min_consecutive_days_off = EXCLUDED.min_consecutive_days_off, max_weekends_worked = EXCLUDED.max_weekends_worked,
                weekend_reference_weeks = EXCLUDED.weekend_reference_weeks, shift_lengths = EXCLUDED.shift_lengths,
                earliest_start = EXCLUDED.earliest_start, latest_start = EXCLUDED.latest_start,
                night_premium = EXCLUDED.night_premium, weekend_premium = EXCLUDED.weekend_premium
            """,
            contracts.Select((c, i) => write.WithSite(ContractRow.From(c, i))));
        await write.ExecuteAsync(
            "DELETE FROM contract_breaks WHERE site_id = @SiteId AND contract_id = ANY(@Ids)",
            new { write.SiteId, Ids = contracts.Select(c => c.Id).ToArray() });
        await write.ExecuteAsync(
            """
            INSERT INTO contract_breaks (site_id, contract_id, position, activity, length, paid, min_shift_length,
                earliest_after_start, latest_start_after_start)
            VALUES (@SiteId, @ContractId, @Position, @Activity, @Length, @Paid, @MinShiftLength, @EarliestAfterStart, @LatestStartAfterStart)
            """,
            contracts.SelectMany(c => c.Breaks.Select((b, i) => write.WithSite(BreakRow.From(c.Id, b, i)))));

        await write.ExecuteAsync(
            """
            INSERT INTO agents (site_id, agent_id, position, active, name, contract_id, hourly_wage, status, productivity_factor)
            VALUES (@SiteId, @AgentId, @Position, true, @Name, @ContractId, @HourlyWage, @Status, @ProductivityFactor)
            ON CONFLICT (site_id, agent_id) DO UPDATE SET
                position = EXCLUDED.position, active = true, name = EXCLUDED.name, contract_id = EXCLUDED.contract_id,
                hourly_wage = EXCLUDED.hourly_wage, status = EXCLUDED.status, productivity_factor = EXCLUDED.productivity_factor
            """,
            agents.Select((a, i) => write.WithSite(AgentRow.From(a, i))));
        await write.ExecuteAsync(
            "UPDATE agents SET active = false WHERE site_id = @SiteId AND active AND NOT (agent_id = ANY(@Ids))",
            new { write.SiteId, Ids = agents.Select(a => a.Id).ToArray() });
        await write.ExecuteAsync(
            "UPDATE contracts SET active = false WHERE site_id = @SiteId AND active AND NOT (contract_id = ANY(@Ids))",
            new { write.SiteId, Ids = contracts.Select(c => c.Id).ToArray() });

        await write.ExecuteAsync("DELETE FROM agent_skills WHERE site_id = @SiteId");
        await write.ExecuteAsync(
            "INSERT INTO agent_skills (site_id, agent_id, channel_id, position, proficiency) VALUES (@SiteId, @AgentId, @ChannelId, @Position, @Proficiency)",
            agents.SelectMany(a => a.Skills.Select((s, i) => write.WithSite(new SkillRow { AgentId = a.Id, ChannelId = s.ChannelId, Position = i, Proficiency = s.Proficiency }))));
        await write.ExecuteAsync("DELETE FROM time_off WHERE site_id = @SiteId");
        await write.ExecuteAsync(
            "INSERT INTO time_off (site_id, agent_id, position, starts_at, ends_at, reason) VALUES (@SiteId, @AgentId, @Position, @StartsAt, @EndsAt, @Reason)",
            (inputs?.TimeOff ?? []).Select((t, i) => write.WithSite(TimeOffRow.From(t, i))));
        await write.ExecuteAsync("DELETE FROM carry_in WHERE site_id = @SiteId");
        await write.ExecuteAsync(
            """
            INSERT INTO carry_in (site_id, agent_id, position, last_shift_end, consecutive_days_worked, weekends_worked)
            VALUES (@SiteId, @AgentId, @Position, @LastShiftEnd, @ConsecutiveDaysWorked, @WeekendsWorked)
            """,
            (inputs?.CarryIn ?? []).Select((c, i) => write.WithSite(CarryInRow.From(c, i))));
    }

    private sealed record CurrentVersion(long ForecastVersionId, string ContentSha256);
}
