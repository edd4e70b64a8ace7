using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;
using Workforce.Files.Scenario;
using Workforce.Scheduling.Capacity;
using Workforce.Scheduling.Roster;

namespace Workforce.Cli.Tests;

/// <summary>
/// A 16-agent cut of data/capacity-sample with the sample's pricing terms, planned once by
/// <see cref="PlanPipeline"/> (roster, capacity and prices, a few seconds) for the tests below.
/// </summary>
public sealed class SixteenAgentPlan : IDisposable
{
    private readonly Recorded _progress = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));

    public SixteenAgentPlan()
    {
        Directory.CreateDirectory(_folder);
        var root = CliRunner.RepositoryRoot();
        var capacity = Path.Combine(root, "data", "capacity-sample");
        foreach (var file in Directory.GetFiles(capacity))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(root, "data", "sample", "pricing.json"), Path.Combine(_folder, "pricing.json"));
        AgentCut.Write(capacity, _folder, 16);

        var loaded = PlanFolder.Load(_folder, StaffingQuantile.P50);
        Assert.True(loaded.Succeeded, loaded.Error?.ToString());
        Request = loaded.Value with { Settings = Settings };
        Result = new PlanPipeline(new WeekRosterSolver(), new CpSatHiringSolver()).Run(Request, _progress, CancellationToken.None);
    }

    /// <summary>Four seconds of search on two threads, a second for the hiring model.</summary>
    public static PlanSettings Settings { get; } = new(new RosterRunSettings(new RosterSolverSettings(TimeSpan.FromSeconds(4), 2, 1, null)), TimeSpan.FromSeconds(1), 1);

    public PlanRequest Request { get; }

    public PlanResult Result { get; }

    public IReadOnlyList<RosterProgress> Progress => _progress.Reports;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Every report, kept as it arrives (the search reports from its own threads).</summary>
    private sealed class Recorded : IProgress<RosterProgress>
    {
        private readonly Lock _gate = new();
        private readonly List<RosterProgress> _reports = [];

        public IReadOnlyList<RosterProgress> Reports
        {
            get
            {
                lock (_gate)
                {
                    return [.. _reports];
                }
            }
        }

        public void Report(RosterProgress value)
        {
            lock (_gate)
            {
                _reports.Add(value);
            }
        }
    }
}

public class PlanPipelineTests(SixteenAgentPlan plan) : IClassFixture<SixteenAgentPlan>
{
    [Fact]
    public void Staffing_runs_once_and_the_roster_uses_it()
    {
        var scenario = plan.Result.Scenario;
        Assert.Equal(StaffingPlanner.Staff(scenario.Site, scenario.Forecast), plan.Result.Requirements);
        Assert.Same(plan.Result.Requirements, plan.Result.Roster!.Requirements);
    }

    [Fact]
    public void A_roster_comes_back_for_the_sixteen_agents()
    {
        Assert.Equal(RosterOutcome.Rostered, plan.Result.Roster!.Outcome);
        Assert.NotNull(plan.Result.Roster.Report);
        Assert.Equal(16, plan.Request.Roster!.Agents.Count);
    }

    [Fact]
    public void Prices_use_the_capacity_plans_attrition_not_the_terms()
    {
        var planned = CapacityAttrition.From(plan.Result.Capacity!.Plan);
        Assert.NotEqual(plan.Request.Pricing!.Rates.Attrition, planned);
        Assert.Equal(planned, plan.Result.PricingTerms!.Rates.Attrition);
        Assert.NotNull(plan.Result.Prices);
    }

    [Fact]
    public void The_capacity_plan_uses_the_rosters_measured_efficiency()
    {
        Assert.Equal("this run's roster", plan.Result.Capacity!.EfficiencySource);
    }

    [Fact]
    public void Notes_say_how_capacity_and_pricing_figures_were_chosen()
    {
        Assert.Contains(plan.Result.Notes, n => n.StartsWith("Planning capacity over 26 weeks", StringComparison.Ordinal));
        Assert.Contains(plan.Result.Notes, n => n.StartsWith("Pricing attrition from the capacity plan:", StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_reports_the_capacity_stages()
    {
        Assert.Contains(plan.Progress, p => p.Stage == "capacity: hiring model and Monte Carlo band");
    }

    [Fact]
    public void Without_agents_the_plan_staffs_only_and_prices_nothing()
    {
        var result = new PlanPipeline(new WeekRosterSolver(), new CpSatHiringSolver())
            .Run(plan.Request with { Roster = null, Capacity = null }, null, CancellationToken.None);
        Assert.Null(result.Roster);
        Assert.Null(result.Prices);
        Assert.Equal(plan.Result.Requirements, result.Requirements);
    }
}
