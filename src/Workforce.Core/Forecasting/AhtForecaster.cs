namespace Workforce.Core.Forecasting;

/// <summary>
/// Average handle time per slot: for each week position, the volume-weighted AHT of the last
/// <see cref="Weeks"/> weeks (so a slot's AHT is total handle time over contacts, not a mean of means),
/// smoothed over the neighbouring slots of the same day (weights ¼, ½, ¼, by handled contacts), and
/// shrunk towards the channel's overall AHT as if that were <see cref="PriorContacts"/> extra contacts,
/// so a quiet night slot with two long calls does not get a ten-minute AHT.
/// </summary>
public static class AhtForecaster
{
    public const int Weeks = 4;
    public const double PriorContacts = 20;

    /// <summary>AHT per slot for the <paramref name="days"/> days after the history; null when the history has no handle times at all.</summary>
    public static double[]? Forecast(SlotSeries history, int days)
    {
        ArgumentNullException.ThrowIfNull(history);
        var slots = history.SlotsPerDay;
        var positions = WeeklySlots.Count(history);
        var handled = new double[positions];
        var contacts = new double[positions];
        for (var day = Math.Max(0, history.Days - (7 * Weeks)); day < history.Days; day++)
        {
            for (var slot = 0; slot < slots; slot++)
            {
                var index = (day * slots) + slot;
                var (volume, aht) = (history.Volume[index], history.AhtSeconds[index]);
                if (volume > 0 && aht > 0)
                {
                    var position = WeeklySlots.Of(history, day, slot);
                    handled[position] += aht * volume;
                    contacts[position] += volume;
                }
            }
        }

        var allContacts = contacts.Sum();
        if (allContacts <= 0)
        {
            return null;
        }

        var overall = handled.Sum() / allContacts;
        var smoothedHandled = IntradaySmoothing.Smooth(handled, slots);
        var smoothedContacts = IntradaySmoothing.Smooth(contacts, slots);
        var byPosition = smoothedHandled.Select((h, i) => (h + (PriorContacts * overall)) / (smoothedContacts[i] + PriorContacts)).ToArray();
        var result = new double[days * slots];
        for (var day = 0; day < days; day++)
        {
            for (var slot = 0; slot < slots; slot++)
            {
                result[(day * slots) + slot] = byPosition[WeeklySlots.Of(history, history.Days + day, slot)];
            }
        }

        return result;
    }
}
