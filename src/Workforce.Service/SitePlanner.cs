using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Planning;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;
using Workforce.Storage.Planning;
using Workforce.Storage.Scenarios;

namespace Workforce.Service;

/// <summary>How one claimed run ended.</summary>
internal enum RunEnd
{
    Completed,
    Failed,
    Cancelled,
    LeaseLost,
}

/// <summary>
/// Plans one claimed site-day: loads the site, re-forecasts from actuals, staffs, and re-rosters the week of
/// the first day after the freeze window against its published roster with the roster engine, then writes
/// the forecast version, the roster version and the run in one transaction. The lease is renewed while it
/// works; if another instance closes the run meanwhile, the search stops and nothing is written.
/// </summary>
internal sealed class SitePlanner(
    ScenarioExporter sites,
    RosterVersionStore rosters,
    PlanRunStore runs,
    IReforecaster reforecaster,
    IRosterSolver solver,
    IWorkHistorySource history,
    DatabaseRetry retry,
    IOptions<PlanningOptions> options,
    ILogger<SitePlanner> logger)
{
    /// <summary>How long closing a run may take once the service is stopping.</summary>
    private static readonly TimeSpan CloseOnStopTimeout = TimeSpan.FromSeconds(10);

    public async Task<RunEnd> PlanAsync(PlanRunClaim claim, CancellationToken stopping)
    {
        using var leaseLost = new CancellationTokenSource();
        using var work = CancellationTokenSource.CreateLinkedTokenSource(stopping, leaseLost.Token);
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var renewal = RenewLeaseUntilDoneAsync(claim, leaseLost, renewing.Token);
        try
        {
            var outcome = await PlanSiteAsync(claim, work.Token);
            await renewing.CancelAsync();
            await renewal;
            if (outcome.Problems is { } problems)
            {
                return await CloseAsync(claim, PlanRunStatus.Failed, problems, stopping);
            }

            var completed = await retry.RunAsync("writing the plan run", ct => runs.CompleteAsync(claim.PlanRunId, outcome.Written!, ct), stopping);
            if (!completed)
            {
                Log.LeaseLost(logger, claim.PlanRunId, claim.SiteId);
                return RunEnd.LeaseLost;
            }

            var summary = outcome.Written!.Roster?.Summary;
            Log.RunCompleted(logger, claim.PlanRunId, claim.SiteId, summary?.Shifts ?? 0, summary?.Status ?? "no roster (no agents)", summary?.Objective ?? 0, summary?.Bound ?? 0);
            return RunEnd.Completed;
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            Log.LeaseLost(logger, claim.PlanRunId, claim.SiteId);
            return RunEnd.LeaseLost;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Log.RunCancelled(logger, claim.PlanRunId, claim.SiteId);
            using var closing = new CancellationTokenSource(CloseOnStopTimeout);
            try
            {
                await runs.CloseAsync(claim.PlanRunId, PlanRunStatus.Cancelled, "the service was stopped while the run was in progress", closing.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException || DatabaseRetry.IsUnreachable(ex))
            {
                Log.CancelNotRecorded(logger, claim.PlanRunId, ex.Message);
            }

            return RunEnd.Cancelled;
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or DatabaseUnavailableException) && !DatabaseRetry.IsUnreachable(ex))
        {
            // A bug or bad data in one site must not stop the others: record it on the run and go on.
            return await CloseAsync(claim, PlanRunStatus.Failed, $"{ex.GetType().Name}: {ex.Message}", stopping);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }
    }

    /// <summary>What a run produced: what to write, or why there is nothing to write.</summary>
    private sealed record Outcome(PlanRunOutcome? Written, string? Problems);

    private async Task<Outcome> PlanSiteAsync(PlanRunClaim claim, CancellationToken cancellationToken)
    {
        var site = await retry.RunAsync("loading the site", ct => sites.LoadAsync(claim.SiteId, ct), cancellationToken)
            ?? throw new InvalidOperationException($"site {claim.SiteId} disappeared after it was claimed");
        var window = ReplanWindow.For(site.Scenario.Site.WeekStart, claim.PlanDate, options.Value.FreezeDays, options.Value.HorizonDays);
        var basis = await reforecaster.ReforecastAsync(site, window, cancellationToken);
        var scenario = basis.Scenario;
        var weekStart = scenario.Site.WeekStart;
        if (site.RosterInputs is not { } inputs)
        {
            var requirements = StaffingPlanner.Staff(scenario.Site, scenario.Forecast);
            return new Outcome(Written(basis, requirements, null), null);
        }

        // The engine's own baseline path, as `workforce roster --frozen-through` takes it: the week's
        // published roster, frozen through the last frozen day, each later change at the change penalty.
        var published = await retry.RunAsync("loading the published roster", ct => rosters.LoadPublishedAsync(claim.SiteId, weekStart, ct), cancellationToken);
        if (published is null)
        {
            Log.RosterAfresh(logger, claim.SiteId, LocalDatePattern.Iso.Format(weekStart));
        }
        else
        {
            Log.RosterAgainstBaseline(logger, claim.SiteId, LocalDatePattern.Iso.Format(weekStart), published.RosterVersionId, basis.FrozenThrough is { } last ? LocalDatePattern.Iso.Format(last) : "no day");
        }

        inputs = await WithCarryInAsync(claim.SiteId, site.Scenario.Site.WeekStart, scenario.Site, inputs, cancellationToken);
        inputs = inputs with { Baseline = published is null ? null : published.Roster with { FrozenThrough = basis.FrozenThrough } };
        var settings = new RosterSolverSettings(options.Value.SolverTimeLimit, options.Value.SolverThreads, Seed: 1, DeterministicTimeLimit: null);
        var progress = new Progress(logger, claim.SiteId);
        var result = await Task.Run(() => RosterPipeline.Run(scenario, inputs, solver, new RosterRunSettings(settings), progress, cancellationToken), cancellationToken);
        // The solver returns its best roster when stopped; a stopped run is cancelled, not completed.
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var agent in result.Unrostered)
        {
            // One agent's contradictory data never sinks the site: everyone else is rostered.
            Log.AgentNotRostered(logger, claim.SiteId, agent.AgentId, agent.Rule, agent.Reason);
        }

        return result.Report is null
            ? new Outcome(null, string.Join("; ", result.Problems))
            : new Outcome(Written(basis, result.Requirements, result.Report), null);
    }

    /// <summary>
    /// The inputs with each agent's carry-in derived from the published rosters (and worked time) of the weeks
    /// before the one rostered; the imported carry-in (given for <paramref name="importedFor"/>) when the week
    /// before has no published roster, or when <see cref="PlanningOptions.DeriveCarryIn"/> is off.
    /// </summary>
    private async Task<RosterInputs> WithCarryInAsync(string siteId, LocalDate importedFor, Core.Sites.Site site, RosterInputs inputs, CancellationToken cancellationToken)
    {
        var weekStart = site.WeekStart;
        if (!options.Value.DeriveCarryIn)
        {
            return inputs;
        }

        var weeks = options.Value.CarryInWeeksFor(inputs.Contracts);
        var worked = await retry.RunAsync("loading the work history", ct => history.LoadAsync(siteId, weekStart, weeks, ct), cancellationToken);
        if (worked is null)
        {
            Log.CarryInImported(logger, siteId, LocalDatePattern.Iso.Format(weekStart));
            return inputs;
        }

        Log.CarryInDerived(
            logger,
            siteId,
            LocalDatePattern.Iso.Format(weekStart),
            LocalDatePattern.Iso.Format(worked.CoveredFrom),
            worked.Published.Count,
            worked.WorkedThrough is { } through ? LocalDatePattern.Iso.Format(through) : "none recorded");
        return inputs.WithCarryIn(CarryInDerivation.Derive(inputs, weekStart, site.WeekendDays, worked, importedFor));
    }

    private static PlanRunOutcome Written(PlanningBasis basis, IReadOnlyList<IntervalRequirement> requirements, Core.Rostering.Reporting.RosterReport? roster) =>
        new(basis.StoredForecastVersionId, requirements, roster, basis.Scenario.Site.WeekStart) { Reforecast = basis.Reforecast, ReforecastQuantiles = basis.ReforecastQuantiles };

    private async Task<RunEnd> CloseAsync(PlanRunClaim claim, string status, string reason, CancellationToken stopping)
    {
        Log.RunFailed(logger, claim.PlanRunId, claim.SiteId, reason);
        var closed = await retry.RunAsync("closing the plan run", ct => runs.CloseAsync(claim.PlanRunId, status, reason, ct), stopping);
        if (closed && claim.Attempt >= options.Value.MaxAttempts)
        {
            // The claim will not open this site-day again (without --force): said once, here.
            Log.GaveUp(logger, claim.SiteId, LocalDatePattern.Iso.Format(claim.PlanDate), claim.Attempt, reason);
        }

        return closed ? RunEnd.Failed : RunEnd.LeaseLost;
    }

    private async Task RenewLeaseUntilDoneAsync(PlanRunClaim claim, CancellationTokenSource leaseLost, CancellationToken done)
    {
        var lease = Duration.FromTimeSpan(options.Value.Lease);
        var every = options.Value.Lease / 3;
        while (!done.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, done);
                if (!await runs.RenewLeaseAsync(claim.PlanRunId, lease, done))
                {
                    await leaseLost.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (done.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (DatabaseRetry.IsUnreachable(ex))
            {
                // The database may come back before the lease runs out; the next renewal tries again.
                Log.LeaseRenewalFailed(logger, claim.PlanRunId, ex.Message);
            }
        }
    }

    private sealed class Progress(ILogger logger, string siteId) : IProgress<RosterProgress>
    {
        public void Report(RosterProgress value)
        {
            if (value.Detail is null)
            {
                Log.SolverProgress(logger, siteId, value.Seconds, value.Stage, value.Objective, value.Bound);
            }
        }
    }
}
