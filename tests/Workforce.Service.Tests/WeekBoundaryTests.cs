using Dapper;
using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;
using Xunit.Abstractions;

namespace Workforce.Service.Tests;

/// <summary>
/// The service rolls into a new week: week 1 (from Monday 2 March 2026) is planned and published, then week 2
/// (from Monday 9 March) is planned through the service. The rest, consecutive-day and weekend rules must
/// hold across the boundary, checked on the two published rosters. The site is built so the boundary
/// matters: Sunday's queue is open until 20:00 (someone works 12:00–20:00), Monday's opens at 08:00 with a
/// peak that wants every agent, and the contract asks 14 h of rest. The carry-in stored at import says
/// every agent is rested, which is stale by week 2.
/// </summary>
public class WeekBoundaryTests(ITestOutputHelper output)
{
    private static readonly LocalDate Week1 = TinySite.Monday;
    private static readonly LocalDate Week2 = Week1.PlusWeeks(1);

    private static readonly Contract Rules = new(
        "day", Duration.Zero, Duration.FromHours(40), 5, Duration.FromHours(14), 5, 0, 1, 2,
        [Duration.FromHours(8)], new LocalTime(8, 0), new LocalTime(12, 0), [], 0, 0);

    private static readonly Dictionary<string, string> Settings = new() { ["FreezeDays"] = "0", ["SolverTimeLimit"] = "00:00:05" };

    [DatabaseFact]
    public async Task The_rules_hold_across_the_week_boundary_with_the_derived_carry_in_and_break_with_the_imported_one()
    {
        var derived = await PlanTwoWeeksAsync(deriveCarryIn: true);
        var stale = await PlanTwoWeeksAsync(deriveCarryIn: false);

        output.WriteLine($"derived carry-in: {derived.Count} violations; imported carry-in: {stale.Count} violations");
        foreach (var violation in stale)
        {
            output.WriteLine($"  with the imported carry-in: {violation}");
        }

        Assert.Empty(derived);
        Assert.NotEmpty(stale);
    }

    /// <summary>Plans week 1 then week 2 through the service in a fresh database, and returns the rule violations over both rosters.</summary>
    private static async Task<IReadOnlyList<string>> PlanTwoWeeksAsync(bool deriveCarryIn)
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await new ScenarioImporter(database.DataSource).ImportAsync("boundary", Scenario(), Inputs(), CancellationToken.None);
        var settings = new Dictionary<string, string>(Settings) { ["DeriveCarryIn"] = deriveCarryIn ? "true" : "false" };

        var first = await ServiceProcess.RunOnceAsync(database.ConnectionString, settings, "--plan-date", "2026-03-02");
        Assert.True(first.ExitCode == 0, first.Output);
        var second = await ServiceProcess.RunOnceAsync(database.ConnectionString, settings, "--plan-date", "2026-03-09");
        Assert.True(second.ExitCode == 0, second.Output);
        if (deriveCarryIn)
        {
            Assert.Contains("carry-in into the week of 2026-03-09 derived from the published rosters since 2026-03-02", second.Output, StringComparison.Ordinal);
        }

        var week1 = await PublishedShiftsAsync(database, Week1);
        var week2 = await PublishedShiftsAsync(database, Week2);
        Assert.NotEmpty(week1);
        Assert.NotEmpty(week2);
        return Violations([.. week1, .. week2]);
    }

    /// <summary>Every breach of the contract's rest, consecutive-day and weekend rules over the two weeks' shifts.</summary>
    private static List<string> Violations(IReadOnlyList<BaselineShift> shifts)
    {
        var violations = new List<string>();
        foreach (var agent in shifts.GroupBy(s => s.AgentId))
        {
            var own = agent.OrderBy(s => s.Start).ToList();
            for (var i = 1; i < own.Count; i++)
            {
                var rest = Period.Between(own[i - 1].End, own[i].Start, PeriodUnits.Minutes).Minutes;
                if (rest < Rules.MinRestBetweenShifts.TotalMinutes)
                {
                    violations.Add($"{agent.Key}: {rest / 60.0:0.#} h rest from {own[i - 1].End:yyyy-MM-dd HH:mm} to {own[i].Start:yyyy-MM-dd HH:mm}");
                }
            }

            var run = 0;
            for (var day = Week1; day < Week2.PlusWeeks(1); day = day.PlusDays(1))
            {
                run = own.Any(s => s.Start.Date == day) ? run + 1 : 0;
                if (run == Rules.MaxConsecutiveWorkingDays + 1)
                {
                    violations.Add($"{agent.Key}: {run} days worked in a row up to {day:yyyy-MM-dd}");
                }
            }

            var weekends = new[] { Week1, Week2 }.Count(week => own.Any(s => s.Start.Date >= week.PlusDays(5) && s.Start.Date < week.PlusDays(7)));
            if (weekends > Rules.MaxWeekendsWorked)
            {
                violations.Add($"{agent.Key}: {weekends} weekends worked in {Rules.WeekendReferenceWeeks} weeks");
            }
        }

        return violations;
    }

    private static async Task<IReadOnlyList<BaselineShift>> PublishedShiftsAsync(ServiceDatabase database, LocalDate weekStart)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string AgentId, DateTime StartsAt, DateTime EndsAt)>(
            """
            SELECT s.agent_id, s.starts_at, s.ends_at
            FROM roster_versions v JOIN roster_shifts s USING (roster_version_id)
            WHERE v.status = 'published' AND v.week_start = @WeekStart::date
            """,
            new { WeekStart = weekStart.ToDateTimeUnspecified() });
        return [.. rows.Select(r => new BaselineShift(r.AgentId, LocalDateTime.FromDateTime(r.StartsAt), LocalDateTime.FromDateTime(r.EndsAt)))];
    }

    /// <summary>
    /// One phone queue open 08:00–20:00 every day for both weeks, 60-minute intervals: 15 calls an hour, 25 on
    /// Sunday from 16:00, and 70 on Monday 08:00–10:00.
    /// </summary>
    private static Core.Scenario Scenario()
    {
        var site = TinySite.Site("Boundary site", intervalMinutes: 60);
        var zone = site.TimeZone;
        var forecast = new List<ForecastInterval>();
        for (var date = Week1; date < Week2.PlusWeeks(1); date = date.PlusDays(1))
        {
            for (var hour = 0; hour < 24; hour++)
            {
                var volume = hour is < 8 or >= 20 ? 0
                    : date.DayOfWeek == IsoDayOfWeek.Monday && hour < 10 ? 70
                    : date.DayOfWeek == IsoDayOfWeek.Sunday && hour >= 16 ? 25
                    : 15;
                forecast.Add(new ForecastInterval(date.At(new LocalTime(hour, 0)).InZoneStrictly(zone), "phone", volume, volume > 0 ? 240 : 0));
            }
        }

        return new Core.Scenario(site, forecast);
    }

    /// <summary>Six agents on <see cref="Rules"/>, with no carry-in stored (rested, no run of days, no weekend worked).</summary>
    private static RosterInputs Inputs()
    {
        var agents = Enumerable.Range(1, 6)
            .Select(i => new Agent($"B{i:00}", $"Agent {i}", [new AgentSkill("phone", 1)], Rules.Id, 15m, AgentStatus.Production, 1))
            .ToList();
        return new RosterInputs(agents, [Rules], [], []);
    }
}
