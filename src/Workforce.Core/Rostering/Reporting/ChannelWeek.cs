using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Reporting;

/// <summary>
/// One channel's week in a roster, in agent-hours: the figures that <c>summary.json</c> (<c>channels</c>),
/// <c>summary.md</c> and <c>report.html</c> each show per channel, computed once here so they agree.
/// </summary>
/// <param name="Channel">The channel id.</param>
/// <param name="RequiredNetAgentHours">Staffing's net requirement (the queueing model's agents, before unplanned shrinkage) × interval hours, over the week.</param>
/// <param name="RequiredGrossAgentHours">The net requirement grossed up for unplanned shrinkage: what the roster must cover (<c>required_gross</c> in <c>coverage.csv</c>).</param>
/// <param name="ScheduledAgentHours">Effective agents the roster puts on the channel (nesting agents at their productivity) × interval hours (<c>scheduled</c> in <c>coverage.csv</c>).</param>
/// <param name="UnderCoverageAgentHours">
/// <c>coverage.csv</c>'s <c>shortfall</c> × interval hours: for live channels required gross less scheduled where short,
/// for deferred ones the work that missed its response window.
/// </param>
/// <param name="MeanProjectedServiceLevel">
/// The projected service level weighted by forecast volume; when the channel has no volume, the simple
/// mean over intervals with a requirement; null when there is neither.
/// </param>
public sealed record ChannelWeek(
    string Channel,
    double RequiredNetAgentHours,
    double RequiredGrossAgentHours,
    double ScheduledAgentHours,
    double UnderCoverageAgentHours,
    double? MeanProjectedServiceLevel)
{
    /// <summary>The figures of <paramref name="demand"/>'s channel from the roster's coverage rows.</summary>
    public static ChannelWeek Of(RosterModelData data, ChannelDemand demand, IReadOnlyList<CoverageRow> coverage)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(coverage);
        var hours = data.IntervalHours;
        var rows = coverage.Where(c => c.ChannelId == demand.ChannelId).ToList();
        var volumes = demand.ChannelIndex < data.Volumes.Count ? data.Volumes[demand.ChannelIndex] : [];

        double weighted = 0, weight = 0;
        foreach (var row in rows)
        {
            var t = data.Horizon.IndexOf(row.IntervalStart.ToInstant());
            var volume = t >= 0 && t < volumes.Length ? volumes[t].Volume : 0;
            if (volume > 0 && double.IsFinite(row.ProjectedServiceLevel))
            {
                weighted += row.ProjectedServiceLevel * volume;
                weight += volume;
            }
        }

        var demanded = rows.Where(r => r.Required > 0 && double.IsFinite(r.ProjectedServiceLevel)).ToList();
        double? mean = weight > 0 ? weighted / weight
            : demanded.Count > 0 ? demanded.Average(r => r.ProjectedServiceLevel)
            : null;

        return new ChannelWeek(
            demand.ChannelId,
            demand.RequiredNetHundredths.Sum(r => (long)r) / 100.0 * hours,
            rows.Sum(r => r.Required) * hours,
            rows.Sum(r => r.Scheduled) * hours,
            rows.Sum(r => r.Shortfall) * hours,
            mean);
    }
}
