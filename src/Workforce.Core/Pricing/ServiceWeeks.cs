using NodaTime;
using Workforce.Core.Sites;

namespace Workforce.Core.Pricing;

/// <summary>Builds the <see cref="ServiceWeek"/> a performance contract measures from a roster's coverage and forecast.</summary>
public static class ServiceWeeks
{
    /// <param name="agentScale">Multiplies the roster's agents per (channel, interval start); the sensitivity grid's re-staffing.</param>
    public static ServiceWeek From(PricingRoster roster, IReadOnlyList<string> channelIds, Func<string, Instant, double>? agentScale = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(channelIds);
        var site = roster.Site;
        var unplanned = site.Shrinkage.UnplannedFraction;
        var forecast = roster.Forecast.ToDictionary(f => (f.ChannelId, f.Start.ToInstant()));
        var channels = new List<(ChannelModel, IReadOnlyList<ServiceInterval>)>();
        foreach (var id in channelIds)
        {
            var channel = site.FindChannel(id) ?? throw new ArgumentException($"Unknown channel '{id}'.", nameof(channelIds));
            if (channel.Kind == ChannelKind.Deferred)
            {
                throw new ArgumentException($"Channel '{id}' is deferred; a performance contract here measures live channels.", nameof(channelIds));
            }

            var intervals = new List<ServiceInterval>();
            foreach (var row in roster.Coverage.Where(c => c.ChannelId == id))
            {
                var start = row.IntervalStart.ToInstant();
                if (!forecast.TryGetValue((id, start), out var f) || f.Volume == 0)
                {
                    continue;
                }

                var scale = agentScale?.Invoke(id, start) ?? 1;
                var day = Period.Between(site.WeekStart, row.IntervalStart.Date, PeriodUnits.Days).Days;
                intervals.Add(new ServiceInterval(day, f.Volume, f.AhtSeconds, row.Scheduled * scale * (1 - unplanned)));
            }

            channels.Add((channel.Model, intervals));
        }

        return new ServiceWeek(site.IntervalLength.TotalSeconds, channels);
    }
}
