using Dapper;
using NodaTime;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;
using Xunit.Abstractions;

namespace Workforce.Service.Tests;

public class SecondDayTests(ITestOutputHelper output)
{
    // The tiny site's week runs Monday 2 to Sunday 8 March 2026. Day 1 is the Monday, day 2 the Tuesday; with
    // two freeze days, day 2 may change nothing up to Wednesday (Monday has been worked, Tuesday and Wednesday
    // were told to agents) and re-rosters Thursday to Sunday.
    private static readonly LocalDate Day1 = TinySite.Monday;
    private static readonly LocalDate Day2 = Day1.PlusDays(1);
    private static readonly LocalDate FrozenThrough = Day2.PlusDays(1);
    private static readonly Dictionary<string, string> Settings = new() { ["FreezeDays"] = "2", ["HorizonDays"] = "7" };

    [DatabaseFact]
    public async Task A_second_day_with_changed_actuals_changes_no_shift_inside_the_freeze_window()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        // Four weeks of actuals before day 1.
        var history = TinySite.Actuals(Day1.PlusDays(-28), 28);
        await Import(database, history);

        var first = await ServiceProcess.RunOnceAsync(database.ConnectionString, Settings, "--plan-date", "2026-03-02");
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("re-forecast 7 days from 2026-03-02", first.Output, StringComparison.Ordinal);

        // Day 1 happened, and the ACD feed corrected the past: 30 % more calls than it first said on weekday
        // afternoons from 13:00, Tuesday to Friday.
        var corrected = TinySite.Actuals(Day1.PlusDays(-28), 29, (time, volume) =>
            time.DayOfWeek is >= IsoDayOfWeek.Tuesday and <= IsoDayOfWeek.Friday && time.Hour >= 13 ? volume * 1.3 : volume);
        await Import(database, corrected);
        var second = await ServiceProcess.RunOnceAsync(database.ConnectionString, Settings, "--plan-date", "2026-03-03");

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("against published roster version", second.Output, StringComparison.Ordinal);
        var runs = await database.RunsAsync();
        Assert.Equal(["completed", "completed"], runs.Select(r => r.Status));
        Assert.True(
            await ThursdayAfternoonForecastAsync(database, runs[1].PlanRunId) > await ThursdayAfternoonForecastAsync(database, runs[0].PlanRunId),
            "the corrected actuals raise day 2's forecast");
        var before = await ShiftsAsync(database, runs[0].PlanRunId);
        var after = await ShiftsAsync(database, runs[1].PlanRunId);
        Assert.Contains(before, s => s.Date <= FrozenThrough);
        Assert.Equal(before.Where(s => s.Date <= FrozenThrough), after.Where(s => s.Date <= FrozenThrough));

        var moved = MovedShifts(before, after, FrozenThrough);
        output.WriteLine($"Shifts frozen (through {FrozenThrough:yyyy-MM-dd}): {before.Count(s => s.Date <= FrozenThrough)}, all unchanged");
        output.WriteLine($"Shifts after the freeze window: {before.Count(s => s.Date > FrozenThrough)} on day 1, {after.Count(s => s.Date > FrozenThrough)} on day 2; moved, added or removed on day 2: {moved}");
    }

    /// <summary>Agent-days after the freeze window whose shift differs between the two rosters (moved, added or removed).</summary>
    private static int MovedShifts(IReadOnlyList<Shift> before, IReadOnlyList<Shift> after, LocalDate frozenThrough)
    {
        var was = before.Where(s => s.Date > frozenThrough).ToDictionary(s => (s.AgentId, s.Date));
        var now = after.Where(s => s.Date > frozenThrough).ToDictionary(s => (s.AgentId, s.Date));
        return was.Keys.Union(now.Keys).Count(key => !was.TryGetValue(key, out var a) || !now.TryGetValue(key, out var b) || a != b);
    }

    private static Task<ImportSummary> Import(ServiceDatabase database, IReadOnlyList<Core.Forecasting.ForecastInterval> actuals) =>
        new ScenarioImporter(database.DataSource).ImportAsync("tiny", TinySite.Scenario(), TinySite.Inputs(), actuals, CancellationToken.None);

    private sealed record Shift(string AgentId, LocalDate Date, LocalDateTime Start, LocalDateTime End);

    private static async Task<IReadOnlyList<Shift>> ShiftsAsync(ServiceDatabase database, long planRunId)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string AgentId, DateTime ShiftDate, DateTime StartsAt, DateTime EndsAt)>(
            """
            SELECT s.agent_id, s.shift_date, s.starts_at, s.ends_at
            FROM roster_versions v JOIN roster_shifts s USING (roster_version_id)
            WHERE v.plan_run_id = @PlanRunId ORDER BY s.agent_id, s.shift_date
            """,
            new { PlanRunId = planRunId });
        return [.. rows.Select(r => new Shift(r.AgentId, LocalDate.FromDateTime(r.ShiftDate), LocalDateTime.FromDateTime(r.StartsAt), LocalDateTime.FromDateTime(r.EndsAt)))];
    }

    /// <summary>Calls forecast for Thursday 5 March 13:00–17:00 by the forecast version the run planned on.</summary>
    private static async Task<double> ThursdayAfternoonForecastAsync(ServiceDatabase database, long planRunId)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<double>(
            """
            SELECT sum(f.volume) FROM plan_runs r JOIN forecast_intervals f USING (forecast_version_id)
            WHERE r.plan_run_id = @PlanRunId AND f.interval_start >= '2026-03-05 13:00+01' AND f.interval_start < '2026-03-05 17:00+01'
            """,
            new { PlanRunId = planRunId });
    }
}
