using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Workforce.Core.Forecasting;

/// <summary>
/// Taylor's double-seasonal Holt-Winters (J. W. Taylor, J. Oper. Res. Soc. 54, 2003): a level times an
/// intraday index (period one day) times an intraweek index (period one week), with an AR(1)
/// adjustment of the one-step error. No trend term: over a week ahead a fitted trend on weeks of call
/// data extrapolates noise. The four smoothing constants (level α, day δ, week ω, error φ) are fitted by
/// Nelder–Mead (MathNet.Numerics) on the one-step-ahead squared error, each kept in (0, 1) by a
/// logistic transform. Robust to one-off surges: the starting states come from a median week and each
/// observation is clipped to a few standard deviations of its forecast before it updates the states.
/// It uses at most the last 16 weeks: the median of the first four sets the starting states and the
/// smoothing runs through all sixteen.
/// </summary>
/// <remarks>
/// Counts are zero at night and in closed hours, where a multiplicative model would divide by zero.
/// The level is updated with a weight proportional to the slot's seasonal index (relative to the week's
/// mean), so a near-empty night slot, where two calls against an expected half a call is only noise,
/// barely moves it; slots whose index is 0 update nothing. Missing slots take the model's own forecast.
/// </remarks>
public sealed class TaylorHoltWintersMethod : IForecastMethod
{
    public const string MethodName = "holt-winters-taylor";

    private const double Tiny = 1e-9;
    private const int InitialWeeks = 4;
    private const int MaximumWeeks = 16;
    private const double ClipDeviations = 3;
    private const double ClipKappa = 0.05;
    private static readonly string[] ParameterNames = ["alpha", "delta", "omega", "phi"];

    public string Name => MethodName;

    public int MinimumDays => 14;

