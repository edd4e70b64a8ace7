using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Pricing;

namespace Workforce.Core.Tests.Pricing;

public class ForecastVolumeErrorTests
{
    private static ChannelForecast Channel(string id, double kappa, double volume) => new(
        id,
        "test",
        new ModelFit(new Dictionary<string, double>(), []),
        kappa,
        [],
        [new QuantileForecastInterval(new LocalDateTime(2026, 3, 2, 9, 0).InUtc(), id, volume, volume, volume, volume, volume, 180)]);

    [Fact]
    public void The_day_level_cv_is_the_square_root_of_kappa_weighted_by_volume()
    {
        // √0.04 = 0.2 on 300 contacts and √0.01 = 0.1 on 100: (0.2 × 300 + 0.1 × 100) / 400.
        var cv = ForecastVolumeError.DailyCv([Channel("phone", 0.04, 300), Channel("chat", 0.01, 100)]);

        Assert.Equal(0.175, cv, 12);
    }
}
