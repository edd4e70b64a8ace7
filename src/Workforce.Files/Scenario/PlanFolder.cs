using Workforce.Core.Capacity;
using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Scenario.Capacity;
using Workforce.Files.Scenario.Pricing;

namespace Workforce.Files.Scenario;

/// <summary>The optional parts of a scenario folder to read for a plan.</summary>
[Flags]
public enum PlanParts
{
    /// <summary>The site and its forecast or history only.</summary>
    Demand = 0,

    /// <summary>The agents and their rules (<c>agents.csv</c>, <c>contracts.json</c>, ...), when the folder has them.</summary>
    Roster = 1,

    /// <summary><c>pricing.json</c>, when the folder has it and agents to cost.</summary>
    Pricing = 2,

    /// <summary><c>capacity.json</c> and its weekly forecast, when the folder has it.</summary>
    Capacity = 4,

    /// <summary>Everything <c>workforce plan</c> reads.</summary>
    All = Roster | Pricing | Capacity,
}

/// <summary>
/// Reads a scenario folder into a <see cref="PlanRequest"/> for <see cref="PlanPipeline"/>: the site and
/// its forecast at a staffing quantile, or, with <c>history.csv</c> and no <c>forecast.csv</c>, the
/// history for the pipeline to forecast from (this class never forecasts); the agents and their rules when
/// the folder has them; the pricing terms and the capacity inputs. Every file is read and checked before
/// anything is planned, so bad input stops a run before it solves or writes anything.
/// </summary>
/// <remarks>
/// Two checks need the forecast. Pricing needs a rate for every channel with forecast volume: without a
/// forecast, for every channel with history volume. The capacity horizon needs demand in every week: without
/// a forecast, the pipeline checks it once the forecast is made (<see cref="PlanInputException"/>).
/// The request's settings are <see cref="PlanSettings.Default"/>; the door sets its own.
/// </remarks>
public static class PlanFolder
{
    /// <summary>Whether the folder has <c>pricing.json</c> (read only with agents to cost).</summary>
    public static bool HasPricing(string directory) => File.Exists(Path.Combine(directory, PricingFileReader.FileName));

    /// <summary>Whether the folder will be forecast from its history: it has <c>history.csv</c> and no <c>forecast.csv</c>.</summary>
    public static bool ForecastsFromHistory(string directory) =>
        !File.Exists(Path.Combine(directory, ForecastCsvReader.FileName)) && File.Exists(Path.Combine(directory, HistoryCsvReader.FileName));

    /// <param name="directory">The scenario folder.</param>
    /// <param name="quantile">The forecast quantile to staff for.</param>
    /// <param name="parts">The optional parts to read.</param>
    /// <param name="capacityWeeks">The capacity horizon, or null for <c>capacity.json</c>'s.</param>
    public static InputResult<PlanRequest> Load(string directory, StaffingQuantile quantile, PlanParts parts = PlanParts.All, int? capacityWeeks = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var demand = LoadDemand(directory, quantile);
        if (!demand.Succeeded)
        {
            return demand;
        }

        var request = demand.Value;
        var site = request.Site;
        var roster = parts.HasFlag(PlanParts.Roster) || parts.HasFlag(PlanParts.Capacity)
            ? RosterInputsFolder.Load(directory, site)
            : InputResult<RosterInputs?>.Success(null);
        if (!roster.Succeeded)
        {
            return InputResult<PlanRequest>.Failure(roster.Error!);
        }

        // The scenario as loaded; without a forecast yet, the capacity inputs get the planned one from the pipeline.
        var scenario = new Core.Scenario(site, request.Forecast ?? []);
        PricingTerms? pricing = null;
        if (parts.HasFlag(PlanParts.Pricing) && roster.Value is { } priced && HasPricing(directory))
        {
            var channels = (request.Forecast ?? request.History!.Rows).Where(f => f.Volume > 0).Select(f => f.ChannelId).ToHashSet(StringComparer.Ordinal);
            var terms = PricingFileReader.Read(Path.Combine(directory, PricingFileReader.FileName), site, priced.Contracts, channels);
            if (!terms.Succeeded)
            {
                return InputResult<PlanRequest>.Failure(terms.Error!);
            }

            pricing = terms.Value;
        }

        PlanCapacity? capacity = null;
        if (parts.HasFlag(PlanParts.Capacity))
        {
            var loaded = CapacityFolder.Load(directory, scenario, roster.Value, capacityWeeks, checkDemand: request.Forecast is not null);
            if (!loaded.Succeeded)
            {
                return InputResult<PlanRequest>.Failure(loaded.Error!);
            }

            capacity = loaded.Value is { } c ? new PlanCapacity(c.Inputs, c.Weeks, Path.Combine(directory, WeeklyForecastCsvReader.FileName)) : null;
        }

        return InputResult<PlanRequest>.Success(request with
        {
            Roster = parts.HasFlag(PlanParts.Roster) ? roster.Value : null,
            Pricing = pricing,
            Capacity = capacity,
        });
    }

    /// <summary>The site with its forecast, or with its history when the folder is to be forecast.</summary>
    private static InputResult<PlanRequest> LoadDemand(string directory, StaffingQuantile quantile)
    {
        if (!ForecastsFromHistory(directory))
        {
            var scenario = ScenarioFolder.Load(directory, quantile);
            return scenario.Succeeded
                ? InputResult<PlanRequest>.Success(PlanRequest.ForForecast(scenario.Value, quantile))
                : InputResult<PlanRequest>.Failure(scenario.Error!);
        }

        var historyPath = Path.Combine(directory, HistoryCsvReader.FileName);
        var site = SiteFileReader.Read(Path.Combine(directory, SiteFileReader.FileName));
        if (!site.Succeeded)
        {
            return InputResult<PlanRequest>.Failure(site.Error!);
        }

        var history = HistoryCsvReader.Read(historyPath, site.Value);
        return history.Succeeded
            ? InputResult<PlanRequest>.Success(PlanRequest.ForHistory(site.Value, new PlanHistory(history.Value.Rows, historyPath), quantile))
            : InputResult<PlanRequest>.Failure(history.Error!);
    }
}
