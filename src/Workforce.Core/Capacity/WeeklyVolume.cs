using NodaTime;

namespace Workforce.Core.Capacity;

/// <summary>A far week's forecast for one channel, before it is spread over the week's intervals.</summary>
/// <param name="WeekStart">First local day of the week.</param>
/// <param name="Volume">Contacts (or items) offered in the week; ≥ 0.</param>
/// <param name="AhtSeconds">Average handle time; &gt; 0 unless the volume is 0.</param>
public sealed record WeeklyVolume(LocalDate WeekStart, string ChannelId, double Volume, double AhtSeconds);
