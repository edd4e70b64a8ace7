using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Scenario;

public class HistoryCsvReaderTests
{
    private const string Header = "interval_start,channel,volume,aht_seconds\n";
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static InputResult<History> Read(string csv, bool withSite = false)
    {
        using var scenario = new TestScenario();
        var path = Path.Combine(scenario.Directory, HistoryCsvReader.FileName);
        File.WriteAllText(path, Header + csv);
        return withSite ? HistoryCsvReader.Read(path, SiteFileReader.Read(scenario.SitePath).Value) : HistoryCsvReader.Read(path, London);
    }

    private static InputError ErrorFor(string csv, bool withSite = false)
    {
        var result = Read(csv, withSite);
        Assert.False(result.Succeeded);
        Assert.EndsWith("history.csv", result.Error!.File, StringComparison.Ordinal);
        return result.Error;
    }

    [Fact]
    public void Unsorted_rows_are_accepted_and_sorted_by_time()
    {
        var history = Read("2026-03-02T09:30,phone,5,200\n2026-03-02T09:00,phone,4,200\n").Value;

        Assert.Equal([4.0, 5.0], history.Rows.Select(r => r.Volume));
    }

    [Fact]
    public void A_duplicate_interval_is_refused_naming_the_first_line()
    {
        var error = ErrorFor("2026-03-02T09:00,phone,4,200\n2026-03-02T09:30,phone,5,200\n2026-03-02T09:00,phone,6,200\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("already appears on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_count_is_refused_with_line_and_field()
    {
        var error = ErrorFor("2026-03-02T09:00,phone,4,200\n2026-03-02T09:30,phone,-2,200\n");

        Assert.Equal(3, error.Line);
        Assert.Equal("volume", error.Field);
    }

    [Fact]
    public void An_empty_handle_time_with_contacts_means_unknown_not_an_error()
    {
        var history = Read("2026-03-02T09:00,phone,4,\n").Value;

        Assert.Equal(0, history.Rows[0].AhtSeconds);
    }

    [Fact]
    public void The_interval_length_is_the_longest_usual_length_every_start_lies_on()
    {
        Assert.Equal(Duration.FromMinutes(30), Read("2026-03-02T09:00,phone,4,200\n2026-03-02T10:30,phone,5,200\n").Value.IntervalLength);
        Assert.Equal(Duration.FromMinutes(15), Read("2026-03-02T09:00,phone,4,200\n2026-03-02T10:45,phone,5,200\n").Value.IntervalLength);
        Assert.Equal(Duration.FromHours(1), Read("2026-03-02T09:00,phone,4,200\n2026-03-02T10:00,phone,5,200\n").Value.IntervalLength);
    }

    [Fact]
    public void Times_are_read_in_the_given_zone_and_the_repeated_hour_needs_its_offset()
    {
        var history = Read("2026-10-25T01:15+01:00,phone,4,200\n2026-10-25T01:15+00:00,phone,5,200\n").Value;
        Assert.Equal(Duration.FromHours(1), history.Rows[1].Start.ToInstant() - history.Rows[0].Start.ToInstant());

        var error = ErrorFor("2026-10-25T01:15,phone,4,200\n");
        Assert.Contains("happens twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_site_the_channels_and_the_interval_grid_are_the_sites()
    {
        Assert.Contains("unknown channel 'fax'", ErrorFor("2026-03-02T09:00,fax,4,200\n", withSite: true).Message, StringComparison.Ordinal);
        Assert.Contains("site's 15-minute", ErrorFor("2026-03-02T09:05,phone,4,200\n", withSite: true).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_only_a_header_is_refused()
    {
        Assert.Contains("no rows", ErrorFor(string.Empty).Message, StringComparison.Ordinal);
    }
}
