namespace Workforce.Core.Rostering.Solving;

/// <summary>What the roster must cover on one channel, on the horizon's interval grid.</summary>
public abstract record ChannelDemand(string ChannelId, int ChannelIndex)
{
    /// <summary>
    /// Per week interval, staffing's net requirement (the queueing model's agents, before unplanned
    /// shrinkage is grossed up) in hundredths of an agent. Reported beside the gross figure the roster
    /// covers (<c>required_net</c> and <c>required_gross</c>); no solver reads it.
    /// </summary>
    public IReadOnlyList<int> RequiredNetHundredths { get; init; } = [];
}

/// <summary>
/// A live channel (voice, chat): staffing's scheduled agents per interval, in hundredths of an agent
/// so that nesting agents' fractional productivity stays integral.
/// </summary>
public sealed record LiveDemand(string ChannelId, int ChannelIndex, IReadOnlyList<int> RequiredHundredths) : ChannelDemand(ChannelId, ChannelIndex);

/// <summary>
/// A deferred channel (email, social, tickets), covered by cumulative work rather than per-interval
/// head-count: the work finished by the end of each interval must reach the work that is due by then
/// (arrived one response window earlier), and can never exceed the work that has arrived.
/// </summary>
/// <param name="ArrivedSeconds">Cumulative handling work arrived by the end of each interval.</param>
/// <param name="DueSeconds">Cumulative handling work due by the end of each interval.</param>
/// <param name="SecondsPerAgentInterval">Work one agent does in an interval: length × max occupancy × (1 − unplanned shrinkage).</param>
/// <param name="RequiredHundredths">Staffing's smooth plan for this channel (its gross requirement), reported as <c>required_gross</c> in coverage.</param>
public sealed record DeferredDemand(
    string ChannelId,
    int ChannelIndex,
    IReadOnlyList<long> ArrivedSeconds,
    IReadOnlyList<long> DueSeconds,
    int SecondsPerAgentInterval,
    IReadOnlyList<int> RequiredHundredths) : ChannelDemand(ChannelId, ChannelIndex);
