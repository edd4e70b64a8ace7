using Workforce.Core.Forecasting;

namespace Workforce.Core.Pricing;

/// <summary>A channel's forecast work in one week: what the per-contact and per-minute models bill.</summary>
/// <param name="Volume">Contacts handled (the forecast's offered volume).</param>
/// <param name="HandledHours">Volume × AHT: the hours of handling the contacts take.</param>
/// <param name="BillableMinutes">Volume × AHT × the channel's billable share of AHT, in minutes.</param>
public sealed record ChannelWorkload(string ChannelId, decimal Volume, decimal HandledHours, decimal BillableMinutes)
{
    /// <summary>Sums the forecast per channel, in site order, for the channels that have volume.</summary>
    public static IReadOnlyList<ChannelWorkload> Of(IReadOnlyList<ForecastInterval> forecast, IReadOnlyDictionary<string, decimal> billableShareOfAht)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(billableShareOfAht);
        return [.. forecast.GroupBy(f => f.ChannelId, StringComparer.Ordinal)
            .Where(g => g.Any(f => f.Volume > 0))
            .Select(g =>
            {
                var volume = g.Sum(f => (decimal)f.Volume);
                var handledSeconds = g.Sum(f => (decimal)f.Volume * (decimal)f.AhtSeconds);
                var share = billableShareOfAht.TryGetValue(g.Key, out var s)
                    ? s
                    : throw new ArgumentException($"No billable share of AHT for channel '{g.Key}'.", nameof(billableShareOfAht));
                return new ChannelWorkload(g.Key, volume, handledSeconds / 3600, handledSeconds * share / 60);
            })];
    }
}
