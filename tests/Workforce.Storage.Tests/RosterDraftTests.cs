using Dapper;
using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Storage.Planning;
using Workforce.Storage.Queries;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

public class RosterDraftTests
{
    private const string WhatIf = """{"volumeFactors":[{"channel":"phone","date":"2026-03-11","factor":1.2}]}""";

    [DatabaseFact]
    public async Task A_published_draft_is_the_weeks_roster_the_service_loads()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var sample = await ImportSampleAsync(database);
        var baseId = await PublishAsync(database, sample, new LocalTime(9, 0));
        var drafts = new RosterDraftStore(database.DataSource);
        var draftId = await drafts.SaveDraftAsync("sample", sample.Week, baseId, sample.Report(new LocalTime(13, 0)), WhatIf, "planner1", CancellationToken.None);
        var versions = new RosterVersionStore(database.DataSource);
        Assert.Equal(baseId, (await versions.LoadPublishedAsync("sample", sample.Week, CancellationToken.None))!.RosterVersionId);

        var outcome = await drafts.PublishDraftAsync("sample", draftId, baseId, CancellationToken.None);

        Assert.Equal(PublishOutcome.Published, outcome);
        var published = await versions.LoadPublishedAsync("sample", sample.Week, CancellationToken.None);
        Assert.Equal(draftId, published!.RosterVersionId);
        Assert.Equal(new LocalTime(13, 0), Assert.Single(published.Roster.Shifts).Start.TimeOfDay);
        Assert.Equal("superseded", await database.ScalarAsync<string>("SELECT status FROM roster_versions WHERE roster_version_id = @Id", new { Id = baseId }));
    }

    [DatabaseFact]
    public async Task A_draft_keeps_its_request_its_base_and_its_coverage()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var sample = await ImportSampleAsync(database);
        var baseId = await PublishAsync(database, sample, new LocalTime(9, 0));

        var draftId = await new RosterDraftStore(database.DataSource).SaveDraftAsync(
            "sample", sample.Week, baseId, sample.Report(new LocalTime(13, 0)), WhatIf, "planner1", CancellationToken.None);

        var queries = new SiteQueries(database.DataSource);
        var draft = await queries.RosterVersionAsync("sample", draftId, CancellationToken.None);
        Assert.Equal(new RosterVersionSummary(draftId, DateOnly.FromDateTime(sample.Week.ToDateTimeUnspecified()), "draft", "what_if", baseId, null, draft!.Version.CreatedAt, null, "planner1", 1), draft.Version);
        Assert.Equal(1.2, System.Text.Json.JsonDocument.Parse(draft.WhatIf!).RootElement.GetProperty("volumeFactors")[0].GetProperty("factor").GetDouble());
        Assert.Equal("shift", Assert.Single(draft.Activities).Activity);
        var coverage = Assert.Single((await queries.CoverageAsync("sample", draftId, CancellationToken.None))!);
        Assert.Equal((2.0, 1.0, (double?)null, (double?)12.5), (coverage.RequiredAgents, coverage.ScheduledAgents, coverage.ServiceLevel, coverage.AsaSeconds));
        Assert.Equal(sample.Week.PlusDays(2).At(new LocalTime(13, 0)).InZoneStrictly(sample.Scenario.Site.TimeZone).ToDateTimeOffset(), coverage.IntervalStart);
    }

    [DatabaseFact]
    public async Task Publishing_a_draft_made_from_an_older_version_is_a_conflict_and_changes_nothing()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var sample = await ImportSampleAsync(database);
        var oldBase = await PublishAsync(database, sample, new LocalTime(9, 0));
        var drafts = new RosterDraftStore(database.DataSource);
        var draftId = await drafts.SaveDraftAsync("sample", sample.Week, oldBase, sample.Report(new LocalTime(13, 0)), WhatIf, "planner1", CancellationToken.None);
        var newer = await PublishAsync(database, sample, new LocalTime(10, 0));

        var stale = await drafts.PublishDraftAsync("sample", draftId, oldBase, CancellationToken.None);
        // Naming the current version does not help: the draft was planned against the old one.
        var relabelled = await drafts.PublishDraftAsync("sample", draftId, newer, CancellationToken.None);

        Assert.Equal(PublishOutcome.Conflict, stale);
        Assert.Equal(PublishOutcome.Conflict, relabelled);
        Assert.Equal(newer, (await new RosterVersionStore(database.DataSource).LoadPublishedAsync("sample", sample.Week, CancellationToken.None))!.RosterVersionId);
        Assert.Equal("draft", await database.ScalarAsync<string>("SELECT status FROM roster_versions WHERE roster_version_id = @Id", new { Id = draftId }));
    }

    [DatabaseFact]
    public async Task Of_two_drafts_from_one_base_published_at_once_exactly_one_wins()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var sample = await ImportSampleAsync(database);
        var baseId = await PublishAsync(database, sample, new LocalTime(9, 0));
        var drafts = new RosterDraftStore(database.DataSource);
        var first = await drafts.SaveDraftAsync("sample", sample.Week, baseId, sample.Report(new LocalTime(10, 0)), WhatIf, "a", CancellationToken.None);
        var second = await drafts.SaveDraftAsync("sample", sample.Week, baseId, sample.Report(new LocalTime(11, 0)), WhatIf, "b", CancellationToken.None);

        // Hold the base version's row so both publishes are under way before either can finish.
        Task<PublishOutcome[]> outcomes;
        await using (var blocker = await database.DataSource.OpenConnectionAsync())
        await using (var hold = await blocker.BeginTransactionAsync())
        {
            await blocker.ExecuteAsync("SELECT 1 FROM roster_versions WHERE roster_version_id = @Id FOR UPDATE", new { Id = baseId }, hold);
            outcomes = Task.WhenAll(
                Task.Run(() => drafts.PublishDraftAsync("sample", first, baseId, CancellationToken.None)),
                Task.Run(() => drafts.PublishDraftAsync("sample", second, baseId, CancellationToken.None)));
            await WaitForWaitingSessionsAsync(database, 2);
            await hold.RollbackAsync();
        }

        Assert.Equal([PublishOutcome.Published, PublishOutcome.Conflict], (await outcomes).Order());
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM roster_versions WHERE status = 'published'"));
        var winner = (await outcomes)[0] == PublishOutcome.Published ? first : second;
        Assert.Equal(winner, (await new RosterVersionStore(database.DataSource).LoadPublishedAsync("sample", sample.Week, CancellationToken.None))!.RosterVersionId);
    }

    /// <summary>Waits (at most 10 s) until this schema's publishers are blocked on a lock, so that they overlap.</summary>
    private static async Task WaitForWaitingSessionsAsync(MigratedDatabase database, int sessions)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var waiting = await database.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND (query LIKE '%roster_week/%' OR query LIKE '%UPDATE roster_versions%')");
            if (waiting >= sessions)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    [DatabaseFact]
    public async Task Publishing_an_unknown_version_or_one_not_a_draft_says_so()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var sample = await ImportSampleAsync(database);
        var published = await PublishAsync(database, sample, new LocalTime(9, 0));
        var drafts = new RosterDraftStore(database.DataSource);

        Assert.Equal(PublishOutcome.NotFound, await drafts.PublishDraftAsync("sample", published + 100, published, CancellationToken.None));
        Assert.Equal(PublishOutcome.NotFound, await drafts.PublishDraftAsync("elsewhere", published, published, CancellationToken.None));
        Assert.Equal(PublishOutcome.NotADraft, await drafts.PublishDraftAsync("sample", published, published, CancellationToken.None));
    }

    internal sealed record Sample(Core.Scenario Scenario, RosterInputs Inputs, LocalDate Week)
    {
        public string AgentId => Inputs.Agents[0].Id;

        /// <summary>A report with the first agent's shift on the week's Wednesday at <paramref name="start"/>.</summary>
        public Core.Rostering.Reporting.RosterReport Report(LocalTime start) =>
            SmallRosterReport.Create(Scenario.Site, AgentId, Week.PlusDays(2).At(start));
    }

    internal static async Task<Sample> ImportSampleAsync(MigratedDatabase database)
    {
        var (scenario, inputs) = SampleScenario.Load();
        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, inputs, CancellationToken.None);
        return new Sample(scenario, inputs, scenario.Site.WeekStart);
    }

    /// <summary>Publishes a roster of the week with one shift of the first agent on its Wednesday, as a plan run would.</summary>
    private static async Task<long> PublishAsync(MigratedDatabase database, Sample sample, LocalTime start)
    {
        var shiftStart = sample.Week.PlusDays(2).At(start);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var id = await RosterVersions.PublishAsync(
            connection, transaction, "sample", sample.Week, RosterVersionSource.PlanRun, null,
            [RosterShiftRow.From(new BaselineShift(sample.AgentId, shiftStart, shiftStart.PlusHours(8)))], CancellationToken.None);
        await transaction.CommitAsync();
        return id;
    }
}
