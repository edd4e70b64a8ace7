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
}
