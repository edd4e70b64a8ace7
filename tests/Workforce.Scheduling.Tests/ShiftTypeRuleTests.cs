using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Tests;

/// <summary>The rules of rotas planned by named shift type, each on a tiny rota where cover pushes against it.</summary>
public class ShiftTypeRuleTests
{
    private static readonly ShiftType[] EarlyOnly = [TinyRota.Early];

    private static readonly string[] Agents = ["A", "B", "C"];

    private static readonly int[] Saturdays = [5, 12, 19];

    private static readonly int[] AllButWednesday = [0, 1, 3, 4, 5, 6];

    [Fact]
    public void A_shift_type_is_not_worked_the_day_after_one_it_may_not_follow()
    {
        var solved = new TinyRota()
            .WithContract(TinyRota.MakeContract() with { ForbiddenSuccessions = [new ShiftSuccession("L", "E")] })
            .WithAgent("A")
            .WithCover(0, "L", 1)
            .WithCover(1, "E", 1)
            .Solve();

        Assert.False(solved.Of("A")[0] == "L" && solved.Of("A")[1] == "E", "an early followed a late");
        Assert.Equal(100, solved.Objective);
    }

    [Fact]
    public void The_succession_the_other_way_round_is_allowed()
    {
        var solved = new TinyRota()
            .WithContract(TinyRota.MakeContract() with { ForbiddenSuccessions = [new ShiftSuccession("L", "E")] })
            .WithAgent("A")
            .WithCover(0, "E", 1)
            .WithCover(1, "L", 1)
            .Solve();

        Assert.Equal(["E", "L"], solved.Of("A").Take(2));
        Assert.Equal(0, solved.Objective);
    }

    [Fact]
    public void Shifts_of_a_capped_type_stay_within_the_cap_over_the_horizon()
    {
        var solved = new TinyRota()
            .WithContract(TinyRota.MakeContract(maxWeekends: 1) with { MaxShiftsPerType = new Dictionary<string, int> { ["L"] = 2 } })
            .WithAgent("A")
            .WithCoverEveryDay("L", 1)
            .Solve();

        Assert.Equal(2, solved.Of("A").Count(s => s == "L"));
        Assert.Equal(500, solved.Objective);
    }

    [Fact]
    public void A_type_capped_at_zero_is_never_offered()
    {
        var rota = new TinyRota()
            .WithContract(TinyRota.MakeContract() with { MaxShiftsPerType = new Dictionary<string, int> { ["E"] = 0 } })
            .WithAgent("A")
            .WithCover(0, "E", 1);

        Assert.DoesNotContain(rota.Build().Agents[0].Candidates, c => c.ShiftTypeId == "E");
        Assert.Equal(100, rota.Solve().Objective);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(20, false)]
    public void A_shift_off_request_is_kept_unless_the_cover_is_worth_more(long weight, bool worked)
    {
        var solved = new TinyRota()
            .WithAgent("A")
            .WithCover(0, "E", 1, under: 10)
            .WithRequest("A", on: false, 0, "E", weight)
            .Solve();

        Assert.Equal(worked, solved.Of("A")[0] == "E");
        Assert.Equal(Math.Min(weight, 10), solved.Objective);
    }

    [Fact]
    public void A_shift_on_request_is_honoured_when_nothing_stands_against_it()
    {
        var solved = new TinyRota()
            .WithAgent("A")
            .WithRequest("A", on: true, 2, "L", 7)
            .Solve();

        Assert.Equal("L", solved.Of("A")[2]);
        Assert.Equal(0, solved.Objective);
    }

    [Fact]
    public void A_shift_on_request_that_cannot_be_honoured_costs_its_weight()
    {
        var solved = new TinyRota()
            .WithContract(TinyRota.MakeContract() with { MaxShiftsPerType = new Dictionary<string, int> { ["L"] = 0 } })
            .WithAgent("A")
            .WithRequest("A", on: true, 2, "L", 7)
            .Solve();

        Assert.Null(solved.Of("A")[2]);
        Assert.Equal(7, solved.Objective);
    }

    [Fact]
    public void A_run_of_working_days_lasts_at_least_the_minimum()
    {
        // Only Wednesday needs someone; every other day worked costs 1: the cheapest lawful run is three days.
        var solved = WednesdayOnly(new TinyRota()).Solve();

        var worked = solved.Worked("A");
        Assert.True(worked[2]);
        Assert.Equal(3, solved.DaysWorked("A"));
        Assert.Equal(3, Array.LastIndexOf(worked, true) - Array.IndexOf(worked, true) + 1);
        Assert.Equal(2, solved.Objective);
    }

