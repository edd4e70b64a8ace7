using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Sites;

namespace Workforce.Core.Pricing;

/// <summary>
/// What pricing reads from a roster: the shifts (who works when, paid hours) and the coverage (effective
/// agents on each channel per interval), with the site, agents, contracts and forecast they were made
/// from. It is the same whether the roster was just solved (<see cref="RosterReport"/>) or read back from
/// a roster output folder (<c>roster.csv</c>, <c>coverage.csv</c>), so a price never depends on which.
/// </summary>
/// <param name="Shifts">The roster's shifts; every agent id is in <paramref name="Agents"/>.</param>
/// <param name="Coverage">Effective agents (nesting agents at their productivity) per interval and channel.</param>
public sealed record PricingRoster(
    Site Site,
    IReadOnlyList<Agent> Agents,
    IReadOnlyList<Contract> Contracts,
    IReadOnlyList<ForecastInterval> Forecast,
    IReadOnlyList<RosterRow> Shifts,
    IReadOnlyList<CoverageRow> Coverage)
{
    public static PricingRoster From(Scenario scenario, RosterInputs inputs, RosterReport report)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(report);
        return new PricingRoster(scenario.Site, inputs.Agents, inputs.Contracts, scenario.Forecast, report.Roster, report.Coverage);
    }

    /// <summary>The same roster with every channel's on-phone agents multiplied by <paramref name="factor"/> (what-if: fewer hours on the phones).</summary>
    public PricingRoster WithOnPhoneScaled(double factor) =>
        this with { Coverage = [.. Coverage.Select(c => c with { Scheduled = c.Scheduled * factor })] };
}
