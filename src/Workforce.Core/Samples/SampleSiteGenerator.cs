using MathNet.Numerics.Distributions;
using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Samples;

/// <summary>
/// Builds a realistic multi-channel BPO site and its weekly forecast from a real centre's arrival
/// shape, reproducibly from a seed. The same generator makes the larger benchmark sites: volumes
/// scale with <see cref="SampleSiteOptions.Scale"/>.
/// </summary>
public static class SampleSiteGenerator
{
    /// <summary>One channel of the sample: its model, weekly volume at scale 1, AHT and arrival shape.</summary>
    private sealed record ChannelSpec(Channel Channel, double WeeklyVolume, double AhtSeconds, Duration PeakShift, double FlatWeight);

    public static Scenario Generate(SampleSiteOptions options, WeeklyArrivalProfile profile)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(profile);
        var site = BuildSite(options);
        var random = new Random(options.Seed);
        var forecast = new List<ForecastInterval>();
        var specs = ChannelSpecs();
        var shapes = specs.Select(s => profile.ShiftedLater(s.PeakShift).Flattened(s.FlatWeight)).ToList();
        var slotFraction = site.IntervalLength / profile.SlotLength;

        foreach (var start in IntervalStarts(site))
        {
            for (var c = 0; c < specs.Count; c++)
            {
                var spec = specs[c];
                var expected = spec.WeeklyVolume * options.Scale * shapes[c].SlotShare(start.DayOfWeek, start.TimeOfDay) * slotFraction;
                var volume = expected > 0 ? Poisson.Sample(random, expected) : 0;
                var aht = volume == 0 ? 0 : Math.Round(spec.AhtSeconds * (1 + (0.04 * Normal.Sample(random, 0, 1))));
                forecast.Add(new ForecastInterval(start, spec.Channel.Id, volume, aht));
            }
        }

        return new Scenario(site, forecast);
    }

    /// <summary>Every interval start of the planning week, stepping in real time so clock changes are honoured.</summary>
    public static IEnumerable<ZonedDateTime> IntervalStarts(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var start = site.TimeZone.AtStartOfDay(site.WeekStart).ToInstant();
        var end = site.TimeZone.AtStartOfDay(site.WeekStart.PlusDays(7)).ToInstant();
        for (var instant = start; instant < end; instant += site.IntervalLength)
        {
            yield return instant.InZone(site.TimeZone);
        }
    }

    private static Site BuildSite(SampleSiteOptions options) => new()
    {
        Name = options.Name,
        TimeZone = DateTimeZoneProviders.Tzdb["Asia/Jerusalem"],
        IntervalLength = Duration.FromMinutes(15),
        WeekStart = options.WeekStart,
        WeekendDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday },
        PublicHolidays = [new PublicHoliday(new LocalDate(2026, 4, 2), "Passover (first day)")],
        Currency = "EUR",
        Shrinkage = new Shrinkage(
            new Dictionary<string, double> { ["absence"] = 0.04, ["sickness"] = 0.03, ["lateLogin"] = 0.01, ["systemDowntime"] = 0.01 },
            new Dictionary<string, double> { ["breaks"] = 0.0625, ["lunch"] = 0.0625, ["training"] = 0.025, ["coaching"] = 0.015 }),
        Channels = [.. ChannelSpecs().Select(s => s.Channel)],
    };

    private static List<ChannelSpec> ChannelSpecs()
    {
        static QueueTarget Sl(double fraction, double seconds, double maxOccupancy) =>
            new() { ServiceLevelFraction = fraction, AnswerWithinSeconds = seconds, MaxOccupancy = maxOccupancy };

        return
        [
            new(new Channel("phone", "Phone: customer service", new VoiceModel(Sl(0.8, 20, 0.88) with { MaxAbandonFraction = 0.05 }, 180)), 11200, 290, Duration.Zero, 0),
            new(new Channel("tech", "Technical support", new VoiceModel(Sl(0.8, 60, 0.85), null)), 2080, 560, Duration.Zero, 0.1),
            new(new Channel("chat", "Web chat", new ChatModel(Sl(0.8, 60, 0.85), 2, 0.25)), 4160, 420, Duration.FromHours(1), 0),
            new(new Channel("email", "Email", new DeferredModel(TimeSpan.FromHours(4), 0.9, 0.9)), 2880, 330, Duration.Zero, 0.5),
            new(new Channel("social", "Social media", new DeferredModel(TimeSpan.FromHours(1), 0.9, 0.85)), 1520, 240, Duration.FromHours(2), 0.2),
            new(new Channel("aftersales", "After-sales tickets", new DeferredModel(TimeSpan.FromHours(8), 0.9, 0.9)), 1040, 600, Duration.Zero, 0.6),
        ];
    }
}

/// <summary>What to generate.</summary>
/// <param name="Name">Site name.</param>
/// <param name="WeekStart">First day of the planning week.</param>
/// <param name="Scale">Volume multiplier: 1 is a site of about 120 agents.</param>
/// <param name="Seed">Random seed; the same seed gives the same files.</param>
public sealed record SampleSiteOptions(string Name, LocalDate WeekStart, double Scale, int Seed);
