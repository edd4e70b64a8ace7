using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Staffing.Queueing;

public class ErlangBTests
{
    [Fact]
    public void Blocking_falls_with_every_extra_channel()
    {
        foreach (var traffic in new[] { 0.01, 3, 95.5, 20_000 })
        {
            var previous = 1.0;
            for (var channels = 1; channels < traffic + 200; channels += channels < 500 ? 1 : 97)
            {
                var blocking = ErlangB.BlockingProbability(traffic, channels);
                Assert.True(blocking <= previous, $"traffic {traffic}, channels {channels}");
                previous = blocking;
            }
        }
    }

    [Fact]
    public void Blocking_agrees_with_the_textbook_formula_for_small_systems()
    {
        // B = (A^N/N!) / Σ_{k≤N} A^k/k!, fine in doubles for N ≤ 30.
        foreach (var traffic in new[] { 0.3, 2.0, 9.7, 25 })
        {
            double sum = 0, term = 1;
            for (var channels = 0; channels <= 30; channels++)
            {
                if (channels > 0)
                {
                    term *= traffic / channels;
                }

                sum += term;
                Assert.Equal(term / sum, ErlangB.BlockingProbability(traffic, channels), 1e-13);
            }
        }
    }

    [Fact]
    public void Blocking_at_large_loads_matches_the_recursion_taken_one_step_at_a_time()
    {
        foreach (var (traffic, channels) in new[] { (20_000.0, 20_022), (20_000.0, 19_000), (1_234.5, 1_300), (77.7, 60) })
        {
            var reciprocal = 1.0;
            for (var k = 1; k <= channels; k++)
            {
                reciprocal = 1 + (reciprocal * k / traffic);
            }

            var blocking = ErlangB.BlockingProbability(traffic, channels);
            Assert.Equal(1 / reciprocal, blocking, 1e-12 * blocking);
        }
    }

    [Fact]
    public void With_no_channels_everything_is_blocked_and_with_no_traffic_nothing_is()
    {
        Assert.Equal(1, ErlangB.BlockingProbability(5, 0));
        Assert.Equal(0, ErlangB.BlockingProbability(0, 5));
        Assert.Equal(0, ErlangB.MinimumChannels(0, 0.01));
        Assert.Equal(0, ErlangB.MinimumChannels(5, 1));
    }

    [Fact]
    public void Minimum_channels_is_the_first_count_within_the_blocking_limit()
    {
        // Large loads need fewer channels than Erlangs at 1 % (B(A, A) ≈ 0.6 % at 20,000 E), which
        // exercises the search inside the four-at-a-time part of the recursion.
        foreach (var traffic in new[] { 0.2, 10, 708, 5_000, 20_000, 20_001.5 })
        {
            foreach (var limit in new[] { 0.3, 0.05, 0.01, 0.001 })
            {
                var channels = ErlangB.MinimumChannels(traffic, limit);

                Assert.True(ErlangB.BlockingProbability(traffic, channels) <= limit, $"traffic {traffic}, limit {limit}");
                Assert.True(ErlangB.BlockingProbability(traffic, channels - 1) > limit, $"traffic {traffic}, limit {limit}");
            }
        }
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(20_000)]
    public void Nothing_overflows_or_turns_NaN_at_the_ends_of_the_traffic_range(double traffic)
    {
        foreach (var channels in new[] { 1, 10, 20_000, 25_000, 1_000_000 })
        {
            var blocking = ErlangB.BlockingProbability(traffic, channels);

            Assert.True(double.IsFinite(blocking));
            Assert.InRange(blocking, 0, 1);
        }

        Assert.True(ErlangB.MinimumChannels(traffic, 1e-12) > traffic);
    }
}
