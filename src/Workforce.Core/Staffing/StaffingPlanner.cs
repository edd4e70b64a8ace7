using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Deferred;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Staffing;

/// <summary>
/// Turns a channel forecast into agents needed per interval, choosing each channel's queueing model.
/// </summary>
public static class StaffingPlanner
{
    /// <summary>
    /// Staffs every forecast interval. Rows come back in the forecast's order (interval, then channel).
    /// </summary>
    public static IReadOnlyList<IntervalRequirement> Staff(Site site, IReadOnlyList<ForecastInterval> forecast)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(forecast);

        var unplanned = site.Shrinkage.UnplannedFraction;
        var intervalSeconds = site.IntervalLength.TotalSeconds;
        var results = new IntervalRequirement[forecast.Count];

        foreach (var channelRows in forecast.Select((row, index) => (row, index)).GroupBy(x => x.row.ChannelId))
        {
            var channel = site.FindChannel(channelRows.Key)
                ?? throw new ArgumentException($"Forecast names channel '{channelRows.Key}', which the site does not have.", nameof(forecast));
            var rows = channelRows.ToList();

            if (channel.Model is DeferredModel deferred)
            {
                StaffDeferred(site, deferred, rows, unplanned, results);
                continue;
            }

            foreach (var (row, index) in rows)
            {
                var answer = StaffLive(channel.Model, row, intervalSeconds);
                results[index] = new IntervalRequirement(
                    row.Start,
                    row.ChannelId,
                    row.Volume,
                    row.AhtSeconds,
                    answer.Agents,
                    ShrinkageGrossUp.ScheduledAgents(answer.Agents, unplanned),
                    answer.Metrics.ServiceLevel,
                    answer.Metrics.AverageSpeedOfAnswerSeconds,
                    answer.Metrics.Occupancy);
            }
        }

        return results;
    }

    private static StaffingAnswer StaffLive(ChannelModel model, ForecastInterval row, double intervalSeconds)
    {
        if (row.Volume == 0)
        {
            return new StaffingAnswer(0, 0, new QueueMetrics(0, 0, 0, 1, 0, 0, 0));
        }

        var traffic = ErlangC.TrafficErlangs(row.Volume, intervalSeconds, row.AhtSeconds);
        return model switch
        {
            VoiceModel { PatienceSeconds: { } patience } voice => ErlangA.RequiredAgents(traffic, row.AhtSeconds, patience, voice.Target),
            VoiceModel voice => ErlangC.RequiredAgents(traffic, row.AhtSeconds, voice.Target),
            ChatModel chat => ChatConcurrency.RequiredAgents(traffic, row.AhtSeconds, chat.Concurrency, chat.HandleTimeGrowthPerExtraSession, chat.Target),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Not a live channel model."),
        };
    }

    /// <summary>
    /// Deferred work is planned over the channel's whole series at once, because a busy interval's
    /// items may be worked in the quiet intervals after it. Missing intervals count as no arrivals.
    /// </summary>
    private static void StaffDeferred(
        Site site,
        DeferredModel model,
        List<(ForecastInterval Row, int Index)> rows,
        double unplanned,
        IntervalRequirement[] results)
    {
        var first = rows.Min(r => r.Row.Start.ToInstant());
        var last = rows.Max(r => r.Row.Start.ToInstant());
        var count = (int)((last - first).TotalTicks / site.IntervalLength.TotalTicks) + 1;
        var volumes = new double[count];
        var ahts = new double[count];
        foreach (var (row, _) in rows)
        {
            var slot = SlotOf(row.Start.ToInstant(), first, site.IntervalLength);
            volumes[slot] = row.Volume;
            ahts[slot] = row.AhtSeconds;
        }

        var workload = new DeferredWorkload(volumes, ahts, site.IntervalLength.ToTimeSpan(), model.ResponseWindow, model.MaxOccupancy);
        var plan = DeferredBacklog.Plan(workload);
        var intervalSeconds = site.IntervalLength.TotalSeconds;

        foreach (var (row, index) in rows)
        {
            var slot = SlotOf(row.Start.ToInstant(), first, site.IntervalLength);
            var agents = plan.Agents[slot];
            var workDone = plan.Outcome.WorkDoneSeconds[slot];
            results[index] = new IntervalRequirement(
                row.Start,
                row.ChannelId,
                row.Volume,
                row.AhtSeconds,
                agents,
                ShrinkageGrossUp.ScheduledAgents(agents, unplanned),
                plan.Outcome.FractionWithinWindow[slot],
                plan.Outcome.MeanCompletionSeconds[slot],
                agents == 0 ? 0 : workDone / (agents * intervalSeconds));
        }
    }

    private static int SlotOf(Instant start, Instant first, Duration intervalLength) =>
        (int)((start - first).TotalTicks / intervalLength.TotalTicks);
}
