using NodaTime;
using Workforce.Storage.Planning;

namespace Workforce.Service.Tests;

public class DueSitesTests
{
    // 2026-11-28 01:30 UTC: 03:30 in Jerusalem (UTC+2), still 20:30 the day before in New York (UTC−5).
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 28, 1, 30);

    private static readonly SiteClock[] Sites = [new("tlv", "Asia/Jerusalem"), new("nyc", "America/New_York")];

    [Fact]
    public void Each_site_is_due_for_its_own_local_date()
    {
        var due = DueSites.At(Now, Sites, _ => new LocalTime(3, 0), ignoreRunTime: false, _ => Assert.Fail("zone known"));

        Assert.Equal([new DueSites.DueSite("tlv", new LocalDate(2026, 11, 28)), new DueSites.DueSite("nyc", new LocalDate(2026, 11, 27))], due);
    }

    [Fact]
    public void A_site_is_not_due_before_its_local_run_time()
    {
        var due = DueSites.At(Now, Sites, _ => new LocalTime(21, 0), ignoreRunTime: false, _ => Assert.Fail("zone known"));

        Assert.Empty(due);
    }

    [Fact]
    public void Only_the_site_whose_clock_passed_the_run_time_is_due()
    {
        var due = DueSites.At(Now, Sites, _ => new LocalTime(20, 0), ignoreRunTime: false, _ => Assert.Fail("zone known"));

        Assert.Equal([new DueSites.DueSite("nyc", new LocalDate(2026, 11, 27))], due);
    }

    [Fact]
    public void A_forced_run_makes_every_site_due_for_its_current_local_date()
    {
        var due = DueSites.At(Now, Sites, _ => new LocalTime(23, 59), ignoreRunTime: true, _ => Assert.Fail("zone known"));

        Assert.Equal(2, due.Count);
        Assert.Contains(new DueSites.DueSite("nyc", new LocalDate(2026, 11, 27)), due);
    }

    [Fact]
    public void A_plan_date_makes_every_site_due_for_that_date_whatever_its_clock_says()
    {
        var due = DueSites.At(Now, Sites, _ => new LocalTime(23, 59), ignoreRunTime: false, _ => Assert.Fail("zone known"), new LocalDate(2026, 3, 3));

        Assert.Equal([new DueSites.DueSite("tlv", new LocalDate(2026, 3, 3)), new DueSites.DueSite("nyc", new LocalDate(2026, 3, 3))], due);
    }

    [Fact]
    public void A_site_in_an_unknown_time_zone_is_reported_and_left_out()
    {
        var unknown = new List<string>();

        var due = DueSites.At(Now, [new SiteClock("moon", "Moon/Tranquility")], _ => LocalTime.Midnight, ignoreRunTime: true, s => unknown.Add(s.SiteId));

        Assert.Empty(due);
        Assert.Equal(["moon"], unknown);
    }
}
