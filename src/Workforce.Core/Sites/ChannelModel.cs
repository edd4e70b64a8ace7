using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Sites;

/// <summary>The staffing model of one channel and the service it must deliver.</summary>
public abstract record ChannelModel
{
    public abstract ChannelKind Kind { get; }
}

/// <summary>
/// Live calls. Service level means answered within T over <b>all offered</b> calls; with a patience
/// given (Erlang A), callers who abandon count as not answered.
/// </summary>
/// <param name="Target">Service level, ASA and occupancy targets.</param>
/// <param name="PatienceSeconds">Mean caller patience; null selects Erlang C (nobody abandons).</param>
public sealed record VoiceModel(QueueTarget Target, double? PatienceSeconds) : ChannelModel
{
    public override ChannelKind Kind => ChannelKind.Voice;
}

/// <summary>
/// Live chat with concurrency. Service level means sessions picked up within T over all offered.
/// </summary>
/// <param name="Target">Service level, ASA and occupancy targets (occupancy of session slots).</param>
/// <param name="Concurrency">The most sessions one agent holds at once.</param>
/// <param name="HandleTimeGrowthPerExtraSession">
/// Relative growth of a session's handle time for each extra session held (0.25: a session takes 25 %
/// longer when the agent holds two).
/// </param>
public sealed record ChatModel(QueueTarget Target, int Concurrency, double HandleTimeGrowthPerExtraSession) : ChannelModel
{
    public override ChannelKind Kind => ChannelKind.Chat;
}

/// <summary>
/// Deferred work (email, social messages, after-sales tickets): a backlog carried between intervals.
/// </summary>
/// <param name="ResponseWindow">Each item must be finished within this time of its arrival.</param>
/// <param name="TargetFraction">The contractual share within the window (e.g. 0.9); the plan finishes every item inside it.</param>
/// <param name="MaxOccupancy">Largest share of an interval an agent spends on productive work, in (0, 1].</param>
public sealed record DeferredModel(TimeSpan ResponseWindow, double TargetFraction, double MaxOccupancy) : ChannelModel
{
    public override ChannelKind Kind => ChannelKind.Deferred;
}
