using Microsoft.Extensions.Options;
using NodaTime;
using Workforce.Core.Capacity;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;
using Workforce.Web.Sites;

namespace Workforce.Web.Runs;

/// <summary>
/// Runs plans in the background, at most <see cref="WebOptions.ConcurrentPlans"/> at once: the embedded
/// folder's first plan, and what-ifs (the week planned again from the changed scenario, against the
/// published roster with its frozen days and the change penalty, and kept as a draft). Progress goes to
/// the run; the result is a draft and its comparison with the published version.
/// </summary>
public sealed partial class PlanRunner(
    ISiteStore store,
    RunTracker tracker,
    IRosterSolver solver,
    IHiringSolver hiringSolver,
    IClock clock,
    IOptions<WebOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<PlanRunner> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.ConcurrentPlans));

    /// <summary>Plans the site afresh (or against its published roster) and publishes the result: the embedded folder's first plan.</summary>
    public async Task<PlanRun> StartPlanAsync(string siteId, CancellationToken cancellationToken)
    {
        var (basis, error) = await store.PlanningBasisAsync(siteId, null, cancellationToken);
        var run = tracker.Open(siteId, "plan");
        if (basis is null)
        {
            run.Fail(PlanRun.Failed, error ?? "no basis", clock.GetCurrentInstant());
            return run;
        }

        Launch(run, ct => PlanAsync(run, basis, null, null, publish: true, "owner", ct));
        return run;
    }

    /// <summary>Starts a what-if whose <see cref="WhatIf.Problems"/> the caller has checked against <paramref name="basis"/>.</summary>
    public PlanRun StartWhatIf(string siteId, PlanningBasis basis, WhatIf whatIf, string whatIfJson, string createdBy)
    {
        var run = tracker.Open(siteId, "what-if");
        Launch(run, ct => PlanAsync(run, basis, whatIf, whatIfJson, publish: false, createdBy, ct));
        return run;
    }

    private void Launch(PlanRun run, Func<CancellationToken, Task> work)
    {
        var stopping = lifetime.ApplicationStopping;
        _ = Task.Run(
            async () =>
            {
                using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = run.Id, ["SiteId"] = run.SiteId });
                try
                {
                    await _slots.WaitAsync(stopping);
                }
                catch (OperationCanceledException)
                {
                    run.Fail(PlanRun.Cancelled, "the server stopped before the run started", clock.GetCurrentInstant());
                    return;
                }

                try
                {
                    run.Start();
                    Log.RunStarted(logger, run.Id, run.Kind, run.SiteId);
                    await work(stopping);
                    var ended = run.View();
                    Log.RunEnded(logger, run.Id, ended.Status, ended.Error ?? "");
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    run.Fail(PlanRun.Cancelled, "the server stopped while the run was in progress", clock.GetCurrentInstant());
                }
                catch (Exception ex)
                {
                    // One failed plan must not take the server down: the run says why.
                    Log.RunCrashed(logger, ex, run.Id);
                    run.Fail(PlanRun.Failed, $"{ex.GetType().Name}: {ex.Message}", clock.GetCurrentInstant());
                }
                finally
                {
                    _slots.Release();
                }
            },
            CancellationToken.None);
    }

    private async Task PlanAsync(PlanRun run, PlanningBasis basis, WhatIf? whatIf, string? whatIfJson, bool publish, string createdBy, CancellationToken cancellationToken)
    {
        if (basis.Inputs is null)
        {
            run.Fail(PlanRun.Failed, "the site has no agents: there is no roster to plan", clock.GetCurrentInstant());
            return;
        }

        var scenario = whatIf?.ApplyTo(basis.Scenario) ?? basis.Scenario;
        var frozenThrough = whatIf?.FrozenThrough ?? basis.FrozenThroughDefault.Value;
        var againstPublished = basis.Inputs with { Baseline = basis.Published is { } published ? new BaselineRoster(published.Shifts, frozenThrough) : null };
        var inputs = whatIf?.ApplyTo(againstPublished) ?? againstPublished;
        var settings = new RosterSolverSettings(options.Value.PlanTimeLimit, options.Value.SolverThreads, Seed: 1, DeterministicTimeLimit: null);
        var started = clock.GetCurrentInstant();
        var progress = new RunProgress(run, clock, started);
        // A full plan (the folder's first) also prices the roster and plans capacity; a what-if plans the roster only.
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        var request = PlanRequest.ForForecast(scenario, whatIf?.StaffAt ?? StaffingQuantile.P50) with
        {
            Roster = inputs,
            Pricing = publish ? basis.Pricing : null,
            Capacity = publish ? basis.Capacity : null,
            Settings = new PlanSettings(
                new RosterRunSettings(settings, Strict: false, TimeLeft: () => options.Value.PlanTimeLimit - deadline.Elapsed),
                CapacityTimeLimit: PlanSettings.CapacityShare(options.Value.PlanTimeLimit),
                CapacitySeed: 1),
        };
        var plan = await Task.Run(() => new PlanPipeline(solver, hiringSolver).Run(request, progress, cancellationToken), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var result = plan.Roster!;
        var requirements = plan.Requirements;
        if (result.Report is not { } report)
        {
            run.Fail(PlanRun.Failed, string.Join("; ", result.Problems), clock.GetCurrentInstant());
            return;
        }

        var planned = basis with { Scenario = scenario };
        var draftId = await store.SaveDraftAsync(run.SiteId, basis.PublishedVersionId, planned, report, requirements, whatIfJson, createdBy, cancellationToken);
        if (publish)
        {
            var outcome = await store.PublishAsync(run.SiteId, draftId, basis.PublishedVersionId, cancellationToken);
            if (outcome != PublishOutcome.Published)
            {
                run.Fail(PlanRun.Failed, $"the plan's roster could not be published: {outcome}", clock.GetCurrentInstant());
                return;
            }
        }

        await store.KeepPlanAsync(run.SiteId, draftId, run.Id, plan.Prices, cancellationToken);
        var notes = plan.Notes.Concat(result.Unrostered.Select(u => $"not rostered: {u.Reason}")).ToList();
        var comparison = whatIf is null ? null : await CompareAsync(run.SiteId, basis, draftId, report, notes, cancellationToken);
        run.Complete(draftId, comparison, clock.GetCurrentInstant());
    }

    /// <summary>The draft against the version it was made from: changed shifts, coverage per channel-day, both rosters' figures (with costs; the door strips them).</summary>
    private async Task<WhatIfResultView> CompareAsync(string siteId, PlanningBasis basis, long draftId, RosterReport report, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        var draft = (await store.RosterVersionAsync(siteId, draftId, withCosts: true, cancellationToken))!;
        var draftCoverage = (await store.CoverageAsync(siteId, draftId, cancellationToken))!;
        var published = basis.PublishedVersionId is { } baseId ? await store.RosterVersionAsync(siteId, baseId, withCosts: true, cancellationToken) : null;
        var publishedCoverage = basis.PublishedVersionId is { } id ? await store.CoverageAsync(siteId, id, cancellationToken) ?? [] : [];
        var comparison = RosterComparison.Compare(
            Shifts(published), Shifts(draft), Coverage(publishedCoverage), Coverage(draftCoverage), basis.Scenario.Site.IntervalLength);
        return new WhatIfResultView(draftId, basis.PublishedVersionId, ViewMapping.Figures(report.Summary, withCosts: true), published?.Figures, comparison.Shifts, comparison.Coverage, notes);
    }

    private static List<ComparedShift> Shifts(RosterVersionDetail? version) =>
        version is null ? [] : [.. version.Shifts.Select(s => new ComparedShift(s.AgentId, s.Date, s.Start, s.End))];

    private static List<ComparedCoverage> Coverage(IReadOnlyList<CoverageView> rows) =>
        [.. rows.Select(r => new ComparedCoverage(r.IntervalStart, r.Channel, r.Required, r.Scheduled, r.ProjectedServiceLevel))];

    public void Dispose() => _slots.Dispose();

    /// <summary>The solver's progress reports as the run's events (tuning diagnostics left out).</summary>
    private sealed class RunProgress(PlanRun run, IClock clock, Instant started) : IProgress<RosterProgress>
    {
        public void Report(RosterProgress value)
        {
            if (value.Detail is null)
            {
                run.Report(new RunProgressView(
                    value.Stage,
                    Math.Round((clock.GetCurrentInstant() - started).TotalSeconds, 2),
                    ViewMapping.Finite(value.Objective),
                    ViewMapping.Finite(value.Bound)));
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Run {RunId} ({Kind}) of site {SiteId} started")]
        public static partial void RunStarted(ILogger logger, string runId, string kind, string siteId);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Run {RunId} ended: {Status} {Error}")]
        public static partial void RunEnded(ILogger logger, string runId, string status, string error);

        [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Run {RunId} failed")]
        public static partial void RunCrashed(ILogger logger, Exception exception, string runId);
    }
}
