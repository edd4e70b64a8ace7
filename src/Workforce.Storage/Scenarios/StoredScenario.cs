using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;

namespace Workforce.Storage.Scenarios;

/// <summary>A site as the database holds it: the scenario (current forecast version) and its roster inputs, if any.</summary>
/// <param name="SiteId">The site's key in the database.</param>
/// <param name="Scenario">Site and current forecast, its volumes at <see cref="StaffingQuantile"/>.</param>
/// <param name="RosterInputs">Active agents, their contracts, time off and carry-in; null when the site has no active agent.</param>
/// <param name="ForecastVersionId">The forecast version <paramref name="Scenario"/> holds.</param>
public sealed record StoredScenario(string SiteId, Core.Scenario Scenario, RosterInputs? RosterInputs, long ForecastVersionId)
{
    /// <summary>The version's P50 volumes, those of <see cref="Scenario"/> as loaded (before <see cref="AtQuantile"/>).</summary>
    private IReadOnlyList<ForecastInterval> Median { get; init; } = Scenario.Forecast;

    /// <summary>
    /// The version's other quantiles, aligned with its intervals; a null column means the version has no such
    /// quantile (it was imported from a forecast.csv without that column).
    /// </summary>
    public ForecastQuantiles ForecastQuantiles { get; init; } = ForecastQuantiles.None;

    /// <summary>The quantile <see cref="Scenario"/>'s forecast volumes are at: P50 as loaded.</summary>
    public StaffingQuantile StaffingQuantile { get; init; } = StaffingQuantile.P50;

    /// <summary>Whether the version can be staffed at <paramref name="quantile"/>: P50 always, P80 and P90 when it has their column.</summary>
    public bool HasQuantile(StaffingQuantile quantile) => ForecastQuantiles.Has(quantile);

    /// <summary>
    /// This site with its forecast volumes at <paramref name="quantile"/> (P50 gives the version as stored).
    /// Throws <see cref="MissingForecastQuantileException"/> when the version has no such column (see <see cref="HasQuantile"/>).
    /// </summary>
    public StoredScenario AtQuantile(StaffingQuantile quantile) => HasQuantile(quantile)
        ? this with { Scenario = Scenario with { Forecast = ForecastQuantiles.Apply(Median, quantile) }, StaffingQuantile = quantile }
        : throw new MissingForecastQuantileException(SiteId, ForecastVersionId, quantile);
}

/// <summary>A site's stored forecast version has no volumes at the quantile asked for; the message tells the planner what to import.</summary>
public sealed class MissingForecastQuantileException(string siteId, long forecastVersionId, StaffingQuantile quantile)
    : Exception($"the stored forecast (version {forecastVersionId} of site '{siteId}') has no {ForecastQuantiles.Name(quantile)} column: import a forecast.csv with volume_{ForecastQuantiles.Name(quantile)}")
{
    public string SiteId { get; } = siteId;

    public long ForecastVersionId { get; } = forecastVersionId;

    public StaffingQuantile Quantile { get; } = quantile;
}
