using NodaTime;

namespace Workforce.Core.Staffing;

/// <summary>
/// Staffing for one channel in one interval (half-open: <see cref="Start"/> included, one interval long).
/// </summary>
/// <param name="Start">Local start in the site's zone.</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="Volume">Contacts offered in the interval.</param>
/// <param name="AhtSeconds">Average handle time.</param>
/// <param name="RequiredAgents">Agents who must be handling this channel to meet its target.</param>
/// <param name="ScheduledAgents">
/// <paramref name="RequiredAgents"/> grossed up for unplanned shrinkage only: the agents the roster must
/// put on the phones. Planned activities (breaks, training) come on top and are placed by the roster.
/// </param>
/// <param name="ServiceLevel">
/// At <paramref name="RequiredAgents"/>: answered within T over all offered (voice, chat), or, for deferred
/// work, the share of this interval's arrivals finished within the response window.
/// </param>
/// <param name="AsaSeconds">Average speed of answer (deferred: mean time to finish this interval's arrivals).</param>
/// <param name="Occupancy">Share of the required agents' time spent handling contacts.</param>
public sealed record IntervalRequirement(
    ZonedDateTime Start,
    string ChannelId,
    double Volume,
    double AhtSeconds,
    int RequiredAgents,
    int ScheduledAgents,
    double ServiceLevel,
    double AsaSeconds,
    double Occupancy);
