using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using Workforce.Core;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Samples;
using Workforce.Core.Staffing;
using Workforce.Files.Scenario;

namespace Workforce.Benchmarks;

/// <summary>
/// Time to the first lawful roster of a contact-centre week, from the scenario in memory: staffing,
/// the roster model, each agent's rules screened, every agent's week from their schedule programme
/// against the demand still uncovered, and breaks, training and allocation settled and priced. The
/// three sites are the ones of docs/roster.md: data/sample (128 agents), and <c>workforce sample</c>
/// at scale 5.2 seed 11 (495 agents) and scale 22 seed 14 (2,025 agents). A cold start each time,
/// as a planner's run is: no warm-up, three iterations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class FirstRosterBenchmarks
{
    private Scenario _scenario = null!;
    private RosterInputs _inputs = null!;

    /// <summary>Agents on the site (about: 495 and 2,025 for the generated ones).</summary>
    [Params(128, 500, 2000)]
    public int Agents { get; set; }

    [GlobalSetup]
    public void Setup() => (_scenario, _inputs) = Site(Agents);

    [Benchmark(Description = "First lawful roster: staffing, model, screening, programme greedy, settlement")]
    public SettledRoster FirstRoster()
    {
        var requirements = StaffingPlanner.Staff(_scenario.Site, _scenario.Forecast);
        var data = RosterModelBuilder.Build(_scenario.Site, requirements, _scenario.Forecast, _inputs, RosterWeights.Default);
        var unrostered = AgentScreening.Screen(data);
        var rostered = data.Without(unrostered.Select(u => u.AgentId).ToHashSet(StringComparer.Ordinal));
        var search = new WeekRosterSearch(rostered, seed: 1);
        return search.BuildFirst(CancellationToken.None) ? search.Settle() : throw new InvalidOperationException("no first roster");
    }

    /// <summary>The benchmark's sites, as <c>workforce sample</c> writes them.</summary>
    public static (Scenario Scenario, RosterInputs Inputs) Site(int agents)
    {
        var root = Repository.Root();
        if (agents <= 128)
        {
            var directory = Path.Combine(root, "data", "sample");
            var scenario = ScenarioFolder.Load(directory).Value!;
            return (scenario, RosterInputsFolder.Load(directory, scenario.Site).Value!);
        }

        var (scale, seed) = agents <= 500 ? (5.2, 11) : (22.0, 14);
        var profile = ArrivalProfileReader.Read(Path.Combine(root, "data", "reference", "anonymous-bank", "anonymous_bank_1999_02_halfhour.csv")).Value!;
        var generated = SampleSiteGenerator.Generate(new SampleSiteOptions("Tel Aviv multichannel hub", new LocalDate(2026, 3, 8), scale, seed), profile);
        return (generated, SampleAgentGenerator.Generate(generated, seed));
    }
}
