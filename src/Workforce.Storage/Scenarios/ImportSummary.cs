namespace Workforce.Storage.Scenarios;

/// <summary>What an import stored.</summary>
/// <param name="SiteId">The site's key in the database.</param>
/// <param name="Channels">Active channels after the import.</param>
/// <param name="Agents">Active agents after the import.</param>
/// <param name="ForecastVersionId">The site's current forecast version.</param>
/// <param name="ForecastVersionAdded">False when the forecast equalled the current version, so none was added.</param>
public sealed record ImportSummary(string SiteId, int Channels, int Agents, long ForecastVersionId, bool ForecastVersionAdded);
