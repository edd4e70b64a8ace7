using Workforce.Core.Sites;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Pricing;

/// <summary>One interval of a measured live channel: its forecast and the agents the roster puts on it.</summary>
/// <param name="Day">Day of the roster week (0 = the first), by local date.</param>
/// <param name="Agents">Effective agents on the channel after unplanned shrinkage.</param>
public readonly record struct ServiceInterval(int Day, double Volume, double AhtSeconds, double Agents);

/// <summary>
/// The roster week's projected service on the live channels a performance contract measures, ready to
/// be re-evaluated at other volumes. At a volume multiplier of 1 it is the roster's own projection
/// (<c>coverage.csv</c>): the same queueing model at the same agents.
/// </summary>
public sealed class ServiceWeek
{
    private readonly IReadOnlyList<(ChannelModel Model, IReadOnlyList<ServiceInterval> Intervals)> _channels;
    private readonly double _intervalSeconds;

    public ServiceWeek(double intervalSeconds, IReadOnlyList<(ChannelModel Model, IReadOnlyList<ServiceInterval> Intervals)> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        _intervalSeconds = intervalSeconds;
        _channels = channels;
    }

    public int ChannelCount => _channels.Count;

    public const int Days = 7;

    /// <summary>
    /// The served volume of one channel and day at a volume multiplier: Σ volume × service level at
    /// (volume × multiplier), divided by nothing yet; with <see cref="DayVolume"/> it gives the day's
    /// volume-weighted service level.
    /// </summary>
    public double ServedWithinTarget(int channel, int day, double multiplier)
    {
        var (model, intervals) = _channels[channel];
        var served = 0.0;
        foreach (var i in intervals)
        {
            if (i.Day == day && i.Volume > 0)
            {
                served += i.Volume * LiveServiceProjection.Project(model, i.Volume * multiplier, i.AhtSeconds, _intervalSeconds, i.Agents).ServiceLevel;
            }
        }

        return served;
    }

    /// <summary>The forecast volume of one channel and day.</summary>
    public double DayVolume(int channel, int day) => _channels[channel].Intervals.Where(i => i.Day == day).Sum(i => i.Volume);
}
