using NodaTime;
using NodaTime.Text;

namespace Workforce.Service;

/// <summary>The <c>Planning</c> section of the configuration (appsettings.json, overridable by <c>Planning__X</c> variables).</summary>
internal sealed class PlanningOptions
{
    public const string Section = "Planning";

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>Local time, in each site's own time zone, from which the site's day is due ("02:00").</summary>
    public string RunAt { get; set; } = "02:00";

    /// <summary>Run times for particular sites, by site id, overriding <see cref="RunAt"/>.</summary>
    public Dictionary<string, string> SiteRunAt { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Days from the plan date that the re-forecast and staffing cover (at least to the end of the week
    /// rostered). The engine rosters one week: the week of the first day after the freeze window.
    /// </summary>
    public int HorizonDays { get; set; } = 7;

    /// <summary>Days from the plan date whose shifts agents have been told and a re-plan must not change (0: none).</summary>
    public int FreezeDays { get; set; } = 2;

    public TimeSpan SolverTimeLimit { get; set; } = TimeSpan.FromMinutes(1);

    public int SolverThreads { get; set; } = 2;

    /// <summary>How long a run stays claimed without a renewal; a dead instance's run is abandoned after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a long-running service looks for due sites.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A failed site-day is tried again after this long, then twice as long after each further failure, each
    /// wait spread by ±20 % (an abandoned or cancelled one at once).
    /// </summary>
    public TimeSpan RetryFailedAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Most runs of one site and plan date that may fail; after the last, the day is given up (until <c>--force</c>).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// Derive each new week's carry-in from the published rosters (and worked time) of the weeks before it;
    /// false: always use the carry-in stored at import.
    /// </summary>
    public bool DeriveCarryIn { get; set; } = true;

    /// <summary>How many weeks of published rosters the carry-in is derived from, at most (runs of days, weekends, late shifts).</summary>
    public int CarryInWeeks { get; set; } = 4;

    /// <summary>How long database errors are retried with exponential backoff before the service gives up.</summary>
    public TimeSpan MaxDatabaseOutage { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The run time of a site, checked: one line naming the setting when it is not HH:mm.</summary>
    public LocalTime RunTimeFor(string siteId)
    {
        var (name, text) = SiteRunAt.TryGetValue(siteId, out var own) ? ($"{Section}:SiteRunAt:{siteId}", own) : ($"{Section}:RunAt", RunAt);
        var parsed = TimePattern.Parse(text ?? string.Empty);
        return parsed.Success ? parsed.Value : throw new ConfigurationException($"{name}: expected a local time HH:mm, got '{text}'");
    }

    /// <summary>Checks the settings once at start, so a bad value stops the service before it claims anything.</summary>
    public void Validate()
    {
        _ = RunTimeFor(string.Empty);
        foreach (var site in SiteRunAt.Keys)
        {
            _ = RunTimeFor(site);
        }

        Require(HorizonDays >= 1, "HorizonDays", "must be at least 1");
        Require(FreezeDays >= 0 && FreezeDays < HorizonDays, "FreezeDays", "must lie in 0 to HorizonDays − 1");
        Require(SolverTimeLimit > TimeSpan.Zero, "SolverTimeLimit", "must be positive");
        Require(SolverThreads >= 1, "SolverThreads", "must be at least 1");
        Require(Lease >= TimeSpan.FromSeconds(1), "Lease", "must be at least 1 second");
        Require(PollInterval > TimeSpan.Zero, "PollInterval", "must be positive");
        Require(RetryFailedAfter >= TimeSpan.Zero, "RetryFailedAfter", "must not be negative");
        Require(MaxDatabaseOutage >= TimeSpan.Zero, "MaxDatabaseOutage", "must not be negative");
        Require(MaxAttempts >= 1, "MaxAttempts", "must be at least 1");
        Require(CarryInWeeks >= 1, "CarryInWeeks", "must be at least 1");
    }

    /// <summary>When failed site-days are tried again.</summary>
    public Storage.Planning.FailedRunRetry FailedRunRetry() => new(MaxAttempts, Duration.FromTimeSpan(RetryFailedAfter));

    /// <summary>The carry-in's reference period must reach the longest weekend reference period of any contract (less the week planned).</summary>
    public int CarryInWeeksFor(IEnumerable<Core.Rostering.Contract> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        return Math.Max(CarryInWeeks, contracts.Select(c => c.WeekendReferenceWeeks - 1).DefaultIfEmpty(0).Max());
    }

    private static void Require(bool holds, string name, string message)
    {
        if (!holds)
        {
            throw new ConfigurationException($"{Section}:{name}: {message}");
        }
    }
}

/// <summary>A setting the service cannot run with; reported as one line, exit code 2.</summary>
internal sealed class ConfigurationException(string message) : Exception(message);
