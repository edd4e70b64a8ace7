namespace Workforce.Core.Forecasting;

/// <summary>
/// The baseline: each slot repeats the same slot one week earlier (further back when that one is
/// missing; a forecast beyond a week repeats the last week). Every other method must beat it.
/// </summary>
public sealed class SeasonalNaiveMethod : IForecastMethod
{
    public const string MethodName = "seasonal-naive";

    public string Name => MethodName;

    public int MinimumDays => 7;

    public ModelFit Fit(SlotSeries history, int days)
    {
        ArgumentNullException.ThrowIfNull(history);
        var mean = new double[days * history.SlotsPerDay];
        for (var day = 0; day < days; day++)
        {
            for (var slot = 0; slot < history.SlotsPerDay; slot++)
            {
                var value = WeeklySlots.SameSlotWeeksBefore(history, history.Days + day, slot);
                mean[(day * history.SlotsPerDay) + slot] = double.IsNaN(value) ? 0 : value;
            }
        }

        return new ModelFit(new Dictionary<string, double>(), mean);
    }
}
