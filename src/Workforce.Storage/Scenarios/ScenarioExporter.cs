using Dapper;
using NodaTime;
using Npgsql;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Storage.Planning;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// Reads a site back as the domain model: the site, its current forecast version, its active agents with
/// their preferences and training, and the published roster of the site's week as the baseline. All reads
/// happen in one repeatable-read transaction, so a concurrent import is seen whole or not at all.
/// </summary>
public sealed class ScenarioExporter(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// The site with its forecast volumes at <paramref name="quantile"/>, or null when no site has this id. Throws
    /// <see cref="MissingForecastQuantileException"/> (its message fit for the planner) when the current forecast
    /// version has no such quantile; <see cref="StoredScenario.HasQuantile"/> asks without throwing.
    /// </summary>
    public async Task<StoredScenario?> LoadAsync(string siteId, StaffingQuantile quantile, CancellationToken cancellationToken) =>
        (await LoadAsync(siteId, cancellationToken))?.AtQuantile(quantile);

    /// <summary>The site at P50, with the version's other quantiles in <see cref="StoredScenario.ForecastQuantiles"/>, or null when no site has this id.</summary>
    public async Task<StoredScenario?> LoadAsync(string siteId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var read = new Reader(connection, transaction, siteId, cancellationToken);

        var siteRow = await read.SingleOrDefaultAsync<SiteRow>(
            "SELECT site_id, name, time_zone, currency, interval_minutes, week_start, weekend_days FROM sites WHERE site_id = @SiteId");
        if (siteRow is null)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(siteRow.TimeZone)
            ?? throw new InvalidOperationException($"Site '{siteId}' has time zone '{siteRow.TimeZone}', which this build's time-zone database does not know.");
        var site = new Site
        {
            Name = siteRow.Name,
            TimeZone = zone,
            IntervalLength = Duration.FromMinutes(siteRow.IntervalMinutes),
            WeekStart = LocalDate.FromDateTime(siteRow.WeekStart),
            WeekendDays = siteRow.WeekendDays.Select(d => (IsoDayOfWeek)d).ToHashSet(),
            PublicHolidays = [.. (await read.ListAsync<HolidayRow>("SELECT position, holiday_date, name FROM public_holidays WHERE site_id = @SiteId ORDER BY position")).Select(h => h.ToDomain())],
            Currency = siteRow.Currency,
            Shrinkage = ShrinkageRow.ToDomain(await read.ListAsync<ShrinkageRow>("SELECT kind, component, position, fraction FROM shrinkage_components WHERE site_id = @SiteId")),
            Channels = [.. (await read.ListAsync<ChannelRow>(
                """
                SELECT channel_id, position, name, kind, max_occupancy, service_level_target, answer_within_seconds,
                    asa_target_seconds, patience_seconds, max_abandon_fraction, concurrency, handle_time_growth,
                    response_window, response_target_fraction
                FROM channels WHERE site_id = @SiteId AND active ORDER BY position
                """)).Select(c => c.ToDomain())],
        };

        var versionId = await read.SingleOrDefaultAsync<long?>(
            "SELECT max(forecast_version_id) FROM forecast_versions WHERE site_id = @SiteId")
            ?? throw new InvalidOperationException($"Site '{siteId}' has no forecast version.");
        var forecastRows = await read.ListAsync<ForecastRow>(
            """
            SELECT channel_id, interval_start, volume, aht_seconds, volume_p10, volume_p80, volume_p90 FROM forecast_intervals
            WHERE forecast_version_id = @VersionId ORDER BY position
            """,
            new { VersionId = versionId });
        var forecast = forecastRows.Select(f => f.ToDomain(zone)).ToList();

        var rosterInputs = await LoadRosterInputsAsync(read);
        if (rosterInputs is not null)
        {
            var published = await RosterVersions.LoadPublishedAsync(connection, transaction, siteId, site.WeekStart, cancellationToken);
            rosterInputs = rosterInputs with { Baseline = published?.Roster };
        }

        await transaction.CommitAsync(cancellationToken);
        return new StoredScenario(siteId, new Core.Scenario(site, forecast), rosterInputs, versionId) { ForecastQuantiles = ForecastRow.Quantiles(forecastRows) };
    }

    private static async Task<RosterInputs?> LoadRosterInputsAsync(Reader read)
    {
        var agentRows = await read.ListAsync<AgentRow>(
            """
            SELECT agent_id, position, name, contract_id, hourly_wage, status, productivity_factor
            FROM agents WHERE site_id = @SiteId AND active ORDER BY position
            """);
        if (agentRows.Count == 0)
        {
            return null;
        }

        var skills = (await read.ListAsync<SkillRow>("SELECT agent_id, channel_id, position, proficiency FROM agent_skills WHERE site_id = @SiteId"))
            .ToLookup(s => s.AgentId, StringComparer.Ordinal);
        var breaks = (await read.ListAsync<BreakRow>(
            """
            SELECT contract_id, position, activity, length, paid, min_shift_length, earliest_after_start, latest_start_after_start
            FROM contract_breaks WHERE site_id = @SiteId
            """)).ToLookup(b => b.ContractId, StringComparer.Ordinal);
        var contracts = (await read.ListAsync<ContractRow>(
            """
            SELECT contract_id, position, min_paid_per_week, max_paid_per_week, max_working_days, min_rest_between_shifts,
                max_consecutive_working_days, min_consecutive_days_off, max_weekends_worked, weekend_reference_weeks,
                shift_lengths, earliest_start, latest_start, night_premium, weekend_premium
            FROM contracts WHERE site_id = @SiteId AND active ORDER BY position
            """)).Select(c => c.ToDomain(breaks[c.ContractId])).ToList();
        var timeOff = (await read.ListAsync<TimeOffRow>(
            "SELECT agent_id, position, starts_at, ends_at, reason FROM time_off WHERE site_id = @SiteId ORDER BY position"))
            .Select(t => t.ToDomain()).ToList();
        var carryIn = (await read.ListAsync<CarryInRow>(
            """
            SELECT agent_id, position, last_shift_end, consecutive_days_worked, weekends_worked, late_shifts_worked, consecutive_days_off,
                last_shift_start
            FROM carry_in WHERE site_id = @SiteId ORDER BY position
            """)).Select(c => c.ToDomain()).ToList();
        var preferences = (await read.ListAsync<PreferenceRow>(
            "SELECT position, agent_id, kind, preference_date, weekday, start_time FROM agent_preferences WHERE site_id = @SiteId ORDER BY position"))
            .Select(p => p.ToDomain()).ToList();
        var attendees = (await read.ListAsync<AttendeeRow>("SELECT session_id, position, agent_id FROM training_attendees WHERE site_id = @SiteId"))
            .ToLookup(a => a.SessionId, StringComparer.Ordinal);
        var training = (await read.ListAsync<TrainingSessionRow>(
            "SELECT session_id, position, window_start, window_end, length FROM training_sessions WHERE site_id = @SiteId ORDER BY position"))
            .Select(t => t.ToDomain(attendees[t.SessionId])).ToList();
        return new RosterInputs([.. agentRows.Select(a => a.ToDomain(skills[a.AgentId]))], contracts, timeOff, carryIn)
        {
            Preferences = preferences,
            Training = training,
        };
    }

    /// <summary>The connection, transaction, site and token of one consistent read.</summary>
    private sealed class Reader(NpgsqlConnection connection, NpgsqlTransaction transaction, string siteId, CancellationToken cancellationToken)
    {
        public async Task<List<T>> ListAsync<T>(string sql, object? parameters = null) =>
            [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters ?? new { SiteId = siteId }, transaction, cancellationToken: cancellationToken))];

        public Task<T?> SingleOrDefaultAsync<T>(string sql) =>
            connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, new { SiteId = siteId }, transaction, cancellationToken: cancellationToken));
    }
}
