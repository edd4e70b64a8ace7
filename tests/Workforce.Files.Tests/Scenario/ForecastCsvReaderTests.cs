using NodaTime;
using Workforce.Core.Common;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Scenario;

public class ForecastCsvReaderTests
{
    private const string Header = "interval_start,channel,volume,aht_seconds\n";

    private static InputResult<IReadOnlyList<Core.Forecasting.ForecastInterval>> Read(string csv)
    {
        using var scenario = new TestScenario(forecastCsv: csv);
        var site = SiteFileReader.Read(scenario.SitePath).Value;
        return ForecastCsvReader.Read(scenario.ForecastPath, site);
    }

    private static InputError ErrorFor(string csv)
    {
        var result = Read(csv);
        Assert.False(result.Succeeded);
        return result.Error!;
    }

    [Fact]
    public void Rows_are_read_in_the_site_zone_and_sorted_by_interval_then_channel()
    {
        var rows = Read(Header + "2026-03-23T09:15,phone,80,200\n2026-03-23T09:00,chat,10,300\n2026-03-23T09:00,phone,100,180\n").Value;

        Assert.Equal(["phone", "chat", "phone"], rows.Select(r => r.ChannelId));
        Assert.Equal(new LocalDateTime(2026, 3, 23, 9, 0), rows[0].Start.LocalDateTime);
        Assert.Equal(Offset.Zero, rows[0].Start.Offset);
        Assert.Equal(100, rows[0].Volume);
    }

    [Fact]
    public void A_negative_volume_is_refused_with_file_line_and_field()
    {
        var error = ErrorFor(Header + "2026-03-23T09:00,phone,100,180\n2026-03-23T09:15,phone,-5,180\n");
        Assert.Equal(3, error.Line);
        Assert.Equal("volume", error.Field);
        Assert.EndsWith("forecast.csv", error.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("lots")]
    public void A_volume_that_is_not_a_finite_number_is_refused(string volume)
    {
        var error = ErrorFor(Header + $"2026-03-23T09:00,phone,{volume},180\n");
        Assert.Equal("volume", error.Field);
        Assert.Contains("finite number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("")]
    public void An_aht_of_zero_or_less_is_refused_when_there_is_volume(string aht)
    {
        Assert.Equal("aht_seconds", ErrorFor(Header + $"2026-03-23T09:00,phone,12,{aht}\n").Field);
    }

    [Fact]
    public void A_closed_interval_may_have_no_aht()
    {
        var rows = Read(Header + "2026-03-23T03:00,phone,0,\n2026-03-23T03:15,phone,0,0\n").Value;
        Assert.All(rows, r => Assert.Equal(0, r.AhtSeconds));
    }

    [Fact]
    public void An_unknown_channel_is_refused_and_the_known_ones_listed()
    {
        var error = ErrorFor(Header + "2026-03-23T09:00,fax,10,180\n");
        Assert.Equal("channel", error.Field);
        Assert.Contains("phone, chat, email", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_interval_is_refused_naming_the_first_line()
    {
        var error = ErrorFor(Header + "2026-03-23T09:00,phone,10,180\n2026-03-23T09:00:00,phone,11,180\n");
        Assert.Equal(3, error.Line);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_refused()
    {
        var error = ErrorFor(Header + "2026-03-23T09:00,phone,10\n");
        Assert.Equal(2, error.Line);
        Assert.Contains("expected 4 fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_refused()
    {
        var error = ErrorFor("interval_start,channel,volume\n2026-03-23T09:00,phone,10\n");
        Assert.Equal("aht_seconds", error.Field);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_start_off_the_interval_grid_is_refused()
    {
        Assert.Contains("15-minute interval grid", ErrorFor(Header + "2026-03-23T09:07,phone,10,180\n").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_time_the_clocks_skip_is_refused()
    {
        var error = ErrorFor(Header + "2026-03-29T01:30,phone,10,180\n");
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repeated_hour_without_an_offset_is_refused_as_ambiguous()
    {
        var error = ErrorFor(Header + "2026-10-25T01:15,phone,10,180\n");
        Assert.Contains("happens twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repeated_hour_with_offsets_gives_two_distinct_intervals()
    {
        var rows = Read(Header + "2026-10-25T01:15+01:00,phone,10,180\n2026-10-25T01:15+00:00,phone,11,180\n").Value;
        Assert.Equal(2, rows.Count);
        Assert.Equal(Duration.FromHours(1), rows[1].Start.ToInstant() - rows[0].Start.ToInstant());
    }

    [Fact]
    public void An_offset_that_the_zone_never_uses_at_that_time_is_refused()
    {
        var error = ErrorFor(Header + "2026-03-23T09:00+05:00,phone,10,180\n");
        Assert.Contains("offset +05 is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value;
        var result = ForecastCsvReader.Read(Path.Combine(scenario.Directory, "nope.csv"), site);
        Assert.Equal("file not found", result.Error!.Message);
    }
}
