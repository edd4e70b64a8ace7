using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

public class SlotSeriesBuilderTests
{
    private static readonly LocalDate Monday = new(2026, 5, 4);

    [Fact]
    public void An_interval_without_a_row_on_a_day_with_rows_counts_as_zero_contacts()
    {
        var rows = SyntheticHistory.Make(Monday, 1, _ => 3).Where(r => r.Start.Hour != 3).ToList();

        var series = SlotSeriesBuilder.Build(rows, SyntheticHistory.London, SyntheticHistory.QuarterHour, Monday.PlusDays(1));

        Assert.Equal(0, series.Volume[12]);
        Assert.Equal(3, series.Volume[16]);
    }

    [Fact]
    public void A_day_without_any_row_is_a_gap_of_missing_slots()
    {
        var rows = SyntheticHistory.Make(Monday, 3, _ => 3).Where(r => r.Start.Date != Monday.PlusDays(1)).ToList();

        var series = SlotSeriesBuilder.Build(rows, SyntheticHistory.London, SyntheticHistory.QuarterHour, Monday.PlusDays(3));

        Assert.Equal(3, series.Days);
        Assert.All(Enumerable.Range(96, 96), i => Assert.True(double.IsNaN(series.Volume[i])));
        Assert.Equal(3, series.Volume[2 * 96]);
    }

    [Fact]
    public void Rows_on_or_after_the_forecast_start_are_left_out()
    {
        var rows = SyntheticHistory.Make(Monday, 3, _ => 3);

        var series = SlotSeriesBuilder.Build(rows, SyntheticHistory.London, SyntheticHistory.QuarterHour, Monday.PlusDays(2));

        Assert.Equal(2, series.Days);
    }

    [Fact]
    public void Handle_time_per_slot_is_weighted_by_contacts()
    {
        var start = SyntheticHistory.London.AtStrictly(Monday.At(new LocalTime(9, 0)));
        ForecastInterval[] rows =
        [
            new(start, "phone", 30, 100),
            new(start, "chat", 10, 500),
        ];

        var series = SlotSeriesBuilder.Build(rows.Where(r => r.ChannelId == "phone"), SyntheticHistory.London, SyntheticHistory.QuarterHour, Monday.PlusDays(1));

        Assert.Equal(100, series.AhtSeconds[36]);
        Assert.True(double.IsNaN(series.AhtSeconds[0]));
    }
}
