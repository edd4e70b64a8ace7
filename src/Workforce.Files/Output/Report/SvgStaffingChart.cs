using Workforce.Core.Rostering.Solving;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;

namespace Workforce.Files.Output.Report;

/// <summary>
/// One channel's staffing over the week, before any roster: required agents as a step line and the
/// scheduled agents (grossed up for unplanned shrinkage) as a filled area.
/// </summary>
internal static class SvgStaffingChart
{
    public static string Render(Site site, string channelId, IReadOnlyList<IntervalRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(requirements);
        var rows = requirements.Where(r => r.ChannelId == channelId).OrderBy(r => r.Start.ToInstant()).ToList();
        var chart = new StepChartData(
            [.. rows.Select(r => r.Start.ToInstant())],
            site.IntervalLength,
            [
                new StepSeries("required gross (grossed up for unplanned shrinkage)", "scheduled", [.. rows.Select(r => (double)r.ScheduledAgents)], Filled: true),
                new StepSeries("required net", "required", [.. rows.Select(r => (double)r.RequiredAgents)], Filled: false),
            ],
            null,
            string.Empty,
            "agents");
        return SvgStepChart.Render(chart, site.TimeZone, site.WeekStart, RosterHorizon.Days);
    }
}
