namespace Workforce.Core.Staffing.Deferred;

/// <summary>
/// What a staffing series achieves on a deferred channel, from the fluid first-in-first-out
/// simulation in <see cref="DeferredBacklog.Simulate"/>. Items are treated as arriving at the start
/// of their interval, so every age and completion time is measured from that start (conservative).
/// An item's due time is its arrival plus the response window, or the end of the horizon if that
/// comes first: the horizon's work is done inside the horizon.
/// </summary>
/// <param name="BacklogItemsAtEnd">Items arrived but not finished at the end of each interval.</param>
/// <param name="FractionWithinWindow">
/// Per <b>arrival</b> interval: the share of its items finished by their due time; 1 when nothing arrives.
/// </param>
/// <param name="MeanCompletionSeconds">
/// Per arrival interval: mean time from the interval's start to an item's completion; 0 when
/// nothing arrives. An item still unfinished at the end of the horizon counts as completing there,
/// so the mean is then a lower bound (see <see cref="ItemsUnfinished"/>).
/// </param>
/// <param name="MaxItemAgeSeconds">
/// Oldest age any item reaches before it is finished (an unfinished item: its age at the end of the horizon).
/// </param>
/// <param name="ItemsLate">Items finished after their due time, including every item left unfinished.</param>
/// <param name="ItemsUnfinished">Items still in the backlog at the end of the horizon.</param>
/// <param name="WorkDoneSeconds">
/// Work finished in each interval, in seconds of handling; ÷ (agents × interval length) gives the
/// interval's occupancy.
/// </param>
public sealed record DeferredOutcome(
    IReadOnlyList<double> BacklogItemsAtEnd,
    IReadOnlyList<double> FractionWithinWindow,
    IReadOnlyList<double> MeanCompletionSeconds,
    double MaxItemAgeSeconds,
    double ItemsLate,
    double ItemsUnfinished,
    IReadOnlyList<double> WorkDoneSeconds);
