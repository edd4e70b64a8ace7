using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Workforce.Storage.Planning;

namespace Workforce.Service;

/// <summary>What one cycle did.</summary>
internal sealed record CycleSummary(int Claimed, int Completed, int Failed, int Cancelled, int LeaseLost);

/// <summary>
/// One pass over the sites: every due site-day that no instance has planned or is planning is claimed and
/// planned, one after the other. Several instances running cycles at once share the sites between them.
/// </summary>
internal sealed class PlanningCycle(PlanRunStore runs, SitePlanner planner, DatabaseRetry retry, IOptions<PlanningOptions> options, IClock clock, ILogger<PlanningCycle> logger)
{
    public async Task<CycleSummary> RunAsync(RunMode mode, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var force = mode.Force;
        var sites = await retry.RunAsync("listing sites", runs.ListSitesAsync, cancellationToken);
        var due = DueSites.At(clock.GetCurrentInstant(), sites, settings.RunTimeFor, force, s => Log.UnknownTimeZone(logger, s.SiteId, s.TimeZone), mode.PlanDate);
        Log.CycleStarted(logger, due.Count, sites.Count, force);
        var ends = new List<RunEnd>();
        foreach (var site in due)
        {
            PlanRunClaim? claim;
            try
            {
                claim = await retry.RunAsync(
                    "claiming a site",
                    ct => runs.TryClaimAsync(site.SiteId, site.PlanDate, force, Duration.FromTimeSpan(settings.Lease), settings.FailedRunRetry(), ct),
                    cancellationToken);
            }
            catch (Npgsql.PostgresException ex) when (!DatabaseRetry.IsUnreachable(ex))
            {
                // One site's rows the claim cannot read must not stop the others.
                Log.ClaimFailed(logger, site.SiteId, ex.Message);
                ends.Add(RunEnd.Failed);
                continue;
            }

            if (claim is null)
            {
                continue;
            }

            if (claim.AbandonedRuns > 0)
            {
                Log.RunsAbandoned(logger, claim.AbandonedRuns, claim.SiteId);
            }

            Log.RunClaimed(logger, claim.PlanRunId, claim.SiteId, LocalDatePattern.Iso.Format(claim.PlanDate));
            var end = await planner.PlanAsync(claim, cancellationToken);
            ends.Add(end);
            if (end == RunEnd.Cancelled)
            {
                break;
            }
        }

        var summary = new CycleSummary(
            ends.Count,
            ends.Count(e => e == RunEnd.Completed),
            ends.Count(e => e == RunEnd.Failed),
            ends.Count(e => e == RunEnd.Cancelled),
            ends.Count(e => e == RunEnd.LeaseLost));
        Log.CycleFinished(logger, summary.Claimed, summary.Completed, summary.Failed, summary.Cancelled, summary.LeaseLost);
        return summary;
    }
}
