using Prometheus;
using Workforce.Web.Runs;
using Workforce.Web.Sites;

namespace Workforce.Web.Operations;

/// <summary>
/// <c>/metrics</c> in the Prometheus text format (prometheus-net): plan runs per site and status (in the
/// database mode counted from <c>plan_runs</c>, so they survive restarts, plus this server's own runs), the
/// last completed run's solve seconds, objective, bound and under-coverage per site, and the HTTP request
/// metrics. Each server has its own registry, read fresh at every scrape.
/// </summary>
public sealed class WorkforceMetrics
{
    /// <summary>Statuses shown for every site, at 0 when it has none.</summary>
    private static readonly string[] Statuses = ["completed", "failed", "abandoned", "cancelled", "running"];

    private readonly Gauge _runs;
    private readonly Gauge _seconds;
    private readonly Gauge _objective;
    private readonly Gauge _bound;
    private readonly Gauge _underCovered;

    public WorkforceMetrics(ISiteStore store, RunTracker tracker)
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        _runs = factory.CreateGauge("workforce_plan_runs", "Plan runs by site and status: completed, failed, abandoned, cancelled, running.", "site", "status");
        _seconds = factory.CreateGauge("workforce_last_run_solve_seconds", "Seconds from start to end of the site's last completed plan run.", "site");
        _objective = factory.CreateGauge("workforce_last_run_objective_cents", "Objective of the site's last completed run's roster, in cents of the site currency.", "site");
        _bound = factory.CreateGauge("workforce_last_run_bound_cents", "Proven lower bound of the site's last completed run, in cents of the site currency.", "site");
        _underCovered = factory.CreateGauge("workforce_last_run_under_covered_agent_hours", "Agent-hours the site's last completed roster leaves under-covered.", "site");
        Registry.AddBeforeCollectCallback(async cancellationToken => Publish(await store.RunMetricsAsync(cancellationToken), tracker));
    }

    public CollectorRegistry Registry { get; }

    private void Publish(IReadOnlyList<SiteRunMetrics> stored, RunTracker tracker)
    {
        var sites = stored.ToDictionary(s => s.SiteId, StringComparer.Ordinal);
        foreach (var group in tracker.All.GroupBy(r => r.SiteId, StringComparer.Ordinal))
        {
            var counts = sites.TryGetValue(group.Key, out var known) ? new Dictionary<string, int>(known.RunsByStatus, StringComparer.Ordinal) : new Dictionary<string, int>(StringComparer.Ordinal);
            var views = group.Select(r => r.View()).ToList();
            foreach (var view in views)
            {
                counts[view.Status] = counts.GetValueOrDefault(view.Status) + 1;
            }

            // The last-run figures are the service's (stored) runs'; a server's own first plan stands in only where the store has none.
            var last = group.Where(r => r.Kind == "plan").Select(r => r.View()).Where(v => v.Status == PlanRun.Completed && v.FinishedAt is not null).MaxBy(v => v.FinishedAt);
            sites[group.Key] = known is { LastRunSeconds: not null } || last is null
                ? (known ?? new SiteRunMetrics(group.Key, counts, null, null, null, null)) with { RunsByStatus = counts }
                : new SiteRunMetrics(group.Key, counts, (last.FinishedAt!.Value - last.StartedAt).TotalSeconds, last.Objective, last.Bound, null);
        }

        foreach (var site in sites.Values)
        {
            foreach (var status in Statuses.Union(site.RunsByStatus.Keys))
            {
                _runs.WithLabels(site.SiteId, status).Set(site.RunsByStatus.GetValueOrDefault(status));
            }

            Set(_seconds, site.SiteId, site.LastRunSeconds);
            Set(_objective, site.SiteId, site.LastObjective);
            Set(_bound, site.SiteId, site.LastBound);
            Set(_underCovered, site.SiteId, site.LastUnderCoveredAgentHours);
        }
    }

    private static void Set(Gauge gauge, string site, double? value)
    {
        if (value is { } v)
        {
            gauge.WithLabels(site).Set(v);
        }
    }
}
