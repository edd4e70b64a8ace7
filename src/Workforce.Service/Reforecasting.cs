using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Storage.Scenarios;

namespace Workforce.Service;

/// <summary>
/// What a re-plan staffs and rosters on: the scenario (its site's week is the week to roster), the stored
/// forecast version it holds or the re-forecast to store, and the last frozen day of that week.
/// </summary>
/// <param name="Scenario">The site, its <c>WeekStart</c> the week to roster, and the forecast to staff.</param>
/// <param name="StoredForecastVersionId">The stored version <paramref name="Scenario"/>'s forecast is, when <paramref name="Reforecast"/> is null.</param>
/// <param name="Reforecast">The forecast made from actuals (the scenario's forecast), to store as a new version; null when none was made.</param>
/// <param name="FrozenThrough">Days of the week up to this one keep the published roster exactly; null when none do.</param>
internal sealed record PlanningBasis(Core.Scenario Scenario, long StoredForecastVersionId, IReadOnlyList<ForecastInterval>? Reforecast, LocalDate? FrozenThrough)
{
    /// <summary>The P10, P80 and P90 of <see cref="Reforecast"/>, aligned with it, stored with it.</summary>
    public ForecastQuantiles ReforecastQuantiles { get; init; } = ForecastQuantiles.None;
}

/// <summary>Steps 1–2 of the daily cycle: load actuals, re-forecast.</summary>
internal interface IReforecaster
{
    Task<PlanningBasis> ReforecastAsync(StoredScenario site, ReplanWindow window, CancellationToken cancellationToken);
}

/// <summary>
/// Re-forecasts a site from its actuals before the plan date with the forecasting engine (method <c>auto</c>,
/// as <c>workforce forecast</c> and <c>plan</c> do), from the plan date to the end of the window, and rosters
/// the week of the first open day on it. When the actuals are too few (a channel without history, or shorter
/// than the shortest method needs, 8 days) it falls back to the latest stored forecast and logs why; if that forecast
/// does not cover the week either, the site's stored week is planned as imported (see docs/storage.md).
/// </summary>
internal sealed class ActualsReforecaster(ActualsStore actuals, DatabaseRetry retry, ILogger<ActualsReforecaster> logger) : IReforecaster
{
    public async Task<PlanningBasis> ReforecastAsync(StoredScenario site, ReplanWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(window);
        var stored = site.Scenario;
        var zone = stored.Site.TimeZone;
        // No look-ahead: only what had happened before the plan date began, in the site's zone.
        var before = window.PlanDate.AtStartOfDayInZone(zone).ToInstant();
        var history = await retry.RunAsync("loading actuals", ct => actuals.LoadAsync(site.SiteId, zone, before, ct), cancellationToken);
        var why = MissingChannel(stored.Site, history);
        if (why is null)
        {
            try
            {
                var forecasts = await Task.Run(() => SiteForecast.Make(stored.Site, history, window.PlanDate, window.ForecastDays), cancellationToken);
                var fresh = SiteForecast.At(stored.Site, forecasts, StaffingQuantile.P50);
                var forecast = ReplanForecast.Combine(stored.Site, window, stored.Forecast, history, fresh);
                var quantiles = ReplanForecast.CombineQuantiles(stored.Site, window, stored.Forecast, site.ForecastQuantiles, history, SiteForecast.Quantiles(stored.Site, forecasts));
                Log.Reforecast(logger, site.SiteId, window.ForecastDays, Format(window.PlanDate), history.Count, string.Join(", ", forecasts.Select(f => $"{f.ChannelId} {f.Method}")));
                return new PlanningBasis(new Core.Scenario(stored.Site with { WeekStart = window.WeekStart }, forecast), site.ForecastVersionId, forecast, window.FrozenThrough)
                {
                    ReforecastQuantiles = quantiles,
                };
            }
            catch (ForecastInputException ex)
            {
                why = ex.Message;
            }
        }

        Log.ForecastFallback(logger, site.SiteId, site.ForecastVersionId, why);
        if (ReplanForecast.CoversWeek(stored.Forecast, window.WeekStart))
        {
            return new PlanningBasis(stored with { Site = stored.Site with { WeekStart = window.WeekStart } }, site.ForecastVersionId, null, window.FrozenThrough);
        }

        // The stored forecast is for another week. A later week (planned ahead) starts after the freeze
        // window, so nothing in it is frozen; an earlier one lies wholly before the first open day, and
        // re-planning it is a replay of an imported scenario, not a change to shifts agents still work.
        var storedWeek = stored.Site.WeekStart;
        var frozenThrough = storedWeek > window.FrozenThrough ? window.FrozenThrough : (LocalDate?)null;
        Log.StoredWeekPlanned(logger, site.SiteId, Format(window.WeekStart), Format(storedWeek));
        return new PlanningBasis(stored, site.ForecastVersionId, null, frozenThrough);
    }

    /// <summary>Why the actuals cannot forecast every channel of the site, or null when each has some.</summary>
    private static string? MissingChannel(Core.Sites.Site site, IReadOnlyList<ForecastInterval> history)
    {
        var withHistory = history.Select(h => h.ChannelId).ToHashSet(StringComparer.Ordinal);
        var missing = site.Channels.FirstOrDefault(c => !withHistory.Contains(c.Id));
        return missing is null ? null : $"channel '{missing.Id}' has no actuals before the plan date";
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
