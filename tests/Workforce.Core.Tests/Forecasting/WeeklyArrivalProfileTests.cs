using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

public class WeeklyArrivalProfileTests
{
    private static WeeklyArrivalProfile TwoSlotWeek(double morning, double evening) =>
        new(Duration.FromHours(12), [.. Enumerable.Range(0, 7).Select(_ => (IReadOnlyList<double>)[morning, evening])]);

    [Fact]
    public void Shares_over_the_week_add_up_to_one()
    {
        var profile = TwoSlotWeek(3, 1);
        var total = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Sum(profile.DayShare);
        Assert.Equal(1, total, 12);
        Assert.Equal(3.0 / 28, profile.SlotShare(IsoDayOfWeek.Monday, new LocalTime(9, 0)), 12);
    }

    [Fact]
    public void Shifting_later_moves_the_peak_and_wraps_within_the_day()
    {
        var shifted = TwoSlotWeek(3, 1).ShiftedLater(Duration.FromHours(12));
        Assert.Equal(1.0 / 28, shifted.SlotShare(IsoDayOfWeek.Monday, new LocalTime(9, 0)), 12);
        Assert.Equal(3.0 / 28, shifted.SlotShare(IsoDayOfWeek.Monday, new LocalTime(21, 0)), 12);
    }

    [Fact]
    public void Flattening_fully_spreads_each_day_evenly_over_its_open_slots()
    {
        var flat = TwoSlotWeek(3, 1).Flattened(1);
        Assert.Equal(flat.SlotShare(IsoDayOfWeek.Monday, new LocalTime(9, 0)), flat.SlotShare(IsoDayOfWeek.Monday, new LocalTime(21, 0)), 12);
    }

    [Fact]
    public void A_closed_slot_stays_closed_when_flattened()
    {
        var flat = TwoSlotWeek(3, 0).Flattened(0.5);
        Assert.Equal(0, flat.SlotShare(IsoDayOfWeek.Monday, new LocalTime(21, 0)));
    }
}
