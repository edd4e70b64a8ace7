using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

public class ForecastQuantilesTests
{
    private static readonly IReadOnlyList<ForecastInterval> Forecast =
    [
        new(new LocalDateTime(2026, 3, 2, 9, 0).InUtc(), "phone", 10, 180),
        new(new LocalDateTime(2026, 3, 2, 9, 15).InUtc(), "phone", 20, 180),
    ];

    [Fact]
    public void Applying_p80_gives_the_forecast_with_the_p80_volumes()
    {
        var quantiles = new ForecastQuantiles(null, [12, 25], null);

        var atP80 = quantiles.Apply(Forecast, StaffingQuantile.P80);

        Assert.Equal([12, 25], atP80.Select(f => f.Volume));
        Assert.Equal(Forecast.Select(f => (f.Start, f.ChannelId, f.AhtSeconds)), atP80.Select(f => (f.Start, f.ChannelId, f.AhtSeconds)));
    }

    [Fact]
    public void A_missing_column_is_no_such_quantile_and_cannot_be_applied()
    {
        var quantiles = new ForecastQuantiles(null, [12, 25], null);

        Assert.True(quantiles.Has(StaffingQuantile.P50));
        Assert.False(quantiles.Has(StaffingQuantile.P90));
        Assert.Throws<InvalidOperationException>(() => quantiles.Apply(Forecast, StaffingQuantile.P90));
    }

    [Fact]
    public void A_column_of_another_length_than_the_forecast_is_refused()
    {
        var quantiles = new ForecastQuantiles([1], null, null);

        var error = Assert.Throws<ArgumentException>(() => quantiles.Apply(Forecast, StaffingQuantile.P50));

        Assert.Equal("forecast", error.ParamName);
    }
}
