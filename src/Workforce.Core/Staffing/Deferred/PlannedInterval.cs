namespace Workforce.Core.Staffing.Deferred;

/// <summary>One interval of a peak-rate plan, with the working that a reader can check by hand.</summary>
/// <param name="PeakRateSeconds">
/// max over deadlines s ≥ t of (work due by s − work done before t) ÷ (s − t + 1), not below 0:
/// work seconds per interval.
/// </param>
/// <param name="BacklogPresentSeconds">Work in the queue at the start of the interval, this interval's arrivals included.</param>
/// <param name="Agents">Agents staffed: enough for the peak rate or the backlog present, whichever is smaller.</param>
/// <param name="DoneSeconds">Work finished in the interval.</param>
internal readonly record struct PlannedInterval(
    double PeakRateSeconds,
    double BacklogPresentSeconds,
    int Agents,
    double DoneSeconds);
