using NodaTime;
using Workforce.Core.Sites;

namespace Workforce.Core.Staffing;

/// <summary>One channel on one local day: what staffing asks of the roster.</summary>
/// <param name="Intervals">Intervals staffed that day (92 or 100 quarter-hours on a clock-change day).</param>
/// <param name="RequiredNetAgentHours">The queueing model's agents (<c>required_net</c>) × interval hours.</param>
/// <param name="RequiredGrossAgentHours">The same grossed up for unplanned shrinkage (<c>required_gross</c>), what the roster must cover.</param>
/// <param name="PeakRequiredGross">The most agents <c>required_gross</c> asks for in one interval that day.</param>
/// <param name="ServiceLevel">Volume-weighted service level at the required staffing.</param>
public sealed record DailyChannelStaffing(
    LocalDate Date,
    string ChannelId,
    int Intervals,
    double Volume,
    double RequiredNetAgentHours,
    double RequiredGrossAgentHours,
    int PeakRequiredGross,
    double ServiceLevel);

/// <summary>
/// Daily totals of a staffing run, plus the caveats a planner should read before trusting it.
/// </summary>
public sealed record StaffingSummary(IReadOnlyList<DailyChannelStaffing> Days, int LowVolumeIntervals)
{
    /// <summary>
    /// Below this many contacts in an interval the steady-state assumption of Erlang models is
    /// strained: the interval is too short for the queue to settle, so figures there are indicative.
    /// </summary>
    public const double LowVolumeContacts = 5;

    public static StaffingSummary Build(Site site, IReadOnlyList<IntervalRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(requirements);
        var hoursPerInterval = site.IntervalLength.TotalHours;
        var days = requirements
            .GroupBy(r => (r.Start.Date, r.ChannelId))
            .Select(g =>
            {
                var volume = g.Sum(r => r.Volume);
                return new DailyChannelStaffing(
                    g.Key.Date,
                    g.Key.ChannelId,
                    g.Count(),
                    volume,
                    g.Sum(r => r.RequiredAgents) * hoursPerInterval,
                    g.Sum(r => r.ScheduledAgents) * hoursPerInterval,
                    g.Max(r => r.ScheduledAgents),
                    volume > 0 ? g.Sum(r => r.ServiceLevel * r.Volume) / volume : 1);
            })
            .ToList();
        var lowVolume = requirements.Count(r => r.Volume is > 0 and < LowVolumeContacts
            && site.FindChannel(r.ChannelId)?.Kind != ChannelKind.Deferred);
        return new StaffingSummary(days, lowVolume);
    }
}
