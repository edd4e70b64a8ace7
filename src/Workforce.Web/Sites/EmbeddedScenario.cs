using NodaTime;
using Workforce.Core;
using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Web.Sites;

/// <summary>
/// A scenario folder as the embedded mode serves it: read and checked once at start as <c>plan</c> reads it
/// (<see cref="PlanFolder"/>; bad input stops the server before it listens, naming file, line and field),
/// forecast from its history when it has no forecast (<see cref="PlanPipeline.Demand"/>), staffed at p50,
/// and taken at another quantile when a what-if asks for one.
/// </summary>
public sealed record EmbeddedScenario(string Directory, PlanRequest Request, PlanDemand Demand, Instant LoadedAt)
{
    /// <summary>The site and its forecast at p50, as planned.</summary>
    public Scenario Scenario => Demand.Scenario;

    public RosterInputs? Inputs => Request.Roster;

    public PricingTerms? Pricing => Request.Pricing;

    /// <summary>Where the forecast came from: "import" (forecast.csv) or "forecast" (made from history.csv).</summary>
    public string ForecastSource => Demand.Forecasts is null ? "import" : "forecast";

    public IReadOnlyDictionary<string, string> AgentNames { get; } =
        Request.Roster?.Agents.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Reads the folder, or the first bad input in it.</summary>
    public static InputResult<EmbeddedScenario> Load(string directory, Instant now)
    {
        var request = PlanFolder.Load(directory, StaffingQuantile.P50);
        if (!request.Succeeded)
        {
            return InputResult<EmbeddedScenario>.Failure(request.Error!);
        }

        try
        {
            return InputResult<EmbeddedScenario>.Success(new EmbeddedScenario(directory, request.Value, PlanPipeline.Demand(request.Value), now));
        }
        catch (PlanInputException ex)
        {
            return InputResult<EmbeddedScenario>.Failure(ex.Error);
        }
    }

    /// <summary>The scenario staffed at another quantile, or why it cannot be (a forecast.csv without that column).</summary>
    public (Scenario Scenario, string? Error) At(StaffingQuantile quantile)
    {
        if (Demand.Forecasts is { } made)
        {
            return (new Scenario(Scenario.Site, SiteForecast.At(Scenario.Site, made, quantile)), null);
        }

        var loaded = ScenarioFolder.Load(Directory, quantile);
        return loaded.Succeeded ? (loaded.Value, null) : (Scenario, $"staffAt: {loaded.Error}");
    }
}
