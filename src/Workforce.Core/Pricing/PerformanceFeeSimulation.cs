using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Workforce.Core.Pricing;

/// <summary>The simulated months of a performance contract, as fee factors (fee ÷ base fee).</summary>
/// <param name="ExpectedFactor">Mean fee factor over the simulated months.</param>
/// <param name="P10Factor">The 10th percentile fee factor (nearest rank): one month in ten earns this or less.</param>
/// <param name="MeanServiceLevel">Mean of the months' volume-weighted service levels.</param>
/// <param name="P10ServiceLevel">10th percentile of the months' service levels.</param>
public sealed record FeeDistribution(decimal ExpectedFactor, decimal P10Factor, double MeanServiceLevel, double P10ServiceLevel, int Trials);

/// <summary>
/// Simulates a month of a performance contract. A month is 52/12 roster weeks: four whole copies of
/// the week and a fifth weighted by 1/3. Each day of it draws a volume multiplier per measured channel
/// from the forecast's error: lognormal with mean 1 and the day's coefficient of variation, its log a
/// common day factor (weight √ρ) plus the channel's own (weight √(1 − ρ)). Every interval of the day
/// shares the day's multiplier (a forecast miss lasts the day), and its service level is re-evaluated at
/// that volume with the roster's agents. The month's service level is weighted by the realised volume,
/// as contracts measure it, and sets the month's fee band.
/// </summary>
public static class PerformanceFeeSimulation
{
    /// <summary>Points of the multiplier grid each channel-day's service is tabulated on (in log space, ±4 standard deviations).</summary>
    public const int GridPoints = 33;

    /// <summary>Standard deviations of log volume the grid spans on each side; draws beyond are clamped.</summary>
    public const double GridSpan = 4;

    public static FeeDistribution Simulate(ServiceWeek week, PerformanceTerms terms)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(terms);
        var sigma = Math.Sqrt(Math.Log(1 + (terms.DailyVolumeCv * terms.DailyVolumeCv)));
        var drift = -sigma * sigma / 2;
        var logGrid = Enumerable.Range(0, GridPoints).Select(k => GridPoints == 1 || sigma == 0 ? 0 : -GridSpan * sigma + (2 * GridSpan * sigma * k / (GridPoints - 1))).ToArray();
        var step = sigma == 0 ? 1 : logGrid[1] - logGrid[0];
        var channels = week.ChannelCount;

        // Served-within-target per channel, day and grid point: the only costly part (queueing evaluations).
        var served = new double[channels, ServiceWeek.Days, GridPoints];
        var dayVolume = new double[channels, ServiceWeek.Days];
        for (var c = 0; c < channels; c++)
        {
            for (var d = 0; d < ServiceWeek.Days; d++)
            {
                dayVolume[c, d] = week.DayVolume(c, d);
                for (var k = 0; k < GridPoints; k++)
                {
                    served[c, d, k] = sigma == 0 && k > 0 ? served[c, d, 0] : week.ServedWithinTarget(c, d, Math.Exp(drift + logGrid[k]));
                }
            }
        }

        var random = new MersenneTwister(terms.Seed);
        var common = Math.Sqrt(terms.ChannelCorrelation);
        var own = Math.Sqrt(1 - terms.ChannelCorrelation);
        var factors = new decimal[terms.Trials];
        var levels = new double[terms.Trials];
        double[] weekWeights = [1, 1, 1, 1, (double)(MonthlyCostModel.WeeksPerMonth - 4)];
        for (var trial = 0; trial < terms.Trials; trial++)
        {
            double servedSum = 0, volumeSum = 0;
            foreach (var weight in weekWeights)
            {
                for (var d = 0; d < ServiceWeek.Days; d++)
                {
                    var dayFactor = Normal.Sample(random, 0, 1);
                    for (var c = 0; c < channels; c++)
                    {
                        var z = (common * dayFactor) + (own * Normal.Sample(random, 0, 1));
                        var logDeviation = Math.Clamp(sigma * z, logGrid[0], logGrid[^1]);
                        var multiplier = Math.Exp(drift + logDeviation);
                        var position = sigma == 0 ? 0 : (logDeviation - logGrid[0]) / step;
                        servedSum += weight * multiplier * Interpolate(served, c, d, position);
                        volumeSum += weight * multiplier * dayVolume[c, d];
                    }
                }
            }

            levels[trial] = volumeSum > 0 ? servedSum / volumeSum : 1;
            factors[trial] = terms.FeeFactor(levels[trial]);
        }

        Array.Sort(factors);
        Array.Sort(levels);
        var p10Rank = Math.Max(0, (int)Math.Ceiling(0.1 * terms.Trials) - 1);
        return new FeeDistribution(factors.Average(), factors[p10Rank], levels.Average(), levels[p10Rank], terms.Trials);
    }

    private static double Interpolate(double[,,] served, int channel, int day, double position)
    {
        var lower = Math.Min((int)Math.Floor(position), GridPoints - 1);
        if (lower >= GridPoints - 1)
        {
            return served[channel, day, GridPoints - 1];
        }

        var fraction = position - lower;
        return served[channel, day, lower] + (fraction * (served[channel, day, lower + 1] - served[channel, day, lower]));
    }
}
