using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Files.Output.Report;

/// <summary>
/// One channel's coverage over the week: staffing's required agents as a step line, the roster's
/// scheduled (effective) agents as a filled area, and the intervals with a shortfall as red bands.
/// </summary>
internal static class SvgCoverageChart
{
    /// <summary>Shortfalls below this many agents are rounding, not a gap worth a red band.</summary>
    public const double ShortfallThreshold = 0.005;

    public static string Render(RosterReport report, ChannelDemand demand)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(demand);
        var horizon = report.Data.Horizon;
        var rows = report.Coverage.Where(c => c.ChannelId == demand.ChannelId).OrderBy(c => c.IntervalStart.ToInstant()).ToList();
        var deferred = demand is DeferredDemand;
        var chart = new StepChartData(
            [.. rows.Select(r => r.IntervalStart.ToInstant())],
            horizon.IntervalLength,
            [
                new StepSeries("scheduled (effective agents)", "scheduled", [.. rows.Select(r => r.Scheduled)], Filled: true),
                new StepSeries(deferred ? "required gross (staffing's smooth plan)" : "required gross", "required", [.. rows.Select(r => r.Required)], Filled: false),
            ],
            [.. rows.Select(r => r.Shortfall > ShortfallThreshold)],
            deferred ? "late work (misses its response window)" : "shortfall",
            "agents");
        return SvgStepChart.Render(chart, horizon.Site.TimeZone, horizon.Site.WeekStart, RosterHorizon.Days);
    }
}
