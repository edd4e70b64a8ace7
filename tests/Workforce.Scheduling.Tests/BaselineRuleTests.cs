namespace Workforce.Scheduling.Tests;

/// <summary>Re-planning against a published roster: frozen days do not move, later days move only for a reason.</summary>
public class BaselineRuleTests
{
    [Fact]
    public void A_frozen_day_keeps_its_published_shift_even_when_demand_wants_another()
    {
        // Tuesday is frozen with a 13:00 shift; demand is 08:00–16:00 only, so a free roster would start at 08:00.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(earliest: new NodaTime.LocalTime(8, 0), latest: new NodaTime.LocalTime(13, 0)))
            .WithAgent("A1")
            .WithBaselineShift("A1", 1, 13, 8, frozenThrough: TinyRoster.Monday.PlusDays(1))
            .WithDemand(1, 8, 16, 1)
            .Solve();

        var tuesday = Assert.Single(solved.ShiftsOf("A1"), s => s.Shift.Day == 1);
        Assert.Equal(TinyRoster.Local(1, 13), solved.LocalStart(tuesday));
    }

    [Fact]
    public void A_frozen_day_off_stays_off_even_with_demand_uncovered()
    {
        // The baseline lists A1 on Wednesday only; Monday is frozen, so Monday's demand goes uncovered.
        var solved = new TinyRoster()
            .WithAgent("A1")
            .WithBaselineShift("A1", 2, 8, 8, frozenThrough: TinyRoster.Monday)
            .WithDemand(0, 8, 16, 1)
            .Solve();

        Assert.DoesNotContain(solved.ShiftsOf("A1"), s => s.Shift.Day == 0);
    }

    [Fact]
    public void After_the_frozen_days_a_published_shift_stays_where_it_is_when_nothing_pays_for_moving_it()
    {
        // One 8-hour shift a week and no demand: every shift costs the same, so only the change penalty picks Thursday 09:00.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 8, maxHours: 8))
            .WithAgent("A1")
            .WithBaselineShift("A1", 3, 9, 8)
            .Solve();

        var shift = Assert.Single(solved.ShiftsOf("A1"));
        Assert.Equal(TinyRoster.Local(3, 9), solved.LocalStart(shift));
    }

    [Fact]
    public void After_the_frozen_days_a_published_shift_moves_when_coverage_pays_for_it()
    {
        // Monday needs someone 08:00–16:00; an hour short costs far more than one change.
        var solved = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 8, maxHours: 8))
            .WithAgent("A1")
            .WithBaselineShift("A1", 3, 9, 8)
            .WithDemand(0, 8, 16, 1)
            .Solve();

        var shift = Assert.Single(solved.ShiftsOf("A1"));
        Assert.Equal(TinyRoster.Local(0, 8), solved.LocalStart(shift));
    }
}
