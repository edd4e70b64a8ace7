using NodaTime;

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
}
