using Workforce.Core.Rostering;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// The people side of an import, inside its transaction: contracts and agents are upserted (those missing
/// become inactive, never deleted); skills, time off, carry-in, preferences and training are replaced.
/// </summary>
internal static class RosterInputsImport
{
    public static async Task StoreAsync(Writer write, RosterInputs? inputs)
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
            INSERT INTO carry_in (site_id, agent_id, position, last_shift_end, consecutive_days_worked, weekends_worked,
                late_shifts_worked, consecutive_days_off, last_shift_start)
            VALUES (@SiteId, @AgentId, @Position, @LastShiftEnd, @ConsecutiveDaysWorked, @WeekendsWorked, @LateShiftsWorked, @ConsecutiveDaysOff,
                @LastShiftStart)
            """,
            (inputs?.CarryIn ?? []).Select((c, i) => write.WithSite(CarryInRow.From(c, i))));
        await write.ExecuteAsync("DELETE FROM agent_preferences WHERE site_id = @SiteId");
        await write.ExecuteAsync(
            """
            INSERT INTO agent_preferences (site_id, position, agent_id, kind, preference_date, weekday, start_time)
            VALUES (@SiteId, @Position, @AgentId, @Kind, @PreferenceDate::date, @Weekday, @StartTime::time)
            """,
            (inputs?.Preferences ?? []).Select((p, i) => write.WithSite(PreferenceRow.From(p, i))));
        await write.ExecuteAsync("DELETE FROM training_sessions WHERE site_id = @SiteId");
        var sessions = inputs?.Training ?? [];
        await write.ExecuteAsync(
            """
            INSERT INTO training_sessions (site_id, session_id, position, window_start, window_end, length)
            VALUES (@SiteId, @SessionId, @Position, @WindowStart, @WindowEnd, @Length)
            """,
            sessions.Select((s, i) => write.WithSite(TrainingSessionRow.From(s, i))));
        await write.ExecuteAsync(
            "INSERT INTO training_attendees (site_id, session_id, position, agent_id) VALUES (@SiteId, @SessionId, @Position, @AgentId)",
            sessions.SelectMany(TrainingSessionRow.Attendees).Select(write.WithSite));
    }
}
