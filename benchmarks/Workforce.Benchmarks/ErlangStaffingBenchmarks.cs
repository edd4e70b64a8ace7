using BenchmarkDotNet.Attributes;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Benchmarks;

/// <summary>
/// Erlang C staffing at the scale a planner meets: a year of 15-minute intervals for six channels
/// (35,040 × 6 = 210,240 solves), with traffic following an intraday curve between 1 and 200 Erlangs,
/// and one very large queue (10,000 Erlangs).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ErlangStaffingBenchmarks
{
    private const int IntervalsPerDay = 96;
    private const int Days = 365;
    private const int Channels = 6;
    private const double AhtSeconds = 300;

    private static readonly QueueTarget Target = new() { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20, MaxOccupancy = 0.9 };

    private double[] _yearOfTraffic = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _yearOfTraffic = new double[Days * IntervalsPerDay * Channels];
        var i = 0;
        for (var day = 0; day < Days; day++)
        {
            // Weekly swing: quieter weekends, a busy Monday.
            var dayFactor = (day % 7) switch { 0 => 1.15, 5 => 0.6, 6 => 0.45, _ => 1.0 };
            for (var slot = 0; slot < IntervalsPerDay; slot++)
            {
                var hour = slot / 4.0;
                // Two humps (late morning, early afternoon) over a low night, as contact centres see.
                var intraday = 0.02 + Math.Exp(-Math.Pow((hour - 11) / 2.5, 2)) + (0.8 * Math.Exp(-Math.Pow((hour - 15) / 2.5, 2)));
                for (var channel = 0; channel < Channels; channel++)
                {
                    var channelScale = 1.0 - (0.12 * channel);
                    var noise = 1 + (0.05 * ((random.NextDouble() * 2) - 1));
                    _yearOfTraffic[i++] = Math.Clamp(1 + (199 * intraday / 1.02 * dayFactor * channelScale * noise / 1.2), 1, 200);
                }
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Textbook Erlang C (baseline), 1 year × 15 min × 6 channels")]
    public long YearOfIntervalsTextbook()
    {
        long agents = 0;
        foreach (var traffic in _yearOfTraffic)
        {
            agents += TextbookErlangC.RequiredAgents(traffic, AhtSeconds, 0.8, 20, 0.9);
        }

        return agents;
    }

    [Benchmark(Description = "Erlang C staffing, 1 year × 15 min × 6 channels (210,240 solves)")]
    public long YearOfIntervals()
    {
        long agents = 0;
        foreach (var traffic in _yearOfTraffic)
        {
            agents += ErlangC.RequiredAgents(traffic, AhtSeconds, Target).Agents;
        }

        return agents;
    }

    [Benchmark(Description = "Erlang C staffing, one 10,000-Erlang queue")]
    public int TenThousandErlangs() => ErlangC.RequiredAgents(10_000, AhtSeconds, Target).Agents;
}
