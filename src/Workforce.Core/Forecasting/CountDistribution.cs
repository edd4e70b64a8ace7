using MathNet.Numerics.Distributions;

namespace Workforce.Core.Forecasting;

/// <summary>
/// Contacts in one interval as a count: negative binomial with mean μ and variance μ + κμ² (NB2), the
/// Poisson distribution when κ = 0. NB2 is a Poisson whose rate is multiplied by a gamma factor of
/// variance κ: the Poisson part is the randomness of individual callers, κ the uncertainty of the
/// forecast rate itself (level and shape errors).
/// </summary>
/// <remarks>
/// Quantiles are of the count spread evenly over [k − ½, k + ½] (the mid-distribution), so they move
/// smoothly with μ instead of jumping between whole numbers, and staffing at P80 changes gradually.
/// An actual count y lies between two such quantiles exactly when its mid-PIT, F(y − 1) + P(y)/2, lies
/// between their probabilities, which is how coverage is checked without computing quantiles.
/// </remarks>
public readonly record struct CountDistribution(double Mean, double Kappa)
{
    /// <summary>P(X ≤ k).</summary>
    public double Cdf(int k)
    {
        if (k < 0)
        {
            return 0;
        }

        if (Mean <= 0)
        {
            return 1;
        }

        return Kappa <= 0 ? Poisson.CDF(Mean, k) : NegativeBinomial.CDF(1 / Kappa, SuccessProbability, k);
    }

    /// <summary>P(X = k).</summary>
    public double Pmf(int k)
    {
        if (k < 0)
        {
            return 0;
        }

        if (Mean <= 0)
        {
            return k == 0 ? 1 : 0;
        }

        return Kappa <= 0 ? Poisson.PMF(Mean, k) : NegativeBinomial.PMF(1 / Kappa, SuccessProbability, k);
    }

    /// <summary>The mid-distribution PIT of an observed count: F(y − 1) + P(y)/2.</summary>
    public double MidPit(double observed)
    {
        var k = (int)Math.Round(observed);
        return Cdf(k - 1) + (Pmf(k) / 2);
    }

    /// <summary>The <paramref name="probability"/> quantile of the count spread over [k − ½, k + ½], never below 0.</summary>
    public double Quantile(double probability)
    {
        if (Mean <= 0)
        {
            return 0;
        }

        // The smallest k with F(k) ≥ p, by doubling then bisection (counts can be large on 15-minute
        // intervals of a big centre, so walking up from 0 would be slow).
        int low = -1, high = Math.Max(1, (int)Math.Ceiling(Mean));
        while (Cdf(high) < probability)
        {
            low = high;
            high *= 2;
        }

        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (Cdf(middle) >= probability)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        var below = Cdf(high - 1);
        var mass = Pmf(high);
        var value = high - 0.5 + (mass > 0 ? (probability - below) / mass : 0.5);
        return Math.Max(0, value);
    }

    private double SuccessProbability => 1 / (1 + (Kappa * Mean));
}
