using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Samples;
using Workforce.Core.Sites;

namespace Workforce.Core.Tests.Samples;

public class SampleSiteGeneratorTests
{
    private static readonly WeeklyArrivalProfile DayShape = new(
        Duration.FromHours(1),
        [.. Enumerable.Range(0, 7).Select(_ => (IReadOnlyList<double>)[.. Enumerable.Range(0, 24).Select(h => h is >= 8 and < 20 ? 1.0 + (h % 3) : 0)])]);

    private static Scenario Generate(int seed, double scale = 1) =>
        SampleSiteGenerator.Generate(new SampleSiteOptions("Test", new LocalDate(2026, 3, 8), scale, seed), DayShape);

    [Fact]
    public void The_same_seed_gives_the_same_forecast()
    {
        Assert.Equal(Generate(7).Forecast, Generate(7).Forecast);
        Assert.NotEqual(Generate(7).Forecast, Generate(8).Forecast);
    }

    [Fact]
    public void The_sample_covers_six_channels_of_every_kind()
    {
        var site = Generate(7).Site;
        Assert.Equal(6, site.Channels.Count);
        Assert.Equal([ChannelKind.Voice, ChannelKind.Chat, ChannelKind.Deferred], site.Channels.Select(c => c.Kind).Distinct().Order());
    }

    [Fact]
    public void A_week_of_quarter_hours_is_generated_for_every_channel()
    {
        var scenario = Generate(7);
        Assert.Equal(7 * 96 * 6, scenario.Forecast.Count);
        Assert.All(scenario.Forecast, row => Assert.True(row.Volume == 0 || row.AhtSeconds > 0));
    }

    [Fact]
    public void Closed_hours_of_the_shape_get_no_contacts()
    {
        Assert.All(Generate(7).Forecast.Where(r => r.ChannelId == "phone" && r.Start.Hour < 8), row => Assert.Equal(0, row.Volume));
    }

    [Fact]
    public void Scale_multiplies_the_volume()
    {
        var small = Generate(7).Forecast.Sum(r => r.Volume);
        var large = Generate(7, scale: 4).Forecast.Sum(r => r.Volume);
        Assert.InRange(large / small, 3.8, 4.2);
    }
}
