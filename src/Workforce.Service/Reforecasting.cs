using Microsoft.Extensions.Logging;
using Workforce.Storage.Scenarios;

namespace Workforce.Service;

/// <summary>
/// Steps 1–2 of the daily cycle (load actuals, re-forecast): the seam where the forecasting engine plugs in.
/// An implementation returns the scenario to plan on and the stored forecast version it holds.
/// </summary>
internal interface IReforecaster
{
    Task<(Core.Scenario Scenario, long ForecastVersionId)> ReforecastAsync(StoredScenario site, NodaTime.LocalDate planDate, CancellationToken cancellationToken);
}

/// <summary>
/// The only implementation until the forecasting engine exists: it does <b>not</b> re-forecast. It plans on the
/// site's latest stored forecast version unchanged and logs a warning saying so on every run.
/// </summary>
internal sealed class LatestStoredForecast(ILogger<LatestStoredForecast> logger) : IReforecaster
{
    public Task<(Core.Scenario Scenario, long ForecastVersionId)> ReforecastAsync(StoredScenario site, NodaTime.LocalDate planDate, CancellationToken cancellationToken)
    {
        Log.ForecastNotRefreshed(logger, site.SiteId, site.ForecastVersionId);
        return Task.FromResult((site.Scenario, site.ForecastVersionId));
    }
}
