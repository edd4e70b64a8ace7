using Dapper;
using NodaTime;
using Workforce.Storage.Planning;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

/// <summary>The history a new week's carry-in is derived from: published rosters of the weeks before it, and worked time.</summary>
public class WorkHistoryTests
{
    [DatabaseFact]
    public async Task The_history_is_the_unbroken_run_of_published_weeks_before_the_week()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (agentId, week) = await ImportSampleAsync(database);
        // Weeks −1 and −2 published, −3 not, −4 published: the history starts at week −2.
        foreach (var weeksBefore in new[] { 1, 2, 4 })
        {
            await PublishAsync(database, week.PlusWeeks(-weeksBefore), agentId);
        }

        var history = await new WorkHistoryStore(database.DataSource).LoadAsync("sample", week, 4, CancellationToken.None);

        Assert.NotNull(history);
        Assert.Equal(week.PlusWeeks(-2), history.CoveredFrom);
        Assert.Equal([week.PlusWeeks(-2).PlusDays(2), week.PlusWeeks(-1).PlusDays(2)], history.Published.Select(s => s.Start.Date).Order());
        Assert.Empty(history.Worked);
        Assert.Null(history.WorkedThrough);
    }

    [DatabaseFact]
    public async Task Without_a_published_roster_of_the_week_before_there_is_no_history()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (agentId, week) = await ImportSampleAsync(database);
        await PublishAsync(database, week.PlusWeeks(-2), agentId);

        Assert.Null(await new WorkHistoryStore(database.DataSource).LoadAsync("sample", week, 4, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task Worked_time_is_read_with_the_last_day_it_is_recorded_for()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (agentId, week) = await ImportSampleAsync(database);
        await PublishAsync(database, week.PlusWeeks(-1), agentId);
        var worked = week.PlusDays(-4).At(new LocalTime(7, 30));
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO worked_time (site_id, agent_id, starts_at, ends_at) VALUES ('sample', @AgentId, @Start, @End)",
                new { AgentId = agentId, Start = worked.ToDateTimeUnspecified(), End = worked.PlusHours(9).ToDateTimeUnspecified() });
        }

        var history = await new WorkHistoryStore(database.DataSource).LoadAsync("sample", week, 4, CancellationToken.None);

        Assert.Equal(worked, Assert.Single(history!.Worked).Start);
        Assert.Equal(worked.Date, history.WorkedThrough);
    }

    private static async Task<(string AgentId, LocalDate Week)> ImportSampleAsync(MigratedDatabase database)
    {
        var (scenario, inputs) = SampleScenario.Load();
        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, inputs, CancellationToken.None);
        return (inputs.Agents[0].Id, scenario.Site.WeekStart.PlusWeeks(5));
    }

    /// <summary>Publishes a roster of the week with one shift for the agent, on its Wednesday 09:00–17:00.</summary>
    private static async Task PublishAsync(MigratedDatabase database, LocalDate weekStart, string agentId)
    {
        var start = weekStart.PlusDays(2).At(new LocalTime(9, 0));
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await RosterVersions.PublishAsync(
            connection, transaction, "sample", weekStart, RosterVersionSource.Import, null, [RosterShiftRow.From(new Core.Rostering.BaselineShift(agentId, start, start.PlusHours(8)))], CancellationToken.None);
        await transaction.CommitAsync();
    }
}
