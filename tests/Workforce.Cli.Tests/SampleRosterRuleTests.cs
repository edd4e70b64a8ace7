namespace Workforce.Cli.Tests;

/// <summary>
/// The sample roster checked rule by rule from its output files, without the solver's help: what a
/// planner publishes must keep every hard rule whatever the engine believes.
/// </summary>
public class SampleRosterRuleTests(SampleRosterFixture roster) : IClassFixture<SampleRosterFixture>
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Every_agent_rests_at_least_the_contract_minimum_between_shifts_including_from_last_week()
    {
        foreach (var shifts in roster.Shifts.GroupBy(s => s.AgentId))
        {
            var minRest = TimeSpan.FromHours(roster.Contracts[roster.Agents[shifts.Key].Contract].MinRestHours);
            var previousEnd = roster.CarryIn.TryGetValue(shifts.Key, out var carry) ? carry.LastEnd : null;
            foreach (var shift in shifts.OrderBy(s => s.Start))
            {
                if (previousEnd is { } end)
                {
                    Assert.True(shift.Start - end >= minRest, $"{shifts.Key}: {shift.Start - end} rest before {shift.Start}");
                }

                previousEnd = shift.End;
            }
        }
    }

    [Fact]
    public void No_agent_is_paid_more_than_the_contract_maximum()
    {
        foreach (var shifts in roster.Shifts.GroupBy(s => s.AgentId))
        {
            var max = roster.Contracts[roster.Agents[shifts.Key].Contract].MaxPaidHours;
            Assert.True(shifts.Sum(s => s.PaidHours) <= max + Tolerance, $"{shifts.Key}: {shifts.Sum(s => s.PaidHours)} h paid, max {max}");
        }
    }

    [Fact]
    public void No_run_of_working_days_exceeds_the_contract_limit_counting_last_week()
    {
        foreach (var shifts in roster.Shifts.GroupBy(s => s.AgentId))
        {
            var limit = roster.Contracts[roster.Agents[shifts.Key].Contract].MaxConsecutiveDays;
            var days = shifts.Select(s => DateOnly.FromDateTime(s.Start.DateTime)).ToHashSet();
            var weekStart = new DateOnly(2026, 3, 8);
            var run = roster.CarryIn.TryGetValue(shifts.Key, out var carry) ? carry.Days : 0;
            for (var day = weekStart; day < weekStart.AddDays(7); day = day.AddDays(1))
            {
                run = days.Contains(day) ? run + 1 : 0;
                Assert.True(run <= limit, $"{shifts.Key}: {run} days in a row by {day}, limit {limit}");
            }
        }
    }

    [Fact]
    public void No_shift_overlaps_the_agents_time_off()
    {
        foreach (var absence in roster.TimeOff)
        {
            Assert.DoesNotContain(roster.Shifts, s => s.AgentId == absence.AgentId && s.Start < absence.End && absence.Start < s.End);
        }
    }

    [Fact]
    public void Each_channel_is_covered_only_by_agents_on_the_phones_who_hold_its_skill_and_each_counts_once()
    {
        foreach (var interval in roster.Coverage.GroupBy(c => c.IntervalStart))
        {
            var onPhone = OnPhoneAgents(interval.Key);
            foreach (var line in interval)
            {
                var skilled = onPhone.Count(a => roster.Agents[a].Skills.Contains(line.Channel));
                Assert.True(line.Scheduled <= skilled + Tolerance, $"{line.Channel} at {interval.Key}: {line.Scheduled} scheduled, {skilled} skilled agents on the phones");
            }

            Assert.True(interval.Sum(l => l.Scheduled) <= onPhone.Count + Tolerance, $"{interval.Key}: {interval.Sum(l => l.Scheduled)} scheduled over channels, {onPhone.Count} on the phones");
        }
    }

    /// <summary>Agents on shift for the whole interval, not on a break, lunch, training or time off.</summary>
    private List<string> OnPhoneAgents(DateTimeOffset start)
    {
        var end = start.AddMinutes(15);
        return [.. roster.Activities
            .Where(a => a.Kind == "shift" && a.Start <= start && end <= a.End)
            .Select(a => a.AgentId)
            .Where(agent => roster.Agents[agent].Status != "in_training")
            .Where(agent => !roster.Activities.Any(a => a.AgentId == agent && a.Kind != "shift" && a.Start < end && start < a.End))
            .Distinct()];
    }
}
