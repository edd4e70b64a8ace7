using BenchmarkDotNet.Attributes;
using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Benchmarks;

/// <summary>
/// Fitting and forecasting one channel from two years of 15-minute history (730 days, about 70,000
/// intervals, in Europe/London with its clock changes): Poisson counts around a two-hump intraday
/// curve, a weekly swing and slow growth. Each benchmark is the whole forecast of one week as
/// <c>workforce forecast</c> runs it: grid, rolling-origin backtest (which also calibrates the
/// intervals), final fit, quantiles and AHT. Seasonal naïve is the baseline.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ForecastFitBenchmarks
{
    private const int Days = 730;
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Duration QuarterHour = Duration.FromMinutes(15);
    private static readonly LocalDate First = new(2024, 11, 3);

    private List<ForecastInterval> _history = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (var day = 0; day < Days; day++)
        {
            var date = First.PlusDays(day);
            var dayFactor = date.DayOfWeek switch { IsoDayOfWeek.Monday => 1.15, IsoDayOfWeek.Saturday => 0.6, IsoDayOfWeek.Sunday => 0.45, _ => 1.0 };
            var growth = 1 + (0.2 * day / Days);
            foreach (var (start, _) in SlotSeries.RealIntervals(Zone, QuarterHour, date))
            {
                var hour = start.TimeOfDay.Hour + (start.TimeOfDay.Minute / 60.0);
                var intraday = 0.02 + Math.Exp(-Math.Pow((hour - 11) / 2.5, 2)) + (0.8 * Math.Exp(-Math.Pow((hour - 15) / 2.5, 2)));
                var volume = MathNet.Numerics.Distributions.Poisson.Sample(random, 60 * intraday * dayFactor * growth);
                _history.Add(new ForecastInterval(start, "phone", volume, volume > 0 ? 280 + (40 * random.NextDouble()) : 0));
            }
        }
    }

    private int Forecast(string method) =>
        Forecaster.Forecast(_history, new ForecastRequest(Zone, QuarterHour, First.PlusDays(Days), 7, method, new HashSet<LocalDate>()))[0].Intervals.Count;

    [Benchmark(Baseline = true, Description = "Seasonal naive (baseline), 2 years × 15 min")]
    public int SeasonalNaive() => Forecast(SeasonalNaiveMethod.MethodName);

    [Benchmark(Description = "Seasonal profile, 2 years × 15 min")]
    public int SeasonalProfile() => Forecast(SeasonalProfileMethod.MethodName);

    [Benchmark(Description = "Holt-Winters-Taylor, 2 years × 15 min")]
    public int HoltWintersTaylor() => Forecast(TaylorHoltWintersMethod.MethodName);

    [Benchmark(Description = "Poisson regression, 2 years × 15 min")]
    public int PoissonRegression() => Forecast(PoissonRegressionMethod.MethodName);

    [Benchmark(Description = "Auto (all four backtested, best fitted), 2 years × 15 min")]
    public int Auto() => Forecast(ForecastMethods.Auto);
}
