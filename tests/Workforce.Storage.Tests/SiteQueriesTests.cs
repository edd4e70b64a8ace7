using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Staffing;
using Workforce.Storage.Planning;
using Workforce.Storage.Queries;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

public class SiteQueriesTests
{
    [DatabaseFact]
    public async Task Every_read_about_an_unknown_site_is_null()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await RosterDraftTests.ImportSampleAsync(database);
        var queries = new SiteQueries(database.DataSource);
        var none = CancellationToken.None;

        Assert.Null(await queries.FindSiteAsync("nowhere", none));
        Assert.Empty(await queries.ListSitesAsync(["nowhere"], none));
        Assert.Null(await queries.ForecastVersionsAsync("nowhere", none));
        Assert.Null(await queries.ForecastIntervalsAsync("nowhere", 1, none));
        Assert.Null(await queries.LatestRequirementsAsync("nowhere", none));
        Assert.Null(await queries.RosterVersionsAsync("nowhere", none));
        Assert.Null(await queries.RosterVersionAsync("nowhere", 1, none));
        Assert.Null(await queries.CoverageAsync("nowhere", 1, none));
        Assert.Null(await queries.PlanRunsAsync("nowhere", 10, none));
        Assert.Null(await new PricingTermsStore(database.DataSource).LoadAsync("nowhere", none));
        // A known site with nothing yet: empty, not null; another site's version id is not found through it.
        Assert.Empty((await queries.RosterVersionsAsync("sample", none))!);
        Assert.Empty((await queries.PlanRunsAsync("sample", 10, none))!);
        var version = (await queries.ForecastVersionsAsync("sample", none))![0].ForecastVersionId;
        Assert.Null(await queries.ForecastIntervalsAsync("sample", version + 1, none));
    }

    [DatabaseFact]
    public async Task Sites_and_forecasts_read_back_with_interval_starts_at_the_sites_offset()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var sample = await RosterDraftTests.ImportSampleAsync(database);
        var queries = new SiteQueries(database.DataSource);

        var site = Assert.Single(await queries.ListSitesAsync(null, CancellationToken.None));
        var version = Assert.Single((await queries.ForecastVersionsAsync("sample", CancellationToken.None))!);
        var intervals = (await queries.ForecastIntervalsAsync("sample", version.ForecastVersionId, CancellationToken.None))!;

        Assert.Equal(new SiteSummary("sample", sample.Scenario.Site.Name, sample.Scenario.Site.TimeZone.Id, sample.Scenario.Site.Currency, DateOnly.FromDateTime(sample.Week.ToDateTimeUnspecified()), (int)sample.Scenario.Site.IntervalLength.TotalMinutes), site);
        Assert.Equal("import", version.Source);
        Assert.Equal(sample.Scenario.Forecast.Count, intervals.Count);
        var first = sample.Scenario.Forecast[0];
        Assert.Equal(new ForecastPoint(first.ChannelId, first.Start.ToDateTimeOffset(), first.Volume, first.AhtSeconds), intervals[0]);
    }

    [DatabaseFact]
    public async Task A_completed_plan_run_writes_its_rosters_coverage_and_the_metrics_read_it()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var sample = await RosterDraftTests.ImportSampleAsync(database);
        var queries = new SiteQueries(database.DataSource);
        var runs = new PlanRunStore(database.DataSource, "test", 1);
        var claim = await runs.TryClaimAsync("sample", sample.Week, false, Duration.FromMinutes(5), new FailedRunRetry(3, Duration.FromMinutes(1)), CancellationToken.None);
        var start = sample.Week.PlusDays(2).At(new LocalTime(9, 0)).InZoneStrictly(sample.Scenario.Site.TimeZone);
        var requirement = new IntervalRequirement(start, sample.Scenario.Site.Channels[0].Id, 10, 300, 2, 3, 0.8, 20, 0.7);
        var forecastVersion = (await queries.ForecastVersionsAsync("sample", CancellationToken.None))![0].ForecastVersionId;

        // Scheduled 1.25 against 2 required: 0.75 agents short for one interval.
        var completed = await runs.CompleteAsync(claim!.PlanRunId, new PlanRunOutcome(forecastVersion, [requirement], SmallRosterReport.Create(sample.Scenario.Site, sample.AgentId, start.LocalDateTime, 1.25), sample.Week), CancellationToken.None);

        Assert.True(completed);
        var version = Assert.Single((await queries.RosterVersionsAsync("sample", CancellationToken.None))!);
        Assert.Equal(("published", "plan_run", (long?)claim.PlanRunId, 1), (version.Status, version.Source, version.PlanRunId, version.ShiftCount));
        var coverage = Assert.Single((await queries.CoverageAsync("sample", version.RosterVersionId, CancellationToken.None))!);
        Assert.Equal((2.0, 1.25, start.ToDateTimeOffset()), (coverage.RequiredAgents, coverage.ScheduledAgents, coverage.IntervalStart));
        var requirements = (await queries.LatestRequirementsAsync("sample", CancellationToken.None))!;
        Assert.Equal(claim.PlanRunId, requirements.PlanRunId);
        Assert.Equal(3, Assert.Single(requirements.Requirements).ScheduledAgents);
        var run = Assert.Single((await queries.PlanRunsAsync("sample", 10, CancellationToken.None))!);
        Assert.Equal(("completed", "optimal", 1000.0, 900.0), (run.Status, run.SolverStatus, run.Objective, run.Bound));
        Assert.Equal(new PlanRunCounts("sample", 0, 1, 0, 0, 0), Assert.Single(await queries.PlanRunCountsAsync(CancellationToken.None)));
        var last = Assert.Single(await queries.LastCompletedRunsAsync(CancellationToken.None));
        var intervalHours = sample.Scenario.Site.IntervalLength.TotalHours;
        Assert.Equal((claim.PlanRunId, 0.75 * intervalHours), (last.PlanRunId, last.UnderCoverageAgentHours!.Value));
        Assert.True(last.Seconds >= 0);
    }

    [DatabaseFact]
    public async Task An_imported_baseline_is_a_published_version_from_import()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        var start = scenario.Site.WeekStart.PlusDays(1).At(new LocalTime(8, 0));
        var withBaseline = inputs with { Baseline = new BaselineRoster([new BaselineShift(inputs.Agents[0].Id, start, start.PlusHours(8))], null) };

        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, withBaseline, CancellationToken.None);

        var version = Assert.Single((await new SiteQueries(database.DataSource).RosterVersionsAsync("sample", CancellationToken.None))!);
        Assert.Equal(("published", "import", (long?)null), (version.Status, version.Source, version.PlanRunId));
    }

    [DatabaseFact]
    public async Task Pricing_terms_are_kept_as_imported_and_an_import_without_them_removes_them()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        var text = await File.ReadAllTextAsync(Path.Combine(SampleScenario.Directory, "pricing.json"));
        var importer = new ScenarioImporter(database.DataSource);
        var pricing = new PricingTermsStore(database.DataSource);

        await importer.ImportAsync("sample", scenario, inputs, null, null, text, CancellationToken.None);
        var stored = await pricing.LoadAsync("sample", CancellationToken.None);
        await importer.ImportAsync("sample", scenario, inputs, CancellationToken.None);

        Assert.Equal(text, stored);
        Assert.Null(await pricing.LoadAsync("sample", CancellationToken.None));
    }
}
