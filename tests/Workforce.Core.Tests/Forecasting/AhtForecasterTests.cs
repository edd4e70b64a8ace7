using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

public class AhtForecasterTests
{
    private static readonly LocalDate Sunday = new(2026, 5, 3);

    private static double[] Forecast(Func<LocalDateTime, (double Volume, double Aht)> rule)
    {
        var rows = SyntheticHistory.Make(Sunday, 14, _ => 1).Select(r =>
        {
            var (volume, aht) = rule(r.Start.LocalDateTime);
            return r with { Volume = volume, AhtSeconds = aht };
        });
        var series = SlotSeriesBuilder.Build(rows, SyntheticHistory.London, SyntheticHistory.QuarterHour, Sunday.PlusDays(14));
        return AhtForecaster.Forecast(series, 7)!;
    }

    [Fact]
    public void A_steady_handle_time_is_forecast_unchanged()
    {
        var aht = Forecast(_ => (50, 240));

        Assert.All(aht, a => Assert.Equal(240, a, 6));
    }

    [Fact]
    public void Weeks_are_weighted_by_their_contacts_not_averaged()
    {
        // Week 1: 90 contacts of 200 s per slot; week 2: 10 contacts of 400 s. Weighted: 220 s; a mean of means would say 300 s.
        var aht = Forecast(t => t.Date < Sunday.PlusDays(7) ? (90, 200) : (10, 400));

        Assert.Equal(220, aht[100], 6);
    }

    [Fact]
    public void A_quiet_slot_is_pulled_towards_the_channel_average()
    {
        // 02:00 has one call of 1,200 s a week; every other slot 100 calls of 200 s.
        var aht = Forecast(t => t.Hour == 2 && t.Minute == 0 ? (1, 1200) : (100, 200));

        Assert.InRange(aht[8], 200, 300);
    }
}
