using NodaTime;
using Workforce.Core.Sites;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Scenario;

public class SiteFileReaderTests
{
    private static Core.Common.InputError ErrorFor(string json)
    {
        using var scenario = new TestScenario(siteJson: json);
        var result = SiteFileReader.Read(scenario.SitePath);
        Assert.False(result.Succeeded);
        return result.Error!;
    }

    [Fact]
    public void A_valid_site_is_read_with_its_channels_and_shrinkage()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value;

        Assert.Equal("Europe/London", site.TimeZone.Id);
        Assert.Equal(Duration.FromMinutes(15), site.IntervalLength);
        Assert.Equal(new LocalDate(2026, 3, 23), site.WeekStart);
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], site.WeekendDays.Order());
        Assert.Equal(0.3, site.Shrinkage.UnplannedFraction, 12);
        Assert.Equal(0.1, site.Shrinkage.PlannedFraction, 12);
        Assert.Equal([ChannelKind.Voice, ChannelKind.Chat, ChannelKind.Deferred], site.Channels.Select(c => c.Kind));
        Assert.Equal(TimeSpan.FromHours(2), ((DeferredModel)site.Channels[2].Model).ResponseWindow);
    }

    [Fact]
    public void An_unknown_time_zone_is_reported_with_its_line_and_field()
    {
        var error = ErrorFor(TestScenario.SiteJson.Replace("Europe/London", "Europe/Atlantis", StringComparison.Ordinal));
        Assert.Equal("timeZone", error.Field);
        Assert.Equal(3, error.Line);
        Assert.Contains("unknown time zone 'Europe/Atlantis'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"target\": 0.8, \"answerWithinSeconds\": 20 }, \"maxOccupancy\": 0.9", "\"target\": 1.0, \"answerWithinSeconds\": 20 }, \"maxOccupancy\": 0.9")]
    [InlineData("\"target\": 0.8, \"answerWithinSeconds\": 20 }, \"maxOccupancy\": 0.9", "\"target\": 0, \"answerWithinSeconds\": 20 }, \"maxOccupancy\": 0.9")]
    public void An_impossible_service_level_target_is_refused(string original, string spoiled)
    {
        var error = ErrorFor(TestScenario.SiteJson.Replace(original, spoiled, StringComparison.Ordinal));
        Assert.Equal("channels[0].serviceLevel.target", error.Field);
        Assert.Equal(9, error.Line);
    }

    [Fact]
    public void An_unknown_channel_kind_is_refused()
    {
        var error = ErrorFor(TestScenario.SiteJson.Replace("\"kind\": \"chat\"", "\"kind\": \"fax\"", StringComparison.Ordinal));
        Assert.Equal("channels[1].kind", error.Field);
        Assert.Contains("expected voice, chat or deferred", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unplanned_shrinkage_adding_up_to_one_or_more_is_refused()
    {
        var error = ErrorFor(TestScenario.SiteJson.Replace("\"sickness\": 0.1", "\"sickness\": 0.8", StringComparison.Ordinal));
        Assert.Equal("shrinkage.unplanned", error.Field);
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_line()
    {
        var error = ErrorFor(TestScenario.SiteJson.Replace("\"currency\": \"GBP\",", "\"currency\": \"GBP\"", StringComparison.Ordinal));
        Assert.Equal(5, error.Line);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var error = ErrorFor(TestScenario.SiteJson.Replace("\"weekStart\": \"2026-03-23\",", string.Empty, StringComparison.Ordinal));
        Assert.Equal("weekStart", error.Field);
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_channel_ids_are_refused()
    {
        var error = ErrorFor(TestScenario.SiteJson.Replace("\"id\": \"chat\"", "\"id\": \"phone\"", StringComparison.Ordinal));
        Assert.Contains("'phone' appears more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekend_days_are_a_site_setting()
    {
        using var scenario = new TestScenario(siteJson: TestScenario.SiteJson.Replace(
            "\"intervalMinutes\": 15,", "\"intervalMinutes\": 15, \"weekendDays\": [\"Friday\", \"Saturday\"],", StringComparison.Ordinal));
        var site = SiteFileReader.Read(scenario.SitePath).Value;
        Assert.Equal([IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], site.WeekendDays.Order());
    }

    [Fact]
    public void A_site_written_by_the_writer_reads_back_the_same()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value;
        var copy = Path.Combine(scenario.Directory, "copy.json");
        SiteFileWriter.Write(copy, site);
        var again = SiteFileReader.Read(copy).Value;

        Assert.Equal(site.Channels, again.Channels);
        Assert.Equal(site.Shrinkage.UnplannedComponents, again.Shrinkage.UnplannedComponents);
        Assert.Equal(site.TimeZone, again.TimeZone);
        Assert.Equal(site.WeekStart, again.WeekStart);
    }
}
