using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>
/// A log-linear Poisson regression: log(expected contacts) = shape(weekday × slot of the day) +
/// trend × day + special-day effect, fitted by maximum likelihood on the last <see cref="Weeks"/> weeks,
/// recent days weighted more (half-life <see cref="HalfLifeDays"/> days), so the level follows the
/// history. The Poisson likelihood is the count-aware part: a slot with 2 calls is not fitted as
/// carefully as one with 200, as it would be by least squares, and nothing can go negative. The
/// over-dispersion it leaves (the NB2 κ of the Pearson residuals) is reported as <c>dispersion</c>.
/// The fitted shape is smoothed over neighbouring slots (<see cref="IntradaySmoothing"/>) before it forecasts.
/// </summary>
/// <remarks>
/// With one free shape value per week position the maximum-likelihood equations separate: given the
/// trend and special-day effect each shape value has a closed form, and given the shape the two
/// coefficients take Newton steps. Alternating the two converges in a few dozen rounds.
/// </remarks>
public sealed class PoissonRegressionMethod(IReadOnlySet<LocalDate>? specialDays = null, int weeks = 8, double halfLifeDays = 14, bool trend = false) : IForecastMethod
{
    public const string MethodName = "poisson-regression";

    private const int Rounds = 50;

    private readonly IReadOnlySet<LocalDate> _specialDays = specialDays ?? new HashSet<LocalDate>();

    public string Name => MethodName;

    public int MinimumDays => 14;

    public int Weeks { get; } = weeks;

    public double HalfLifeDays { get; } = halfLifeDays;

    public bool Trend { get; } = trend;

    public ModelFit Fit(SlotSeries history, int days)
    {
        ArgumentNullException.ThrowIfNull(history);
        var slots = history.SlotsPerDay;
        var firstDay = Math.Max(0, history.Days - (7 * Weeks));
        var observations = new List<Observation>();
        for (var day = firstDay; day < history.Days; day++)
        {
            var weight = Math.Pow(0.5, (history.Days - 1 - day) / HalfLifeDays);
            var special = _specialDays.Contains(history.FirstDate.PlusDays(day));
            for (var slot = 0; slot < slots; slot++)
            {
                var y = history.Volume[(day * slots) + slot];
                if (!double.IsNaN(y))
                {
                    observations.Add(new Observation(WeeklySlots.Of(history, day, slot), day - history.Days, special, weight, y));
                }
            }
        }

        var shape = new double[WeeklySlots.Count(history)];
        double slope = 0, specialEffect = 0;
        var hasSpecial = observations.Any(o => o.Special && o.Weight * o.Y > 0);
        for (var round = 0; round < Rounds; round++)
        {
            FitShape(observations, shape, slope, specialEffect);
            if (Trend)
            {
                slope += NewtonStep(observations, shape, slope, specialEffect, o => o.Day);
            }

            if (hasSpecial)
            {
                specialEffect += NewtonStep(observations, shape, slope, specialEffect, o => o.Special ? 1 : 0);
            }
        }

        FitShape(observations, shape, slope, specialEffect);
        var smoothShape = IntradaySmoothing.Smooth([.. shape.Select(Math.Exp)], slots);
        var mean = new double[days * slots];
        for (var day = 0; day < days; day++)
        {
            var special = _specialDays.Contains(history.FirstDate.PlusDays(history.Days + day));
            for (var slot = 0; slot < slots; slot++)
            {
                var effects = (slope * day) + (special ? specialEffect : 0);
                mean[(day * slots) + slot] = smoothShape[WeeklySlots.Of(history, history.Days + day, slot)] * Math.Exp(effects);
            }
        }

        return new ModelFit(
            new Dictionary<string, double>
            {
                ["trendPerDay"] = slope,
                ["specialDayEffect"] = specialEffect,
                ["dispersion"] = Dispersion(observations, shape, slope, specialEffect),
            },
            mean);
    }

    private static double Mu(Observation o, double[] shape, double slope, double special) =>
        Math.Exp(shape[o.Position] + (slope * o.Day) + (o.Special ? special : 0));

    /// <summary>Each shape value's maximum-likelihood solution given the other coefficients (−∞ for a position that never had a contact).</summary>
    private static void FitShape(List<Observation> observations, double[] shape, double slope, double special)
    {
        var contacts = new double[shape.Length];
        var exposure = new double[shape.Length];
        foreach (var o in observations)
        {
            contacts[o.Position] += o.Weight * o.Y;
            exposure[o.Position] += o.Weight * Math.Exp((slope * o.Day) + (o.Special ? special : 0));
        }

        for (var i = 0; i < shape.Length; i++)
        {
            shape[i] = contacts[i] > 0 && exposure[i] > 0 ? Math.Log(contacts[i] / exposure[i]) : double.NegativeInfinity;
        }
    }

    /// <summary>One Newton step on the weighted Poisson log-likelihood for the coefficient of covariate <paramref name="x"/>, kept to ±0.5 per step.</summary>
    private static double NewtonStep(List<Observation> observations, double[] shape, double slope, double special, Func<Observation, double> x)
    {
        double score = 0, information = 0;
        foreach (var o in observations)
        {
            var mu = Mu(o, shape, slope, special);
            var value = x(o);
            score += o.Weight * value * (o.Y - mu);
            information += o.Weight * value * value * mu;
        }

        return information > 0 ? Math.Clamp(score / information, -0.5, 0.5) : 0;
    }

    private static double Dispersion(List<Observation> observations, double[] shape, double slope, double special)
    {
        double excess = 0, squaredMeans = 0;
        foreach (var o in observations)
        {
            var mu = Mu(o, shape, slope, special);
            excess += o.Weight * (((o.Y - mu) * (o.Y - mu)) - mu);
            squaredMeans += o.Weight * mu * mu;
        }

        return squaredMeans > 0 ? Math.Max(0, excess / squaredMeans) : 0;
    }

    private sealed record Observation(int Position, int Day, bool Special, double Weight, double Y);
}
