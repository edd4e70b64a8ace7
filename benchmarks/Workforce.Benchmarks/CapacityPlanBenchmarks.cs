using BenchmarkDotNet.Attributes;
using NodaTime;
using Workforce.Core;
using Workforce.Core.Capacity;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;
using Workforce.Files.Scenario.Capacity;
using Workforce.Scheduling.Capacity;

namespace Workforce.Benchmarks;

/// <summary>
/// A 52-week capacity plan with 4 skills: the site, interval forecast week, agents and rules of
/// data/capacity-sample cut to phone, tech, chat and email, with 51 further weeks of weekly volume
/// (growth of 0.8 % a week and a summer dip). Measures the requirement (every interval of 52 weeks
/// staffed), the hiring optimisation to its stopping rule (a proven gap of 0.01 % or the command's
/// 10 s limit), and the whole plan with its Monte Carlo band. The baseline in the same run is the
/// same model as a MIP in SCIP.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CapacityPlanBenchmarks
{
    public const int Weeks = 52;

    private static readonly string[] Skills = ["phone", "tech", "chat", "email"];

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

    [Benchmark(Description = "Hiring model, CP-SAT")]
    public HiringDecision SolveCpSat() => new CpSatHiringSolver().Solve(_problem, CapacityPlanSettings.Default.TimeLimit);

    [Benchmark(Description = "Whole plan: requirement, CP-SAT, projection, 1,000-run Monte Carlo band")]
    public CapacityPlan WholePlan() =>
        CapacityPlanner.Plan(CapacityProblemBuilder.Build(_inputs, Weeks, null), new CpSatHiringSolver(), new CapacityPlanSettings(CapacityPlanSettings.Default.TimeLimit, 1000, 1));

    /// <summary>The 52-week, 4-skill inputs built from data/capacity-sample.</summary>
    public static CapacityInputs Build()
    {
        var directory = Path.Combine(RepositoryRoot(), "data", "capacity-sample");
        var full = ScenarioFolder.Load(directory).Value;
        var site = full.Site with { Channels = [.. full.Site.Channels.Where(c => Skills.Contains(c.Id))] };
        var scenario = new Scenario(site, [.. full.Forecast.Where(f => Skills.Contains(f.ChannelId))]);
        var roster = RosterInputsFolder.Load(directory, full.Site).Value!;
        var agents = roster.Agents
            .Where(a => a.Skills.Any(s => Skills.Contains(s.ChannelId)))
            .Select(a => new Agent(a.Id, a.Name, [.. a.Skills.Where(s => Skills.Contains(s.ChannelId))], a.ContractId, a.HourlyWage, a.Status, a.ProductivityFactor))
            .ToList();
        var capacity = CapacityFolder.Load(directory, full, roster, 26).Value!.Value.Inputs;
        var weekly = new List<WeeklyVolume>();
        foreach (var skill in Skills)
        {
            var rows = scenario.Forecast.Where(f => f.ChannelId == skill && f.Volume > 0).ToList();
            var volume = rows.Sum(r => r.Volume);
            var aht = rows.Sum(r => r.Volume * r.AhtSeconds) / volume;
            for (var k = 1; k < Weeks; k++)
            {
                var season = 1 - (0.08 * Math.Exp(-Math.Pow((k - 22) / 4.0, 2)));
                weekly.Add(new WeeklyVolume(site.WeekStart.PlusWeeks(k), skill, Math.Round(volume * Math.Pow(1.008, k) * season), aht));
            }
        }

        return capacity with
        {
            Scenario = scenario,
            Roster = new RosterInputs(agents, roster.Contracts, [], []),
            WeeklyVolumes = weekly,
            Settings = capacity.Settings with { HorizonWeeks = Weeks },
        };
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workforce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Run the benchmarks inside the repository: data/capacity-sample is needed.");
    }
}
