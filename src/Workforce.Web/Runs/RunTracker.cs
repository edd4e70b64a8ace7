using System.Collections.Concurrent;
using System.Security.Cryptography;
using NodaTime;

namespace Workforce.Web.Runs;

/// <summary>The plans this server has run or is running, by id (they live as long as the process).</summary>
public sealed class RunTracker(IClock clock)
{
    private readonly ConcurrentDictionary<string, PlanRun> _runs = new(StringComparer.Ordinal);

    public PlanRun Open(string siteId, string kind)
    {
        var run = new PlanRun($"{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}", siteId, kind, clock.GetCurrentInstant());
        _runs[run.Id] = run;
        return run;
    }

    public PlanRun? Find(string siteId, string runId) => _runs.TryGetValue(runId, out var run) && run.SiteId == siteId ? run : null;

    /// <summary>The site's runs, newest first.</summary>
    public IReadOnlyList<PlanRun> ForSite(string siteId) => [.. _runs.Values.Where(r => r.SiteId == siteId).OrderByDescending(r => r.StartedAt)];

    public IReadOnlyList<PlanRun> All => [.. _runs.Values];
}
