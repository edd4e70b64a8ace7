using MathNet.Numerics.Distributions;
using Workforce.Core.Forecasting;

namespace Workforce.Core.Tests.Forecasting;

public class IntervalCalibrationTests
{
    [Fact]
    public void Pure_Poisson_noise_around_the_right_mean_needs_no_over_dispersion()
    {
        var random = new Random(7);
        var pairs = Enumerable.Range(0, 3000).Select(_ => ((double)Poisson.Sample(random, 30), 30.0)).ToList();

        var kappa = IntervalCalibration.Kappa(pairs);

        Assert.InRange(kappa, 0, 0.005);
        Assert.InRange(IntervalCalibration.Coverage(pairs, kappa), 0.78, 0.86);
    }

    [Fact]
    public void A_rate_that_is_itself_uncertain_gets_about_its_gamma_variance_back()
    {
        // Counts from a gamma-Poisson mixture with κ = 0.05 (rate sd 22 % of its mean).
        var random = new Random(11);
        var pairs = Enumerable.Range(0, 4000).Select(_ =>
        {
            var rate = Gamma.Sample(random, 20, 20.0 / 40);
            return ((double)Poisson.Sample(random, rate), 40.0);
        }).ToList();

        var kappa = IntervalCalibration.Kappa(pairs);

        Assert.InRange(kappa, 0.03, 0.07);
        Assert.Equal(0.8, IntervalCalibration.Coverage(pairs, kappa), 0.02);
    }

    [Fact]
    public void Quiet_intervals_do_not_count_towards_coverage()
    {
        Assert.True(double.IsNaN(IntervalCalibration.Coverage([(4, 4), (0, 1)], 0)));
    }
}
