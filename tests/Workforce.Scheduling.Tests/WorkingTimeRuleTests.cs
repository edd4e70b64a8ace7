using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Scheduling.Tests;

/// <summary>The contract's working-time rules, each on a tiny week where demand pushes against it.</summary>
public class WorkingTimeRuleTests
{
    private static readonly LocalTime Six = new(6, 0);

    private static readonly LocalTime Fourteen = new(14, 0);

    [Fact]
    public void A_late_shift_is_not_followed_by_an_early_one_inside_the_minimum_rest()
    {
        // Demand rewards 14:00–22:00 on Monday and 06:00–14:00 on Tuesday: only 8 h apart.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(restHours: 11, earliest: Six, latest: Fourteen))
            .WithAgent("A1")
            .WithDemand(0, 14, 22, 1)
            .WithDemand(1, 6, 14, 1)
            .Solve();

        var shifts = solved.ShiftsOf("A1");
        Assert.Equal([0, 1], shifts.Select(s => s.Shift.Day));
        var rest = Period.Between(solved.LocalEnd(shifts[0]), solved.LocalStart(shifts[1]), PeriodUnits.Hours).Hours;
        Assert.True(rest >= 11, "only " + rest + " h rest between Monday and Tuesday");
    }

    [Fact]
    public void A_shift_ending_late_on_the_previous_Sunday_forbids_an_early_Monday_start()
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(restHours: 11, earliest: Six, latest: Fourteen))
            .WithAgent("A1")
            .WithCarryIn("A1", lastShiftEnd: TinyRoster.Monday.PlusDays(-1).At(new LocalTime(23, 0)))
            .WithDemand(0, 6, 14, 1)
            .Solve();

        var monday = Assert.Single(solved.ShiftsOf("A1"), s => s.Shift.Day == 0);
        Assert.True(solved.LocalStart(monday) >= TinyRoster.Local(0, 10), "Monday starts at " + solved.LocalStart(monday));
    }

    [Fact]
    public void Carry_in_rest_is_counted_in_full_when_the_last_shift_ended_between_intervals()
    {
        // Ended 22:30 on Sunday with 11 h rest: 09:30 at the earliest, so 10:00 on an hourly grid.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(restHours: 11, earliest: Six, latest: Fourteen))
            .WithAgent("A1")
            .WithCarryIn("A1", lastShiftEnd: TinyRoster.Monday.PlusDays(-1).At(new LocalTime(22, 30)))
            .WithDemand(0, 6, 14, 1)
            .Solve();

        var monday = Assert.Single(solved.ShiftsOf("A1"), s => s.Shift.Day == 0);
        Assert.True(solved.LocalStart(monday) >= TinyRoster.Local(0, 10), "Monday starts at " + solved.LocalStart(monday));
    }

    [Fact]
    public void A_carry_in_beyond_the_consecutive_day_limit_forces_the_first_day_off_rather_than_failing()
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(maxConsecutive: 5))
            .WithAgent("A1")
            .WithCarryIn("A1", consecutiveDays: 6)
            .WithDemandEveryDay(8, 16, 1)
            .Solve();

        Assert.True(solved.Report.Solution.HasRoster);
        Assert.False(solved.WorkedDays("A1")[0], "Monday worked after six carried-in days with a limit of five");
    }

    [Fact]
    public void Days_worked_at_the_end_of_last_week_count_towards_the_maximum_run_of_working_days()
    {
        // Four days in a row carried in, at most five: of Monday and Tuesday only one can be worked.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(maxConsecutive: 5))
            .WithAgent("A1")
            .WithCarryIn("A1", consecutiveDays: 4)
            .WithDemandEveryDay(8, 16, 1)
            .Solve();

        var worked = solved.WorkedDays("A1");
        Assert.False(worked[0] && worked[1], "Monday and Tuesday both worked after four carried-in days");
        Assert.True(worked.Count(w => w) >= 5, "demand every day should still roster most days");
        var run = 4;
        foreach (var day in worked)
        {
            run = day ? run + 1 : 0;
            Assert.True(run <= 5, "a run of " + run + " working days counting the carry-in");
        }
    }

    [Fact]
    public void Days_off_between_working_days_come_at_least_two_together()
    {
        // No demand on Wednesday and six days allowed: without the rule Wednesday would be a lone day off.
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(maxDays: 6, minDaysOff: 2))
            .WithAgent("A1");
        foreach (var day in new[] { 0, 1, 3, 4, 5, 6 })
        {
            roster.WithDemand(day, 8, 16, 1);
        }

        var worked = roster.Solve().WorkedDays("A1");

        for (var day = 1; day < worked.Length - 1; day++)
        {
            var loneDayOff = worked[day - 1] && !worked[day] && worked[day + 1];
            Assert.False(loneDayOff, "a single day off on day " + day + " between working days");
        }

        Assert.True(worked.Count(w => w) >= 4, "demand should still roster most days");
    }

    [Fact]
    public void A_day_off_on_Monday_after_working_last_Sunday_is_followed_by_a_second_day_off()
    {
        // No demand on Monday: without the rule the agent would take Monday alone off and work Tuesday to Sunday.
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minDaysOff: 2))
            .WithAgent("A1")
            .WithCarryIn("A1", consecutiveDays: 2);
        for (var day = 1; day < 7; day++)
        {
            roster.WithDemand(day, 8, 16, 1);
        }

        var worked = roster.Solve().WorkedDays("A1");

        Assert.False(worked[0], "Monday has no demand");
        Assert.False(worked[1], "Monday would be a lone day off after last Sunday's shift");
        Assert.All(worked.Skip(2), w => Assert.True(w));
    }

    [Fact]
    public void A_run_of_days_off_begun_last_week_reaches_the_minimum_before_work_resumes()
    {
        // Three days off in a row are the minimum; last Sunday was the first. Demand every day would
        // otherwise put the agent to work on Monday.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minDaysOff: 3))
            .WithAgent("A1")
            .WithCarryIn("A1", daysOff: 1)
            .WithDemandEveryDay(8, 16, 1)
            .Solve();

        var worked = solved.WorkedDays("A1");
        Assert.False(worked[0], "Monday is the run's second day off");
        Assert.False(worked[1], "Tuesday is its third");
        Assert.All(worked.Skip(2), w => Assert.True(w));
    }

    [Fact]
    public void An_agent_whose_carried_in_weekends_reach_the_maximum_works_no_weekend_day()
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(maxWeekends: 1, weekendReferenceWeeks: 2))
            .WithAgent("A1")
            .WithCarryIn("A1", weekends: 1)
            .WithDemandEveryDay(8, 16, 1)
            .Solve();

        var worked = solved.WorkedDays("A1");
        Assert.False(worked[5], "worked Saturday");
        Assert.False(worked[6], "worked Sunday");
        Assert.All(worked.Take(5), w => Assert.True(w));
    }

    [Fact]
    public void Paid_hours_never_exceed_the_weekly_maximum_however_much_demand_there_is()
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(maxHours: 20, shiftHours: [4, 8]))
            .WithAgent("A1")
            .WithDemandEveryDay(8, 16, 1)
            .Solve();

        var paid = solved.ShiftsOf("A1").Sum(s => s.Shift.PaidMinutes);
        Assert.True(paid <= 20 * 60, "paid " + paid + " minutes");
        Assert.Equal(20 * 60, paid);
    }

    [Fact]
    public void Paid_hours_reach_the_weekly_minimum_when_demand_alone_would_need_fewer()
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 24, maxHours: 40))
            .WithAgent("A1")
            .WithDemand(0, 8, 16, 1)
            .Solve();

        var paid = solved.ShiftsOf("A1").Sum(s => s.Shift.PaidMinutes);
        Assert.True(paid >= 24 * 60, "paid " + paid + " minutes");
    }

    [Fact]
    public void An_unpaid_lunch_does_not_count_towards_weekly_paid_hours()
    {
        // 9 h shifts with a 1 h unpaid lunch pay 8 h; exactly 24 paid hours is three shifts (27 h on site).
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 24, maxHours: 24, shiftHours: [9], breaks: [TinyRoster.Lunch()]))
            .WithAgent("A1")
            .WithDemandEveryDay(8, 17, 1)
            .Solve();

        var shifts = solved.ShiftsOf("A1");
        Assert.Equal(3, shifts.Count);
        Assert.All(shifts, s => Assert.Equal(8 * 60, s.Shift.PaidMinutes));
        Assert.Equal(24.0, solved.Report.Summary.PaidHours);
    }

    [Fact]
    public void No_more_days_are_worked_than_the_contract_allows()
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(maxDays: 3))
            .WithAgent("A1")
            .WithDemandEveryDay(8, 16, 1)
            .Solve();

        Assert.Equal(3, solved.WorkedDays("A1").Count(w => w));
    }

    [Fact]
    public void No_shift_overlaps_the_agents_time_off()
    {
        var roster = new TinyRoster()
            .WithAgent("A1")
            .WithTimeOff("A1", TinyRoster.Local(1, 12), TinyRoster.Local(2, 12))
            .WithDemandEveryDay(8, 18, 1);
        var solved = roster.Solve();

        var shifts = solved.ShiftsOf("A1");
        var away = Assert.Single(roster.TimeOff);
        Assert.All(shifts, s => Assert.False(away.Overlaps(solved.LocalStart(s), solved.LocalEnd(s)), "shift at " + solved.LocalStart(s)));
        Assert.Equal([true, false, false, true, true, true, true], solved.WorkedDays("A1"));
    }
}
