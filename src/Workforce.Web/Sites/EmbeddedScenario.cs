using NodaTime;
using Workforce.Core;
using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Pricing;

namespace Workforce.Web.Sites;

/// <summary>
/// A scenario folder as the embedded mode serves it: read and checked once at start (bad input stops the
/// server before it listens, naming file, line and field), staffed at p50, and read again at another
/// quantile when a what-if asks for one.
/// </summary>
public sealed record EmbeddedScenario(string Directory, Scenario Scenario, RosterInputs? Inputs, PricingTerms? Pricing, Instant LoadedAt)
{
    public StaffingQuantile Quantile => StaffingQuantile.P50;

    /// <summary>Where the forecast came from: "import" (forecast.csv).</summary>
    public string ForecastSource => "import";

    public IReadOnlyDictionary<string, string> AgentNames { get; } =
        Inputs?.Agents.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Reads the folder, or the first bad input in it.</summary>
    public static InputResult<EmbeddedScenario> Load(string directory, Instant now)
    {
        var scenario = ScenarioFolder.Load(directory);
        if (!scenario.Succeeded)
        {
            return InputResult<EmbeddedScenario>.Failure(scenario.Error!);
        }

        var inputs = RosterInputsFolder.Load(directory, scenario.Value.Site);
        if (!inputs.Succeeded)
        {
            return InputResult<EmbeddedScenario>.Failure(inputs.Error!);
        }

        PricingTerms? pricing = null;
        var pricingPath = Path.Combine(directory, PricingFileReader.FileName);
        if (inputs.Value is { } agents && File.Exists(pricingPath))
        {
            var priced = scenario.Value.Forecast.Where(f => f.Volume > 0).Select(f => f.ChannelId).ToHashSet(StringComparer.Ordinal);
            var terms = PricingFileReader.Read(pricingPath, scenario.Value.Site, agents.Contracts, priced);
            if (!terms.Succeeded)
            {
                return InputResult<EmbeddedScenario>.Failure(terms.Error!);
            }

            pricing = terms.Value;
        }

        return InputResult<EmbeddedScenario>.Success(new EmbeddedScenario(directory, scenario.Value, inputs.Value, pricing, now));
    }

    /// <summary>The scenario staffed at another quantile, or why it cannot be (a forecast.csv without that column).</summary>
    public (Scenario Scenario, string? Error) At(StaffingQuantile quantile)
    {
        var loaded = ScenarioFolder.Load(Directory, quantile);
        return loaded.Succeeded ? (loaded.Value, null) : (Scenario, $"staffAt: {loaded.Error}");
    }
}
