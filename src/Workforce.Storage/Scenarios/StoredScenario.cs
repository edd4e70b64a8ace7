using Workforce.Core.Rostering;

namespace Workforce.Storage.Scenarios;

/// <summary>A site as the database holds it: the scenario (current forecast version) and its roster inputs, if any.</summary>
/// <param name="SiteId">The site's key in the database.</param>
/// <param name="Scenario">Site and current forecast.</param>
/// <param name="RosterInputs">Active agents, their contracts, time off and carry-in; null when the site has no active agent.</param>
/// <param name="ForecastVersionId">The forecast version <paramref name="Scenario"/> holds.</param>
public sealed record StoredScenario(string SiteId, Core.Scenario Scenario, RosterInputs? RosterInputs, long ForecastVersionId);
