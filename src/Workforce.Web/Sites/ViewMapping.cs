using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;

namespace Workforce.Web.Sites;

/// <summary>Views of the domain's objects, shared by both stores.</summary>
public static class ViewMapping
{
    public static SiteView Site(string siteId, Site site) => new(
        siteId,
        site.Name,
        site.TimeZone.Id,
        site.Currency,
        (int)site.IntervalLength.TotalMinutes,
        site.WeekStart,
        [.. site.Channels.Select(c => new ChannelView(c.Id, c.Name, c.Kind.ToString().ToLowerInvariant()))]);

    public static double? TargetServiceLevel(Site site, string channelId) => site.FindChannel(channelId)?.Model switch
    {
        VoiceModel voice => voice.Target.ServiceLevelFraction,
        ChatModel chat => chat.Target.ServiceLevelFraction,
        DeferredModel deferred => deferred.TargetFraction,
        _ => null,
    };

    public static RequirementView Requirement(IntervalRequirement r) =>
        new(r.ChannelId, r.Start.LocalDateTime, r.Volume, r.AhtSeconds, r.RequiredAgents, r.ScheduledAgents, Finite(r.ServiceLevel), Finite(r.AsaSeconds), Finite(r.Occupancy));

    public static IReadOnlyList<ShiftView> Shifts(RosterReport report, IReadOnlyDictionary<string, string> names)
    {
        var activities = report.Activities
            .Where(a => a.Activity != "shift")
            .ToLookup(a => a.AgentId, StringComparer.Ordinal);
        return [.. report.Roster.Select(r => new ShiftView(
            r.AgentId,
            names.GetValueOrDefault(r.AgentId, r.AgentId),
            r.Date,
            r.ShiftStart.LocalDateTime,
            r.ShiftEnd.LocalDateTime,
            Math.Round(r.PaidHours, 2),
            [.. activities[r.AgentId]
                .Where(a => a.Start.ToInstant() >= r.ShiftStart.ToInstant() && a.End.ToInstant() <= r.ShiftEnd.ToInstant())
                .Select(a => new ActivityView(a.Activity, a.Start.LocalDateTime, a.End.LocalDateTime))]))];
    }

    public static IReadOnlyList<CoverageView> Coverage(RosterReport report, Site site) =>
        [.. report.Coverage.Select(c => new CoverageView(c.ChannelId, c.IntervalStart.LocalDateTime, c.Required, c.Scheduled, Finite(c.ProjectedServiceLevel), TargetServiceLevel(site, c.ChannelId)))];

    public static RosterFigures Figures(RosterSummary s, bool withCosts) => new(
        s.Status,
        Finite(s.Objective),
        Finite(s.Bound),
        s.PaidHours,
        s.RequiredGrossAgentHours,
        s.UnderCoverageAgentHours,
        withCosts ? s.LabourCost : null,
        s.Currency);

    /// <summary>A figure, or null where the model has none (no NaN or infinity in the API).</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
