namespace Workforce.Core.Forecasting;

/// <summary>
/// Chooses the over-dispersion κ of <see cref="CountDistribution"/> from backtest forecasts and what
/// actually came: the smallest κ whose P10–P90 band covers at least 80 % of the backtest intervals with
/// at least <see cref="MinimumContacts"/> contacts. Calibrating coverage directly, rather than matching
/// the variance, keeps one outage surge from widening every band.
/// </summary>
public static class IntervalCalibration
{
    /// <summary>Intervals with fewer contacts are left out: near-empty night intervals are covered by almost any band.</summary>
    public const double MinimumContacts = 5;

    public const double Lower = 0.1;
    public const double Upper = 0.9;
    private const double MaximumKappa = 4;

    public static double Kappa(IReadOnlyList<(double Actual, double Mean)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var counted = pairs.Where(p => p.Actual >= MinimumContacts).ToList();
        if (counted.Count == 0 || Coverage(counted, 0) >= Upper - Lower)
        {
            return 0;
        }

        if (Coverage(counted, MaximumKappa) < Upper - Lower)
        {
            return MaximumKappa;
        }

        // Coverage grows with κ: bisect on log κ; 16 halvings of [1e-5, 4] give κ to within 0.03 %.
        double low = Math.Log(1e-5), high = Math.Log(MaximumKappa);
        for (var step = 0; step < 16; step++)
        {
            var middle = (low + high) / 2;
            if (Coverage(counted, Math.Exp(middle)) >= Upper - Lower)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return Math.Exp(high);
    }

    /// <summary>The share of intervals with at least <see cref="MinimumContacts"/> contacts whose count lies inside the P10–P90 band.</summary>
    public static double Coverage(IEnumerable<(double Actual, double Mean)> pairs, double kappa)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int inside = 0, total = 0;
        foreach (var (actual, mean) in pairs)
        {
            if (actual < MinimumContacts)
            {
                continue;
            }

            total++;
            var pit = new CountDistribution(mean, kappa).MidPit(actual);
            if (pit is >= Lower and <= Upper)
            {
                inside++;
            }
        }

        return total > 0 ? (double)inside / total : double.NaN;
    }
}
