using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Core.Tests.Rostering;

public class ContractTests
{
    private static readonly BreakRule PaidBreak = new(BreakRule.BreakActivity, Duration.FromMinutes(15), true, Duration.FromHours(4), Duration.FromHours(1.5), Duration.FromHours(3));

    private static readonly BreakRule UnpaidLunch = new(BreakRule.LunchActivity, Duration.FromMinutes(30), false, Duration.FromHours(6), Duration.FromHours(3), Duration.FromHours(5));

    private static Contract Make(params BreakRule[] breaks) => new(
        "ft", Duration.FromHours(37.5), Duration.FromHours(40), 5, Duration.FromHours(11), 6, 2, 2, 4,
        [Duration.FromHours(8)], new LocalTime(6, 0), new LocalTime(14, 0), breaks, 0.25m, 0.5m);

    [Fact]
    public void An_unpaid_lunch_is_taken_off_the_paid_length_of_a_shift()
    {
        Assert.Equal(Duration.FromHours(7.5), Make(UnpaidLunch).PaidLength(Duration.FromHours(8)));
    }

    [Fact]
    public void Paid_breaks_count_as_paid_hours()
    {
        Assert.Equal(Duration.FromHours(7.5), Make(PaidBreak, UnpaidLunch).PaidLength(Duration.FromHours(8)));
    }

    [Fact]
    public void A_shift_shorter_than_the_lunch_rule_threshold_gets_no_lunch()
    {
        Assert.Equal(Duration.FromHours(5), Make(UnpaidLunch).PaidLength(Duration.FromHours(5)));
    }

    [Fact]
    public void A_maximum_below_the_minimum_paid_hours_is_a_programming_error()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Contract(
            "x", Duration.FromHours(40), Duration.FromHours(30), 5, Duration.FromHours(11), 6, 2, 2, 4,
            [Duration.FromHours(8)], new LocalTime(6, 0), new LocalTime(14, 0), [], 0, 0));
        Assert.Equal("MaxPaidPerWeek", error.ParamName);
    }

    [Fact]
    public void A_nesting_agent_with_no_productivity_is_a_programming_error()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Agent("A1", "Noa", [new AgentSkill("phone", 1)], "ft", 15m, AgentStatus.Nesting, 0));
        Assert.Equal("factor", error.ParamName);
    }

    [Fact]
    public void Time_off_is_half_open_so_back_to_back_spans_do_not_overlap()
    {
        var day = new LocalDate(2026, 3, 9);
        var off = new TimeOff("A1", day.At(new LocalTime(10, 0)), day.At(new LocalTime(12, 0)), "doctor");
        Assert.False(off.Overlaps(day.At(new LocalTime(12, 0)), day.At(new LocalTime(20, 0))));
        Assert.True(off.Overlaps(day.At(new LocalTime(11, 45)), day.At(new LocalTime(20, 0))));
    }
}
