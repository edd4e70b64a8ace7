using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>
/// Expected contacts for one channel in one interval. The interval is half-open:
/// it starts at <see cref="Start"/> (included) and lasts one site interval (end excluded).
/// </summary>
/// <param name="Start">Local start in the site's zone; its offset tells the two 01:15s of a fall-back day apart.</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="Volume">Contacts offered (items arriving, for deferred work).</param>
/// <param name="AhtSeconds">Average handle time; 0 only when the volume is 0 (a closed interval).</param>
public sealed record ForecastInterval(ZonedDateTime Start, string ChannelId, double Volume, double AhtSeconds);
