namespace Workforce.Service.Tests;

public class PlanningOptionsTests
{
    [Fact]
    public void A_run_time_that_is_not_hh_mm_names_the_setting()
    {
        var options = new PlanningOptions { SiteRunAt = new Dictionary<string, string> { ["tlv"] = "2am" } };

        var error = Assert.Throws<ConfigurationException>(options.Validate);

        Assert.Equal("Planning:SiteRunAt:tlv: expected a local time HH:mm, got '2am'", error.Message);
    }

    [Fact]
    public void A_freeze_window_as_long_as_the_horizon_is_refused()
    {
        var options = new PlanningOptions { HorizonDays = 7, FreezeDays = 7 };

        var error = Assert.Throws<ConfigurationException>(options.Validate);

        Assert.StartsWith("Planning:FreezeDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_run_time_overrides_the_default()
    {
        var options = new PlanningOptions { RunAt = "02:00", SiteRunAt = new Dictionary<string, string> { ["tlv"] = "05:30" } };

        Assert.Equal(new NodaTime.LocalTime(5, 30), options.RunTimeFor("tlv"));
        Assert.Equal(new NodaTime.LocalTime(2, 0), options.RunTimeFor("nyc"));
    }
}
