using BenchmarkDotNet.Attributes;
using Workforce.Core.Capacity;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Capacity;
using Workforce.Scheduling.Capacity;

namespace Workforce.Benchmarks;

/// <summary>
/// A 52-week capacity plan with 4 skills (data/capacity-52w): the site, interval forecast week, agents
/// and rules of data/capacity-sample cut to phone, tech, chat and email, with 51 further weeks of
/// weekly volume (growth of 0.8 % a week and a summer dip). Measures the requirement (every interval of
/// 52 weeks staffed), the hiring optimisation to its stopping rule (a proven gap of 0.01 % or the
/// command's 10 s limit), the time to a plan proven within 2 %, and the whole plan with its Monte Carlo
/// band. The baseline in the same run is the same model as a plain MIP in SCIP.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CapacityPlanBenchmarks
{
    public const int Weeks = 52;

    /// <summary>The looser stopping rule timed by the Prove benchmarks: a plan proven within 2 % of the cheapest.</summary>
    private const double ProvenGap = 0.02;

    private static readonly TimeSpan ProofCap = TimeSpan.FromSeconds(30);

    private CapacityInputs _inputs = null!;
    private CapacityProblem _problem = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = Build();
        _problem = CapacityProblemBuilder.Build(_inputs, Weeks, null);
    }

    [Benchmark(Description = "Required FTE: 52 weeks × 4 skills staffed interval by interval")]
    public CapacityProblem Requirement() => CapacityProblemBuilder.Build(_inputs, Weeks, null);

    [Benchmark(Baseline = true, Description = "Hiring MIP, SCIP (baseline)")]
    public HiringDecision SolveScip() => new MipHiringSolver().Solve(_problem, CapacityPlanSettings.Default.TimeLimit);

    [Benchmark(Description = "Hiring model, CP-SAT with cover cuts and a local-search start")]
    public HiringDecision SolveCpSat() => new CpSatHiringSolver().Solve(_problem, CapacityPlanSettings.Default.TimeLimit);

    [Benchmark(Description = "SCIP until proven within 2 % (30 s cap)")]
    public HiringDecision ProveScip() => new MipHiringSolver(ProvenGap).Solve(_problem, ProofCap);

    [Benchmark(Description = "CP-SAT with cover cuts until proven within 2 % (30 s cap)")]
    public HiringDecision ProveCpSat() => new CpSatHiringSolver(relativeGap: ProvenGap).Solve(_problem, ProofCap);

    [Benchmark(Description = "Whole plan: requirement, CP-SAT, projection, 1,000-run Monte Carlo band")]
    public CapacityPlan WholePlan() =>
        CapacityPlanner.Plan(CapacityProblemBuilder.Build(_inputs, Weeks, null), new CpSatHiringSolver(), new CapacityPlanSettings(CapacityPlanSettings.Default.TimeLimit, 1000, 1));

    /// <summary>The 52-week, 4-skill inputs: data/capacity-52w, read as <c>workforce capacity</c> reads it.</summary>
    public static CapacityInputs Build()
    {
        var directory = Path.Combine(Repository.Root(), "data", "capacity-52w");
        var scenario = ScenarioFolder.Load(directory).Value;
        var roster = RosterInputsFolder.Load(directory, scenario.Site).Value;
        return CapacityFolder.Load(directory, scenario, roster, Weeks).Value!.Value.Inputs;
    }
}
