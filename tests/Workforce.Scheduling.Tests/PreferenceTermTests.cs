using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Scheduling.Tests;

/// <summary>The soft terms that make a roster livable: steady start times and weekends shared fairly.</summary>
public class PreferenceTermTests
{
    [Fact]
    public void Start_times_stay_the_same_across_the_week_when_nothing_pays_for_moving_them()
    {
        // Monday's demand fixes an 08:00 start; the contract's minimum needs a second day, which has no
        // demand, so any start from 08:00 to 12:00 costs the same wages there: only stability picks.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 16, maxHours: 16, earliest: new LocalTime(8, 0), latest: new LocalTime(12, 0)))
            .WithAgent("A1")
            .WithDemand(0, 8, 16, 1)
            .Solve();

        var starts = solved.ShiftsOf("A1").Select(s => solved.LocalStart(s).TimeOfDay).Distinct().ToList();
        Assert.Equal(2, solved.ShiftsOf("A1").Count);
        Assert.Equal([new LocalTime(8, 0)], starts);
    }

    [Fact]
    public void The_weekend_goes_to_the_agent_who_has_worked_fewer_weekends()
    {
        // Saturday needs one agent; both could work it, but A1 already worked a weekend this period.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(maxWeekends: 2, weekendReferenceWeeks: 4))
            .WithAgent("A1")
            .WithAgent("A2")
            .WithCarryIn("A1", weekends: 1)
            .WithDemand(5, 8, 16, 1)
            .Solve();

        Assert.DoesNotContain(solved.ShiftsOf("A1"), s => s.Shift.Day == 5);
        Assert.Contains(solved.ShiftsOf("A2"), s => s.Shift.Day == 5);
    }

    [Theory]
    [InlineData("A1", "A2")]
    [InlineData("A2", "A1")]
    public void The_late_shift_goes_to_the_agent_who_has_worked_fewer_lates(string veteran, string expected)
    {
        // Monday needs one agent 08:00–16:00 and one 14:00–22:00 (a late shift); the agents differ only in late-shift history.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 8, maxHours: 8, earliest: new LocalTime(8, 0), latest: new LocalTime(14, 0)))
            .WithAgent("A1")
            .WithAgent("A2")
            .WithCarryIn(veteran, lateShifts: 3)
            .WithDemand(0, 8, 16, 1)
            .WithDemand(0, 14, 22, 1)
            .Solve();

        var late = Assert.Single(solved.Solution.Shifts, s => s.Shift.IsLate);
        Assert.Equal(expected, solved.Data.Agents[late.AgentIndex].Agent.Id);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void A_preferred_day_off_is_kept_when_another_day_is_as_good(int preferredOff, int expectedWorked)
    {
        // Monday and Tuesday need the same cover; the agent works one day and asked for one of them off.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 8, maxHours: 8))
            .WithAgent("A1")
            .WithPreference("A1", PreferenceKind.DayOff, preferredOff)
            .WithDemand(0, 8, 16, 1)
            .WithDemand(1, 8, 16, 1)
            .Solve();

        Assert.Equal(expectedWorked, Assert.Single(solved.ShiftsOf("A1")).Shift.Day);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    public void A_preferred_start_time_is_worked_when_nothing_pays_for_another(int preferredHour)
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 8, maxHours: 8, earliest: new LocalTime(8, 0), latest: new LocalTime(12, 0)))
            .WithAgent("A1")
            .WithPreference("A1", PreferenceKind.Start, 2, new LocalTime(preferredHour, 0))
            .WithPreference("A1", PreferenceKind.DayOff, 0)
            .WithPreference("A1", PreferenceKind.DayOff, 1)
            .WithPreference("A1", PreferenceKind.DayOff, 3)
            .WithPreference("A1", PreferenceKind.DayOff, 4)
            .WithPreference("A1", PreferenceKind.DayOff, 5)
            .WithPreference("A1", PreferenceKind.DayOff, 6)
            .Solve();

        var shift = Assert.Single(solved.ShiftsOf("A1"));
        Assert.Equal(TinyRoster.Local(2, preferredHour), solved.LocalStart(shift));
    }
}
