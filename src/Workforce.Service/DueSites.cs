using NodaTime;
using Workforce.Storage.Planning;

namespace Workforce.Service;

/// <summary>Which sites are due now: those whose local clock has passed their run time today, each for its own local date.</summary>
internal static class DueSites
{
    /// <summary>A site due for a plan date (its local date now).</summary>
    public sealed record DueSite(string SiteId, LocalDate PlanDate);

    /// <summary>
    /// The due sites at <paramref name="now"/>. With <paramref name="ignoreRunTime"/> (a forced run) every site
    /// is due for its current local date; with <paramref name="planDate"/> (a missed day planned late, or a
    /// rehearsal) every site is due for that date. A site whose time zone this build does not know is left out
    /// and reported through <paramref name="unknownZone"/>.
    /// </summary>
    public static IReadOnlyList<DueSite> At(
        Instant now, IEnumerable<SiteClock> sites, Func<string, LocalTime> runTimeFor, bool ignoreRunTime, Action<SiteClock> unknownZone, LocalDate? planDate = null)
    {
        var due = new List<DueSite>();
        foreach (var site in sites)
        {
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(site.TimeZone);
            if (zone is null)
            {
                unknownZone(site);
                continue;
            }

            var local = now.InZone(zone).LocalDateTime;
            if (planDate is { } date)
            {
                due.Add(new DueSite(site.SiteId, date));
            }
            else if (ignoreRunTime || local.TimeOfDay >= runTimeFor(site.SiteId))
            {
                due.Add(new DueSite(site.SiteId, local.Date));
            }
        }

        return due;
    }
}
