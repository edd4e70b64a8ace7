using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Service.Tests;

public class ReforecastFallbackTests
{
    [DatabaseFact]
    public async Task Too_little_history_plans_on_the_stored_forecast_and_says_why()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        // Five days of actuals: the shortest method (seasonal naïve) needs eight.
        await new ScenarioImporter(database.DataSource).ImportAsync(
            "tiny", TinySite.Scenario(), TinySite.Inputs(), TinySite.Actuals(TinySite.Monday.PlusDays(-5), 5), CancellationToken.None);

        var outcome = await ServiceProcess.RunOnceAsync(database.ConnectionString, new Dictionary<string, string> { ["FreezeDays"] = "2" }, "--plan-date", "2026-03-02");

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.Contains("cannot re-forecast from actuals (channel 'phone' has 5 days of history before 2026-03-02", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("rostering the week of 2026-03-02 afresh", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM forecast_versions"));
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM plan_runs WHERE forecast_version_id = 1 AND status = 'completed'"));
    }

    [DatabaseFact]
    public async Task A_site_without_actuals_whose_forecast_is_for_a_past_week_is_planned_on_its_stored_week()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("tiny");

        var outcome = await ServiceProcess.RunOnceAsync(database.ConnectionString, null, "--plan-date", "2026-11-28");

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.Contains("channel 'phone' has no actuals before the plan date", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("the stored forecast does not cover the week of 2026-11-30; rostering the site's stored week of 2026-03-02", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM roster_versions WHERE week_start = '2026-03-02' AND status = 'published'"));
    }
}
