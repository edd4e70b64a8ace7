using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

public class CountDistributionTests
{
    [Fact]
    public void Quantiles_rise_with_probability()
    {
        var counts = new CountDistribution(40, 0.05);

        Assert.True(counts.Quantile(0.1) < counts.Quantile(0.5));
        Assert.True(counts.Quantile(0.5) < counts.Quantile(0.8));
        Assert.True(counts.Quantile(0.8) < counts.Quantile(0.9));
    }

    [Fact]
    public void With_no_over_dispersion_the_band_is_Poisson_about_mean_plus_minus_1_28_root_mean()
    {
        var counts = new CountDistribution(400, 0);

        Assert.Equal(400 - (1.2816 * 20), counts.Quantile(0.1), 1.0);
        Assert.Equal(400 + (1.2816 * 20), counts.Quantile(0.9), 1.0);
        Assert.Equal(400, counts.Quantile(0.5), 1.0);
    }

    [Fact]
    public void Over_dispersion_widens_the_band_as_the_negative_binomial_variance_says()
    {
        // Variance 400 + 0.04 × 400² = 6800, standard deviation about 82.
        var counts = new CountDistribution(400, 0.04);

        Assert.Equal(82.5 * 2 * 1.2816, counts.Quantile(0.9) - counts.Quantile(0.1), 0.06 * 82.5 * 2 * 1.2816);
    }

    [Fact]
    public void A_zero_mean_gives_a_zero_band()
    {
        var counts = new CountDistribution(0, 0.1);

        Assert.Equal(0, counts.Quantile(0.9));
    }

    [Fact]
    public void Large_counts_are_handled_without_walking_up_from_zero()
    {
        var counts = new CountDistribution(250_000, 0.01);

        Assert.Equal(250_000, counts.Quantile(0.5), 250_000 * 0.02);
    }
}
