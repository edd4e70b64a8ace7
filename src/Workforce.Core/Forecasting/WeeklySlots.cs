namespace Workforce.Core.Forecasting;

/// <summary>Positions in the week: weekday × slot of the day, Monday's first slot being 0.</summary>
internal static class WeeklySlots
{
    public static int Count(SlotSeries series) => 7 * series.SlotsPerDay;

    /// <summary>The week position of slot <paramref name="slot"/> on day <paramref name="day"/> counted from the series' first day (days past its end allowed).</summary>
    public static int Of(SlotSeries series, int day, int slot) => (((int)series.FirstDate.PlusDays(day).DayOfWeek - 1) * series.SlotsPerDay) + slot;

    /// <summary>The last non-missing value at the same week position, looking back whole weeks from day <paramref name="day"/>.</summary>
    public static double SameSlotWeeksBefore(SlotSeries series, int day, int slot)
    {
        for (var back = day - 7; back >= 0; back -= 7)
        {
            if (back < series.Days)
            {
                var value = series.Volume[(back * series.SlotsPerDay) + slot];
                if (!double.IsNaN(value))
                {
                    return value;
                }
            }
        }

        return double.NaN;
    }
}
