using NodaTime;

namespace Workforce.Core.Planning;

/// <summary>A shift as the comparison sees it: who, which day (the day it starts), from when to when, in site-local time.</summary>
public sealed record ComparedShift(string AgentId, LocalDate Date, LocalDateTime Start, LocalDateTime End);

/// <summary>One interval of one channel's coverage: agents required and scheduled, and the service level the roster is projected to deliver (null where it has none).</summary>
public sealed record ComparedCoverage(LocalDateTime IntervalStart, string ChannelId, double Required, double Scheduled, double? ProjectedServiceLevel);

/// <summary>How one agent's day changed: <c>added</c> (off before, working now), <c>removed</c> or <c>moved</c> (another start or end).</summary>
public sealed record ShiftChange(string AgentId, LocalDate Date, string Change, ComparedShift? Before, ComparedShift? After);

/// <summary>
/// One channel-day before and after, in agent-hours: required, scheduled and under-covered (the required
/// agents the roster leaves uncovered, summed over intervals), and the mean projected service level over
/// the day's intervals that have one.
/// </summary>
public sealed record CoverageChange(
    string ChannelId,
    LocalDate Date,
    double RequiredBefore,
    double RequiredAfter,
    double ScheduledBefore,
    double ScheduledAfter,
    double UnderCoveredBefore,
    double UnderCoveredAfter,
    double? ServiceLevelBefore,
    double? ServiceLevelAfter);

/// <summary>
/// A draft roster against the published one: the shifts added, removed and moved, and the coverage of
/// every channel-day before and after. What a planner reads before publishing a what-if.
/// </summary>
public sealed record RosterComparison(IReadOnlyList<ShiftChange> Shifts, IReadOnlyList<CoverageChange> Coverage)
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Moved = "moved";

    /// <param name="before">The published roster's shifts (empty when nothing was published).</param>
    /// <param name="after">The draft's shifts.</param>
    /// <param name="coverageBefore">The published roster's coverage (empty when nothing was published).</param>
    /// <param name="coverageAfter">The draft's coverage.</param>
    /// <param name="interval">The site's interval length, which turns agents into agent-hours.</param>
    public static RosterComparison Compare(
        IReadOnlyList<ComparedShift> before,
        IReadOnlyList<ComparedShift> after,
        IReadOnlyList<ComparedCoverage> coverageBefore,
        IReadOnlyList<ComparedCoverage> coverageAfter,
        Duration interval)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(coverageBefore);
        ArgumentNullException.ThrowIfNull(coverageAfter);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, Duration.Zero);
        return new RosterComparison(ShiftChanges(before, after), CoverageChanges(coverageBefore, coverageAfter, interval.TotalHours));
    }

    private static List<ShiftChange> ShiftChanges(IReadOnlyList<ComparedShift> before, IReadOnlyList<ComparedShift> after)
    {
        var old = before.ToDictionary(s => (s.AgentId, s.Date));
        var now = after.ToDictionary(s => (s.AgentId, s.Date));
        var changes = new List<ShiftChange>();
        foreach (var key in old.Keys.Union(now.Keys).OrderBy(k => k.Date).ThenBy(k => k.AgentId, StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(key);
            var @is = now.GetValueOrDefault(key);
            var change = (was, @is) switch
            {
                (null, not null) => Added,
                (not null, null) => Removed,
                (not null, not null) when was.Start != @is.Start || was.End != @is.End => Moved,
                _ => null,
            };
            if (change is not null)
            {
                changes.Add(new ShiftChange(key.AgentId, key.Date, change, was, @is));
            }
        }

        return changes;
    }

    private static List<CoverageChange> CoverageChanges(IReadOnlyList<ComparedCoverage> before, IReadOnlyList<ComparedCoverage> after, double hoursPerInterval)
    {
        var old = Daily(before, hoursPerInterval);
        var now = Daily(after, hoursPerInterval);
        var empty = new Day(0, 0, 0, null);
        return [.. old.Keys.Union(now.Keys)
            .OrderBy(k => k.Date).ThenBy(k => k.ChannelId, StringComparer.Ordinal)
            .Select(k =>
            {
                var was = old.GetValueOrDefault(k, empty);
                var @is = now.GetValueOrDefault(k, empty);
                return new CoverageChange(k.ChannelId, k.Date, was.Required, @is.Required, was.Scheduled, @is.Scheduled, was.UnderCovered, @is.UnderCovered, was.ServiceLevel, @is.ServiceLevel);
            })];
    }

    private sealed record Day(double Required, double Scheduled, double UnderCovered, double? ServiceLevel);

    private static Dictionary<(string ChannelId, LocalDate Date), Day> Daily(IReadOnlyList<ComparedCoverage> rows, double hoursPerInterval) =>
        rows.GroupBy(r => (r.ChannelId, r.IntervalStart.Date)).ToDictionary(
            g => g.Key,
            g =>
            {
                var levels = g.Where(r => r.ProjectedServiceLevel is not null).Select(r => r.ProjectedServiceLevel!.Value).ToList();
                return new Day(
                    g.Sum(r => r.Required) * hoursPerInterval,
                    g.Sum(r => r.Scheduled) * hoursPerInterval,
                    g.Sum(r => Math.Max(0, r.Required - r.Scheduled)) * hoursPerInterval,
                    levels.Count > 0 ? levels.Average() : null);
            });
}
