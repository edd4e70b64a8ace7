using Workforce.Core.Capacity;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Forecasting;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary>
/// Every input of a scenario folder that <c>plan</c> uses, read and checked before anything is solved
/// or written: the site and its forecast (or the forecast made from its history), the agents and their
/// rules when the folder has them, the pricing terms and the capacity inputs.
/// </summary>
/// <param name="Scenario">The site and its forecast, as loaded.</param>
/// <param name="Roster">The agents, contracts, carry-in, time off and the rest; null when the folder has no agents.</param>
/// <param name="Pricing">The bid's terms; null without <c>pricing.json</c> or without agents to cost.</param>
/// <param name="Capacity">The capacity inputs and their weeks; null without <c>capacity.json</c>.</param>
internal sealed record PlanInputs(LoadedScenario Scenario, RosterInputs? Roster, PricingTerms? Pricing, (CapacityInputs Inputs, int Weeks)? Capacity)
{
    /// <summary>Reads the folder; bad input throws <see cref="BadInputException"/> naming file, line and field.</summary>
    public static PlanInputs Load(string directory, StaffingQuantile quantile)
    {
        var loaded = ScenarioInput.Load(directory, quantile);
        var scenario = loaded.Scenario;
        var rosterInputs = RosterInputsFolder.Load(directory, scenario.Site);
        if (!rosterInputs.Succeeded)
        {
            throw new BadInputException(rosterInputs.Error!.ToString());
        }

        // Pricing needs the roster; its file is read now so that bad input stops the run before anything is written.
        var pricingTerms = rosterInputs.Value is { } priced && PricingInput.Exists(directory) ? PricingInput.Load(directory, scenario, priced) : null;
        var capacity = CapacityCommand.Load(directory, scenario, rosterInputs.Value, null);
        return new PlanInputs(loaded, rosterInputs.Value, pricingTerms, capacity);
    }
}