    [Theory]
    [InlineData(RunBoundary.CarryIn, 3)]
    [InlineData(RunBoundary.ExemptAtEdges, 1)]
    public void Only_the_benchmark_convention_exempts_a_short_run_on_the_first_day(RunBoundary boundary, int days)
    {
        // Monday alone needs someone. A real roster (nothing carried in: the day before was off) makes
        // the run three days long; the benchmark lets a run touching the horizon's edge be short.
        var rota = new TinyRota { Boundary = boundary }
            .WithContract(TinyRota.MakeContract(minConsecutive: 3, types: EarlyOnly))
            .WithAgent("A")
            .WithCover(0, "E", 1);
        for (var day = 1; day < 7; day++)
        {
            rota.WithCover(day, "E", 0);
        }

        var solved = rota.Solve();

        Assert.Equal(days, solved.DaysWorked("A"));
        Assert.True(solved.Worked("A")[0]);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    public void Days_carried_in_count_towards_the_minimum_run(int carried, int mondays)
    {
        // Nothing needs anyone and every shift costs 1, but a run carried in short of three must go on.
        var rota = new TinyRota()
            .WithContract(TinyRota.MakeContract(minConsecutive: 3, types: EarlyOnly))
            .WithAgent("A")
            .WithCarryIn("A", daysWorked: carried)
            .WithCoverEveryDay("E", 0);

        var solved = rota.Solve();

        Assert.Equal(mondays, solved.DaysWorked("A"));
        Assert.Equal(mondays, solved.Objective);
    }

    [Theory]
    [InlineData(RunBoundary.CarryIn, 100)]
    [InlineData(RunBoundary.ExemptAtEdges, 0)]
    public void Only_the_benchmark_convention_lets_a_single_day_off_open_the_horizon(RunBoundary boundary, long objective)
    {
        // Worked the day before; Monday off and Tuesday to Sunday covered would be a one-day run of days
        // off after a working day. Working Monday too would make eight days in a row.
        var rota = new TinyRota { Boundary = boundary }
            .WithContract(TinyRota.MakeContract(minDaysOff: 2, types: EarlyOnly))
            .WithAgent("A")
            .WithCarryIn("A", daysWorked: 1)
            .WithCover(0, "E", 0);
        for (var day = 1; day < 7; day++)
        {
            rota.WithCover(day, "E", 1);
        }

        Assert.Equal(objective, rota.Solve().Objective);
    }

    [Fact]
    public void Weekends_stay_within_the_limit_in_every_reference_period_of_a_longer_horizon()
    {
        // Three weeks, at most one weekend in any two weeks in a row: the first and the third Saturday.
        var solved = new TinyRota { Weeks = 3 }
            .WithContract(TinyRota.MakeContract(maxWeekends: 1, weekendReferenceWeeks: 2, types: EarlyOnly))
            .WithAgent("A")
            .WithCover(5, "E", 1)
            .WithCover(12, "E", 1)
            .WithCover(19, "E", 1)
            .Solve();

        Assert.Equal([true, false, true], Saturdays.Select(d => solved.Worked("A")[d]));
        Assert.Equal(100, solved.Objective);
    }

    [Fact]
    public void Paid_time_over_the_horizon_stays_under_its_maximum()
    {
        var solved = new TinyRota { Weeks = 2 }
            .WithContract(TinyRota.MakeContract(maxWeekends: 2, weekendReferenceWeeks: 2, types: EarlyOnly) with { MaxPaidOverHorizon = Duration.FromHours(24) })
            .WithAgent("A")
            .WithCoverEveryDay("E", 1)
            .Solve();

        Assert.Equal(3, solved.DaysWorked("A"));
    }

    [Fact]
    public void Paid_time_over_the_horizon_reaches_its_minimum_even_when_nothing_needs_it()
    {
        var solved = new TinyRota { Weeks = 2 }
            .WithContract(TinyRota.MakeContract(maxWeekends: 2, weekendReferenceWeeks: 2, types: EarlyOnly) with { MinPaidOverHorizon = Duration.FromHours(40) })
            .WithAgent("A")
            .WithCoverEveryDay("E", 0)
            .Solve();

        Assert.Equal(5, solved.DaysWorked("A"));
        Assert.Equal(5, solved.Objective);
    }

    [Fact]
    public void Weekly_hours_hold_in_every_week_of_a_longer_horizon()
    {
        var solved = new TinyRota { Weeks = 2 }
            .WithContract(TinyRota.MakeContract(maxWeekends: 2, weekendReferenceWeeks: 2, maxWeeklyHours: 16, types: EarlyOnly))
            .WithAgent("A")
            .WithCoverEveryDay("E", 1)
            .Solve();

        Assert.Equal(2, solved.Worked("A").Take(7).Count(w => w));
        Assert.Equal(2, solved.Worked("A").Skip(7).Count(w => w));
    }

    [Fact]
    public void Runs_of_working_days_are_limited_across_the_weeks_of_a_longer_horizon()
    {
        var solved = new TinyRota { Weeks = 2 }
            .WithContract(TinyRota.MakeContract(maxConsecutive: 5, maxWeekends: 2, weekendReferenceWeeks: 2, types: EarlyOnly))
            .WithAgent("A")
            .WithCoverEveryDay("E", 1)
            .Solve();

        var run = 0;
        foreach (var worked in solved.Worked("A"))
        {
            run = worked ? run + 1 : 0;
            Assert.True(run <= 5, "more than five days in a row");
        }

        Assert.Equal(200, solved.Objective);
    }

    [Fact]
    public void Cover_by_shift_type_counts_the_agents_on_each_type_and_prices_shortfall_and_surplus()
    {
        // Two earlies and a late wanted on Monday from three agents; A asks for an early on Tuesday, when
        // an early is one too many at 3: honoured, since the request is worth 10.
        var solved = new TinyRota()
            .WithAgent("A")
            .WithAgent("B")
            .WithAgent("C")
            .WithCover(0, "E", 2)
            .WithCover(0, "L", 1)
            .WithCover(1, "E", 0, over: 3)
            .WithRequest("A", on: true, 1, "E", 10)
            .Solve();

        Assert.Equal(2, Agents.Count(a => solved.Of(a)[0] == "E"));
        Assert.Equal(1, Agents.Count(a => solved.Of(a)[0] == "L"));
        Assert.Equal("E", solved.Of("A")[1]);
        Assert.Equal(3, solved.Objective);
    }

    private static TinyRota WednesdayOnly(TinyRota rota)
    {
        rota.WithContract(TinyRota.MakeContract(minConsecutive: 3, types: EarlyOnly)).WithAgent("A").WithCover(2, "E", 1);
        foreach (var day in AllButWednesday)
        {
            rota.WithCover(day, "E", 0);
        }

        return rota;
    }
}
