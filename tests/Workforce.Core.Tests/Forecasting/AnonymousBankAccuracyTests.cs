using Workforce.Core.Forecasting;
using Xunit.Abstractions;

namespace Workforce.Core.Tests.Forecasting;

/// <summary>The week-4 test of docs/forecast-accuracy.md: train on 1–21 February 1999, forecast 22–28 February half-hourly.</summary>
public class AnonymousBankAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Accuracy_table()
    {
        var history = AnonymousBank.History();
        var actual = history.Where(r => r.Start.Date >= AnonymousBank.Week4).ToDictionary(r => r.Start.ToInstant(), r => r.Volume);
        foreach (var method in ForecastMethods.Names)
        {
            var forecast = Forecaster.Forecast(history, AnonymousBank.Request(method)).Single();
            var pairs = forecast.Intervals.Select(i => (Actual: actual[i.Start.ToInstant()], i)).ToList();
            var wapeMean = pairs.Sum(p => Math.Abs(p.Actual - p.i.Mean)) / pairs.Sum(p => p.Actual);
            var wapeP50 = pairs.Sum(p => Math.Abs(p.Actual - p.i.P50)) / pairs.Sum(p => p.Actual);
            var busy = pairs.Where(p => p.Actual >= 5).ToList();
            var coverage = busy.Count(p => p.Actual >= p.i.P10 && p.Actual <= p.i.P90) / (double)busy.Count;
            output.WriteLine($"{method,-22} chosen={forecast.Method,-22} wapeMean={wapeMean:0.000} wapeP50={wapeP50:0.000} cover={coverage:0.000} kappa={forecast.Kappa:0.0000} n={busy.Count}");
            foreach (var s in forecast.Backtest)
            {
                output.WriteLine($"   bt {s.Method,-22} wape={s.Wape:0.000} mase={s.Mase:0.000} cov={s.Coverage:0.000} k={s.Kappa:0.0000}");
            }
        }
    }
}
