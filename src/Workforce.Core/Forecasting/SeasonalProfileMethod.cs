namespace Workforce.Core.Forecasting;

/// <summary>
/// A robust multi-week profile that tracks the level. Each of the last <see cref="Weeks"/> whole weeks
/// is turned into shares of its own total (so a busier week does not weigh more), each week position
/// takes the median share across those weeks (so a one-off surge, such as an outage, does not become a
/// weekly peak), and the profile is scaled to the level of the most recent week: the ratio of that
/// week's contacts to what the profile gives for the same slots.
/// </summary>
public sealed class SeasonalProfileMethod(int weeks = SeasonalProfileMethod.DefaultWeeks) : IForecastMethod
{
    public const string MethodName = "seasonal-profile";
    public const int DefaultWeeks = 5;

    public string Name => MethodName;

    public int MinimumDays => 14;

    /// <summary>How many recent weeks the median is taken over (fewer when the history is shorter).</summary>
    public int Weeks { get; } = weeks >= 1 ? weeks : throw new ArgumentOutOfRangeException(nameof(weeks), weeks, "Must be at least 1.");

    public ModelFit Fit(SlotSeries history, int days)
    {
        ArgumentNullException.ThrowIfNull(history);
        var slots = history.SlotsPerDay;
        var usedWeeks = Math.Min(Weeks, history.Days / 7);
        var shares = new List<double>[WeeklySlots.Count(history)];
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = [];
        }

        for (var week = 0; week < usedWeeks; week++)
        {
            var firstDay = history.Days - (7 * (week + 1));
            var total = 0.0;
            for (var i = firstDay * slots; i < (firstDay + 7) * slots; i++)
            {
                total += double.IsNaN(history.Volume[i]) ? 0 : history.Volume[i];
            }

            if (total <= 0)
            {
                continue;
            }

            for (var day = firstDay; day < firstDay + 7; day++)
            {
                for (var slot = 0; slot < slots; slot++)
                {
                    var value = history.Volume[(day * slots) + slot];
                    if (!double.IsNaN(value))
                    {
                        shares[WeeklySlots.Of(history, day, slot)].Add(value / total);
                    }
                }
            }
        }

        var profile = IntradaySmoothing.Smooth([.. shares.Select(s => s.Count == 0 ? 0 : Median(s))], slots);
        var level = RecentLevel(history, profile);
        var mean = new double[days * slots];
        for (var day = 0; day < days; day++)
        {
            for (var slot = 0; slot < slots; slot++)
            {
                mean[(day * slots) + slot] = level * profile[WeeklySlots.Of(history, history.Days + day, slot)];
            }
        }

        return new ModelFit(new Dictionary<string, double> { ["weeks"] = usedWeeks, ["level"] = level }, mean);
    }

    /// <summary>Contacts per week implied by the last seven days: their actual total over the profile's total for the same slots.</summary>
    private static double RecentLevel(SlotSeries history, double[] profile)
    {
        double actual = 0, expected = 0;
        for (var day = Math.Max(0, history.Days - 7); day < history.Days; day++)
        {
            for (var slot = 0; slot < history.SlotsPerDay; slot++)
            {
                var value = history.Volume[(day * history.SlotsPerDay) + slot];
                if (!double.IsNaN(value))
                {
                    actual += value;
                    expected += profile[WeeklySlots.Of(history, day, slot)];
                }
            }
        }

        return expected > 0 ? actual / expected : 0;
    }

    internal static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