    public ModelFit Fit(SlotSeries history, int days)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Days < MinimumDays)
        {
            throw new ArgumentException($"Needs at least {MinimumDays} days of history, got {history.Days}.", nameof(history));
        }

        // Exponential smoothing forgets: states from a year ago carry almost no weight, so a long history is cut to its recent weeks.
        history = history.Days > MaximumWeeks * 7 ? history.Last(MaximumWeeks * 7) : history;
        var start = Initial(history);
        var best = (Error: double.PositiveInfinity, Point: Vector<double>.Build.DenseOfArray([Logit(0.05), Logit(0.1), Logit(0.1), Logit(0.3)]));
        var objective = ObjectiveFunction.Value(point =>
        {
            var error = Run(history, start, Constants(point), days: 0).MeanSquaredError;
            if (error < best.Error)
            {
                best = (error, point.Clone());
            }

            return error;
        });
        try
        {
            NelderMeadSimplex.Minimum(objective, best.Point, Vector<double>.Build.Dense(4, 1.0), 1e-6, 600);
        }
        catch (MaximumIterationsException)
        {
            // The best point seen so far is kept below: a slow convergence is not a failure of the fit.
        }

        var constants = Constants(best.Point);
        var run = Run(history, start, constants, days);
        var parameters = ParameterNames.Select((name, i) => (name, constants[i])).ToDictionary(p => p.name, p => p.Item2);
        parameters["level"] = run.Level;
        return new ModelFit(parameters, run.Forecast);
    }

    private static double[] Constants(Vector<double> point) => [.. point.Select(SpecialFunctions.Logistic)];

    private static double Logit(double p) => Math.Log(p / (1 - p));

    /// <summary>
    /// Starting states from the median week of the first <see cref="InitialWeeks"/> whole weeks (fewer
    /// when the history is shorter): their mean level, their intraday shape, and each week position's
    /// ratio to both. The median keeps a one-off surge out of the weekly index, which a small ω would
    /// otherwise carry for weeks.
    /// </summary>
    private static State Initial(SlotSeries history)
    {
        var slots = history.SlotsPerDay;
        var week = 7 * slots;
        var weeks = Math.Min(InitialWeeks, history.Days / 7);
        var weekMean = new double[week];
        for (var i = 0; i < week; i++)
        {
            var values = Enumerable.Range(0, weeks).Select(w => history.Volume[(w * week) + i]).Where(v => !double.IsNaN(v)).ToList();
            weekMean[i] = values.Count > 0 ? SeasonalProfileMethod.Median(values) : 0;
        }

        var level = weekMean.Average();
        var day = new double[slots];
        for (var slot = 0; slot < slots; slot++)
        {
            double total = 0;
            for (var d = 0; d < 7; d++)
            {
                total += weekMean[(d * slots) + slot];
            }

            day[slot] = level > 0 ? total / 7 / level : 0;
        }

        var weekIndex = new double[week];
        for (var i = 0; i < week; i++)
        {
            var expected = level * day[i % slots];
            weekIndex[i] = expected > Tiny ? weekMean[i] / expected : 0;
        }

        return new State(level, day, weekIndex);
    }

    /// <summary>
    /// The observation the states learn from: pulled back to within <see cref="ClipDeviations"/> standard
    /// deviations of its forecast, the deviation of a count with mean f and variance f + κf² (κ =
    /// <see cref="ClipKappa"/>, a typical over-dispersion of call counts). A surge from an outage then
    /// moves the states as a large error would, not as a new normal.
    /// </summary>
    private static double Clipped(double y, double forecast)
    {
        var f = Math.Max(forecast, 1);
        var bound = ClipDeviations * Math.Sqrt(f + (ClipKappa * f * f));
        return Math.Clamp(y, forecast - bound, forecast + bound);
    }

    private static RunResult Run(SlotSeries history, State start, double[] constants, int days)
    {
        var (alpha, delta, omega, phi) = (constants[0], constants[1], constants[2], constants[3]);
        var slots = history.SlotsPerDay;
        var weekLength = 7 * slots;
        var level = start.Level;
        var day = (double[])start.Day.Clone();
        var week = (double[])start.Week.Clone();
        var meanIndex = MeanIndex(day, week, slots);
        double lastError = 0, squared = 0;
        var counted = 0;
        for (var t = 0; t < history.Length; t++)
        {
            var (d, w) = (t % slots, t % weekLength);
            var index = day[d] * week[w];
            var baseline = level * index;
            var y = history.Volume[t];
            if (double.IsNaN(y))
            {
                lastError *= phi;
                continue;
            }

            var forecast = baseline + (phi * lastError);
            y = Clipped(y, forecast);
            if (t >= weekLength)
            {
                squared += (y - forecast) * (y - forecast);
                counted++;
            }

            // Taylor's AR(1) term corrects the observation before it updates the states.
            var corrected = y - (phi * lastError);
            var newLevel = level;
            if (index > Tiny)
            {
                var weight = alpha * Math.Min(1, index / meanIndex);
                newLevel = Math.Max(0, (weight * corrected / index) + ((1 - weight) * level));
            }

            if (newLevel * week[w] > Tiny)
            {
                day[d] = Math.Max(0, (delta * corrected / (newLevel * week[w])) + ((1 - delta) * day[d]));
            }

            if (newLevel * day[d] > Tiny)
            {
                week[w] = Math.Max(0, (omega * corrected / (newLevel * day[d])) + ((1 - omega) * week[w]));
            }

            level = newLevel;
            lastError = y - baseline;
        }

        var result = new double[days * slots];
        var error = lastError;
        for (var k = 0; k < result.Length; k++)
        {
            var t = history.Length + k;
            error *= phi;
            result[k] = Math.Max(0, (level * day[t % slots] * week[t % weekLength]) + error);
        }

        return new RunResult(counted > 0 ? squared / counted : 0, level, result);
    }

    private static double MeanIndex(double[] day, double[] week, int slots)
    {
        var mean = week.Select((w, i) => w * day[i % slots]).Average();
        return mean > Tiny ? mean : 1;
    }

    private sealed record State(double Level, double[] Day, double[] Week);

    private sealed record RunResult(double MeanSquaredError, double Level, double[] Forecast);
}
