using Workforce.Core.Rostering;

namespace Workforce.Scheduling.Tests;

public class BreakRuleTests
{
    [Fact]
    public void Each_long_shift_gets_exactly_one_lunch_inside_its_window_and_short_shifts_get_none()
    {
        // Monday needs 8 h (a long shift), Tuesday 4 h (a short one); lunch is 1 h, 3 h to 5 h into shifts of 6 h or more.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(shiftHours: [4, 8], breaks: [TinyRoster.Lunch()]))
            .WithAgent("A1")
            .WithDemand(0, 8, 16, 1)
            .WithDemand(1, 8, 12, 1)
            .Solve();

        var shifts = solved.ShiftsOf("A1");
        Assert.Contains(shifts, s => s.Shift.Length == 8);
        Assert.Contains(shifts, s => s.Shift.Length == 4);
        foreach (var shift in shifts)
        {
            if (shift.Shift.Length >= 6)
            {
                var lunch = Assert.Single(shift.Breaks);
                Assert.Equal(BreakRule.LunchActivity, lunch.Rule.Activity);
                Assert.InRange(lunch.StartIndex - shift.Shift.StartIndex, 3, 5);
                Assert.True(lunch.StartIndex + lunch.Length <= shift.Shift.EndIndex, "lunch runs past the shift's end");
            }
            else
            {
                Assert.Empty(shift.Breaks);
            }
        }
    }

    [Fact]
    public void An_agent_at_lunch_is_not_counted_on_the_phones()
    {
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(breaks: [TinyRoster.Lunch()]))
            .WithAgent("A1")
            .WithDemand(0, 8, 18, 1)
            .Solve();

        var shift = Assert.Single(solved.ShiftsOf("A1"));
        var lunch = Assert.Single(shift.Breaks);
        var lunchHour = solved.Data.Horizon.LocalAt(lunch.StartIndex).Hour;
        Assert.Equal(0, solved.Coverage(TinyRoster.Phone, 0, lunchHour).Scheduled);
        Assert.Equal(1, solved.Coverage(TinyRoster.Phone, 0, lunchHour).Shortfall);
    }

    [Fact]
    public void Lengthening_a_paid_break_raises_the_rosters_paid_hours()
    {
        // Eight hours of demand on Monday (08:00–16:00); a paid break at least 1 h into the shift. To keep
        // the break out of the demand it must end by 08:00, so a 1 h break needs a 10 h shift from
        // 06:00 and a 2 h break an 11 h shift from 05:00.
        static double PaidHours(int breakHours)
        {
            var rule = new BreakRule(BreakRule.BreakActivity, NodaTime.Duration.FromHours(breakHours), true, NodaTime.Duration.Zero, NodaTime.Duration.FromHours(1), NodaTime.Duration.FromHours(5));
            return new TinyRoster()
                .WithContract(TinyRoster.MakeContract(shiftHours: [8, 9, 10, 11, 12], earliest: new NodaTime.LocalTime(4, 0), latest: new NodaTime.LocalTime(10, 0), breaks: [rule]))
                .WithAgent("A1")
                .WithDemand(0, 8, 16, 1)
                .Solve()
                .Report.Summary.PaidHours;
        }

        Assert.Equal(10, PaidHours(1), 6);
        Assert.Equal(11, PaidHours(2), 6);
    }
}
