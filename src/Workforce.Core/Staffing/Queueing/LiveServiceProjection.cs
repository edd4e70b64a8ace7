using Workforce.Core.Sites;

namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// The service a live channel (voice, chat) is expected to deliver with a possibly fractional number
/// of agents on it: the channel's queueing model, interpolated linearly between the neighbouring whole
/// head-counts. The roster's coverage projection and the pricing's fee simulation both use it, so the
/// service a price is based on is the service the roster reports.
/// </summary>
public static class LiveServiceProjection
{
    /// <summary>Service level and ASA of one interval; a closed interval (no volume) is served perfectly.</summary>
    /// <param name="model">A voice or chat model.</param>
    /// <param name="volume">Contacts offered in the interval.</param>
    /// <param name="ahtSeconds">Average handle time.</param>
    /// <param name="intervalSeconds">Interval length.</param>
    /// <param name="agents">Agents handling the channel (after unplanned shrinkage); may be fractional.</param>
    public static (double ServiceLevel, double AsaSeconds) Project(ChannelModel model, double volume, double ahtSeconds, double intervalSeconds, double agents)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (volume == 0)
        {
            return (1, 0);
        }

        var traffic = ErlangC.TrafficErlangs(volume, intervalSeconds, ahtSeconds);
        var lower = (int)Math.Floor(Math.Max(0, agents));
        var fraction = Math.Max(0, agents) - lower;
        var low = Evaluate(model, traffic, lower, ahtSeconds);
        if (fraction < 1e-9)
        {
            return (low.ServiceLevel, low.AverageSpeedOfAnswerSeconds);
        }

        var high = Evaluate(model, traffic, lower + 1, ahtSeconds);
        var serviceLevel = low.ServiceLevel + (fraction * (high.ServiceLevel - low.ServiceLevel));
        var asa = double.IsFinite(low.AverageSpeedOfAnswerSeconds)
            ? low.AverageSpeedOfAnswerSeconds + (fraction * (high.AverageSpeedOfAnswerSeconds - low.AverageSpeedOfAnswerSeconds))
            : low.AverageSpeedOfAnswerSeconds;
        return (serviceLevel, asa);
    }

    private static QueueMetrics Evaluate(ChannelModel model, double traffic, int agents, double ahtSeconds) => model switch
    {
        VoiceModel { PatienceSeconds: { } patience, Target: var target } => ErlangA.Evaluate(traffic, agents, ahtSeconds, patience, target.AnswerWithinSeconds),
        VoiceModel voice => ErlangC.Evaluate(traffic, agents, ahtSeconds, voice.Target.AnswerWithinSeconds),
        ChatModel chat => ChatConcurrency.Evaluate(traffic, agents, ahtSeconds, chat.Concurrency, chat.HandleTimeGrowthPerExtraSession, chat.Target.AnswerWithinSeconds),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Not a live channel."),
    };
}
