using NodaTime;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Sites;

namespace Workforce.Storage.Tests;

/// <summary>
/// A roster report with one shift, its activity and one coverage row, as the store writes reports: shifts,
/// activities, coverage and the summary's solver figures. The solver's model and solution are not stored and
/// are left out.
/// </summary>
public static class SmallRosterReport
{
    /// <summary>An eight-hour shift of <paramref name="agentId"/> from <paramref name="start"/>, covering the site's first channel in that interval.</summary>
    public static RosterReport Create(Site site, string agentId, LocalDateTime start, double scheduledAgents = 1)
    {
        var shiftStart = start.InZoneStrictly(site.TimeZone);
        var shiftEnd = start.PlusHours(8).InZoneStrictly(site.TimeZone);
        var summary = new RosterSummary("optimal", 1000, 900, 0.1, 2, 8, 8, 1000, 0, 0, 8, 100m, site.Currency, 1, 1);
        return new RosterReport(
            summary,
            [new RosterRow(agentId, start.Date, shiftStart, shiftEnd, 7.5)],
            [new ActivityRow(agentId, "shift", shiftStart, shiftEnd)],
            [new CoverageRow(shiftStart, site.Channels[0].Id, 2, scheduledAgents, 0, double.NaN, 12.5)],
            null!,
            null!);
    }
}
