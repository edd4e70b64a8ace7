using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Workforce.Core.Pricing;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Benchmarks;

/// <summary>
/// The performance-fee simulation on a week of 15-minute intervals for one voice channel (Erlang C,
/// 80 % in 20 s) with up to about 45 Erlangs, covered at the requirement: 200 simulated months of
/// 52/12 weeks. The baseline, in the same run, evaluates the queueing model for every interval of every
/// simulated day at its drawn volume; Workforce tabulates each channel-day on a grid of multipliers once
/// and interpolates.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PerformanceFeeBenchmarks
{
    private const int IntervalsPerDay = 96;
    private const double IntervalSeconds = 900;
    private const double AhtSeconds = 300;

    private static readonly VoiceModel Model = new(new QueueTarget { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20 }, null);

    private readonly PerformanceTerms _terms = new(
        [new PerformanceBand(0, -0.3m), .. Enumerable.Range(70, 11).Select(p => new PerformanceBand(p / 100.0, -0.02m * (80 - p)))],
        ["phone"],
        0.08,
        0.5,
        200,
        1);

    private ServiceInterval[] _intervals = [];
    private ServiceWeek _week = null!;

    [GlobalSetup]
    public void Setup()
    {
        var intervals = new List<ServiceInterval>();
        for (var day = 0; day < ServiceWeek.Days; day++)
        {
            for (var slot = 0; slot < IntervalsPerDay; slot++)
            {
                var hour = slot / 4.0;
                var volume = Math.Round(150 * (0.03 + Math.Exp(-Math.Pow((hour - 12) / 3.5, 2))));
                var traffic = ErlangC.TrafficErlangs(volume, IntervalSeconds, AhtSeconds);
                var agents = volume == 0 ? 0 : ErlangC.RequiredAgents(traffic, AhtSeconds, Model.Target).Agents;
                intervals.Add(new ServiceInterval(day, volume, AhtSeconds, agents));
            }
        }

        _intervals = [.. intervals];
        _week = new ServiceWeek(IntervalSeconds, [(Model, _intervals)]);
    }

    [Benchmark(Baseline = true, Description = "Queueing model at every drawn interval (baseline), 200 months")]
    public double EvaluateEveryDraw()
    {
        var random = new MersenneTwister(_terms.Seed);
        var sigma = Math.Sqrt(Math.Log(1 + (_terms.DailyVolumeCv * _terms.DailyVolumeCv)));
        double[] weights = [1, 1, 1, 1, 1.0 / 3];
        var total = 0.0;
        for (var trial = 0; trial < _terms.Trials; trial++)
        {
            double served = 0, offered = 0;
            foreach (var weight in weights)
            {
                for (var day = 0; day < ServiceWeek.Days; day++)
                {
                    var multiplier = Math.Exp((sigma * Normal.Sample(random, 0, 1)) - (sigma * sigma / 2));
                    foreach (var i in _intervals.Where(i => i.Day == day && i.Volume > 0))
                    {
                        var level = LiveServiceProjection.Project(Model, i.Volume * multiplier, i.AhtSeconds, IntervalSeconds, i.Agents).ServiceLevel;
                        served += weight * i.Volume * multiplier * level;
                        offered += weight * i.Volume * multiplier;
                    }
                }
            }

            total += (double)_terms.FeeFactor(served / offered);
        }

        return total / _terms.Trials;
    }

    [Benchmark(Description = "Workforce PerformanceFeeSimulation (tabulated), 200 months")]
    public decimal Tabulated() => PerformanceFeeSimulation.Simulate(_week, _terms).ExpectedFactor;
}
