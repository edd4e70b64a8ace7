using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>
/// Puts one channel's history rows on the local-time grid of <see cref="SlotSeries"/>, up to (not
/// including) the forecast's first day, so nothing from the forecast period can reach a model.
/// </summary>
/// <remarks>
/// Gaps: ACD exports usually leave out empty intervals, so an interval without a row on a day that
/// has rows is a closed or quiet interval (0 contacts). A whole day without rows is a gap in the
/// data, not a closed day: its slots are missing (NaN) and every model skips or bridges them. A
/// closed day that should count as zero needs its zero rows (or at least one).
/// </remarks>
public static class SlotSeriesBuilder
{
    public static SlotSeries Build(IEnumerable<ForecastInterval> rows, DateTimeZone zone, Duration intervalLength, LocalDate before)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(zone);
        var slotsPerDay = SlotSeries.SlotsIn(intervalLength);
        var used = rows.Select(r => (Row: r, Local: r.Start.WithZone(zone).LocalDateTime)).Where(r => r.Local.Date < before).ToList();
        if (used.Count == 0)
        {
            return new SlotSeries(zone, intervalLength, before, 0, [], []);
        }

        var first = used.Min(r => r.Local.Date);
        var days = Period.DaysBetween(first, before);
        var volume = new double[days * slotsPerDay];
        var count = new int[volume.Length];
        var handled = new double[volume.Length];
        var handledVolume = new double[volume.Length];
        var dayHasRows = new bool[days];
        foreach (var (row, local) in used)
        {
            var day = Period.DaysBetween(first, local.Date);
            var slot = (int)(local.TimeOfDay.TickOfDay / intervalLength.BclCompatibleTicks);
            var index = (day * slotsPerDay) + slot;
            dayHasRows[day] = true;
            volume[index] += row.Volume;
            count[index]++;
            if (row.Volume > 0 && row.AhtSeconds > 0)
            {
                handled[index] += row.AhtSeconds * row.Volume;
                handledVolume[index] += row.Volume;
            }
        }

        var aht = new double[volume.Length];
        for (var day = 0; day < days; day++)
        {
            var date = first.PlusDays(day);
            for (var slot = 0; slot < slotsPerDay; slot++)
            {
                var index = (day * slotsPerDay) + slot;
                var exists = zone.MapLocal(date.At(LocalTime.FromTicksSinceMidnight(slot * intervalLength.BclCompatibleTicks))).Count > 0;
                volume[index] = !dayHasRows[day] || !exists ? double.NaN : count[index] > 1 ? volume[index] / count[index] : volume[index];
                aht[index] = handledVolume[index] > 0 ? handled[index] / handledVolume[index] : double.NaN;
            }
        }

        return new SlotSeries(zone, intervalLength, first, days, volume, aht);
    }
}
