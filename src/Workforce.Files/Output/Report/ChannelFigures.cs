using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Files.Output.Report;

/// <summary>One channel's week in agent-hours, and its mean projected service level.</summary>
/// <param name="MeanServiceLevel">
/// Weighted by forecast volume (from the model's volumes); when the channel has no volume, the simple
/// mean over intervals with a requirement; NaN when there is neither.
/// </param>
internal sealed record ChannelFigures(double RequiredAgentHours, double ScheduledAgentHours, double UnderCoverageAgentHours, double MeanServiceLevel)
{
    public static ChannelFigures Of(RosterReport report, ChannelDemand demand)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(demand);
        var data = report.Data;
        var hours = data.IntervalHours;
        var rows = report.Coverage.Where(c => c.ChannelId == demand.ChannelId).ToList();
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
        var mean = weight > 0 ? weighted / weight
            : demanded.Count > 0 ? demanded.Average(r => r.ProjectedServiceLevel)
            : double.NaN;

        return new ChannelFigures(
            rows.Sum(r => r.Required) * hours,
            rows.Sum(r => r.Scheduled) * hours,
            rows.Sum(r => r.Shortfall) * hours,
            mean);
    }
}
