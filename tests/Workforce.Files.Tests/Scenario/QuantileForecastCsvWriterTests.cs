using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Scenario;

public class QuantileForecastCsvWriterTests
{
    [Fact]
    public void The_forecast_reads_back_at_each_staffing_quantile()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value;
        var start = site.TimeZone.AtStrictly(new LocalDateTime(2026, 3, 23, 9, 0));
        QuantileForecastCsvWriter.Write(scenario.ForecastPath, [new QuantileForecastInterval(start, "phone", 41, 30, 40, 48, 52.5, 210)]);

        Assert.Equal("interval_start,channel,volume,aht_seconds,volume_p10,volume_p80,volume_p90", File.ReadLines(scenario.ForecastPath).First());
        Assert.Equal(40, ForecastCsvReader.Read(scenario.ForecastPath, site).Value.Single().Volume);
        Assert.Equal(48, ForecastCsvReader.Read(scenario.ForecastPath, site, StaffingQuantile.P80).Value.Single().Volume);
        Assert.Equal(52.5, ForecastCsvReader.Read(scenario.ForecastPath, site, StaffingQuantile.P90).Value.Single().Volume);
    }

    [Fact]
    public void Staffing_at_P80_needs_a_forecast_with_quantile_columns()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value;

        var error = ForecastCsvReader.Read(scenario.ForecastPath, site, StaffingQuantile.P80).Error!;

        Assert.Equal("volume_p80", error.Field);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void The_quantile_columns_read_together_and_a_file_without_them_has_none()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value;
        var plain = ForecastCsvReader.ReadQuantiles(scenario.ForecastPath, site).Value;
        var start = site.TimeZone.AtStrictly(new LocalDateTime(2026, 3, 23, 9, 0));
        QuantileForecastCsvWriter.Write(scenario.ForecastPath, [new QuantileForecastInterval(start, "phone", 41, 30, 40, 48, 52.5, 210)]);

        var quantiles = ForecastCsvReader.ReadQuantiles(scenario.ForecastPath, site).Value;

        Assert.True(plain.IsEmpty);
        Assert.Equal([30.0], quantiles.P10!);
        Assert.Equal([48.0], quantiles.P80!);
        Assert.Equal([52.5], quantiles.P90!);
    }

    [Fact]
    public void A_bad_quantile_volume_names_its_column_and_line()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value;
        File.WriteAllText(scenario.ForecastPath, "interval_start,channel,volume,aht_seconds,volume_p80\n2026-03-23T09:00,phone,40,210,-3\n");

        var error = ForecastCsvReader.ReadQuantiles(scenario.ForecastPath, site).Error!;

        Assert.Equal("volume_p80", error.Field);
        Assert.Equal(2, error.Line);
    }
}
