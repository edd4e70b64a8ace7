using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Core.Tests.Rostering;

/// <summary>
/// The carry-in of the week from Monday 9 March 2026, derived from the published rosters of the four weeks
/// before (from Monday 9 February) and worked time; one test per derived field.
/// </summary>
public class CarryInDerivationTests
{
    private static readonly LocalDate WeekStart = new(2026, 3, 9);
    private static readonly LocalDate CoveredFrom = WeekStart.PlusWeeks(-4);
    private static readonly IReadOnlySet<IsoDayOfWeek> Weekend = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    // Weekends counted over the previous 3 weeks (a 4-week reference period, this week included), at most 2.
    private static readonly Contract FullTime = new(
        "ft", Duration.Zero, Duration.FromHours(48), 6, Duration.FromHours(11), 6, 2, 2, 4,
        [Duration.FromHours(8)], new LocalTime(6, 0), new LocalTime(16, 0), [], 0, 0);

    /// <summary>A shift on the day <paramref name="daysBefore"/> days before the week, from <paramref name="startHour"/> for 8 h.</summary>
    private static BaselineShift Shift(int daysBefore, int startHour = 9)
    {
        var start = WeekStart.PlusDays(-daysBefore).At(new LocalTime(startHour, 0));
        return new BaselineShift("A1", start, start.PlusHours(8));
    }

    private static AgentCarryIn Derive(IReadOnlyList<BaselineShift> shifts, AgentCarryIn? before = null, LocalDate? coveredFrom = null) =>
        CarryInDerivation.ForAgent("A1", FullTime, WeekStart, Weekend, shifts, coveredFrom ?? CoveredFrom, before);

    [Fact]
    public void The_last_shift_start_and_end_are_those_of_the_latest_shift_before_the_week()
    {
        var carryIn = Derive([Shift(5), Shift(2, startHour: 14), Shift(3)]);

        Assert.Equal(WeekStart.PlusDays(-2).At(new LocalTime(14, 0)), carryIn.LastShiftStart);
        Assert.Equal(WeekStart.PlusDays(-2).At(new LocalTime(22, 0)), carryIn.LastShiftEnd);
    }

    [Fact]
    public void Days_worked_in_a_row_count_back_from_the_day_before_the_week_to_the_first_day_off()
    {
        // Worked Thursday to Sunday; off Wednesday; worked Tuesday.
        Assert.Equal(4, Derive([Shift(1), Shift(2), Shift(3), Shift(4), Shift(6)]).ConsecutiveDaysWorked);
    }

    [Fact]
    public void Days_off_in_a_row_count_back_to_the_last_day_worked_and_are_zero_after_a_day_worked()
    {
        Assert.Equal(3, Derive([Shift(4), Shift(5)]).ConsecutiveDaysOff);
        Assert.Equal(0, Derive([Shift(1)]).ConsecutiveDaysOff);
    }

    [Fact]
    public void Weekends_count_each_week_of_the_reference_period_with_a_weekend_shift_once()
    {
        // Saturday and Sunday of the week before (one weekend), Sunday three weeks before (another),
        // and a Saturday four weeks before, outside the 3-week reference period.
        var carryIn = Derive([Shift(1), Shift(2), Shift(15), Shift(23)]);

        Assert.Equal(2, carryIn.WeekendsWorkedInReferencePeriod);
    }

    [Fact]
    public void Late_shifts_in_the_reference_period_are_those_ending_after_21_00_or_past_midnight()
    {
        // 14:00–22:00 and 16:00–00:00 are late; 09:00–17:00 is not; the late one 25 days before is outside the period.
        var carryIn = Derive([Shift(1, startHour: 14), Shift(3, startHour: 16), Shift(4), Shift(25, startHour: 14)]);

        Assert.Equal(2, carryIn.LateShiftsWorkedInReferencePeriod);
    }

    [Fact]
    public void A_run_that_reaches_the_first_day_of_the_history_is_continued_by_the_imported_carry_in_of_that_day()
    {
        var coveredFrom = WeekStart.PlusWeeks(-1);
        var imported = new AgentCarryIn("A1", coveredFrom.PlusDays(-1).At(new LocalTime(17, 0)), 2, 0);
        var week = Enumerable.Range(1, 3).Select(d => Shift(d)).ToList();

        Assert.Equal(3, Derive(week, coveredFrom: coveredFrom).ConsecutiveDaysWorked);
        Assert.Equal(3, Derive(week, imported, coveredFrom).ConsecutiveDaysWorked);
        Assert.Equal(9, Derive([.. Enumerable.Range(1, 7).Select(d => Shift(d))], imported, coveredFrom).ConsecutiveDaysWorked);
    }

    [Fact]
    public void Actual_worked_time_replaces_the_published_roster_on_the_days_it_is_recorded_for()
    {
        // Published Saturday and Sunday; the agent actually worked Friday and not Saturday. Worked time is recorded through Saturday.
        var history = new WorkHistory(
            CoveredFrom,
            [Shift(1), Shift(2)],
            [Shift(3, startHour: 6)],
            WeekStart.PlusDays(-2));

        Assert.Equal([Shift(3, startHour: 6), Shift(1)], history.ShiftsOf("A1"));
    }

    [Fact]
    public void Every_agent_of_the_inputs_gets_a_derived_carry_in_and_the_imported_one_is_ignored_when_the_history_exists()
    {
        var agents = Enumerable.Range(1, 2).Select(i => new Agent($"A{i}", $"Agent {i}", [new AgentSkill("phone", 1)], "ft", 15m, AgentStatus.Production, 1)).ToList();
        var stale = new AgentCarryIn("A2", null, 5, 2);
        var inputs = new RosterInputs(agents, [FullTime], [], [stale]);
        var history = new WorkHistory(CoveredFrom, [Shift(1)], [], null);

        var derived = CarryInDerivation.Derive(inputs, WeekStart, Weekend, history, importedFor: new LocalDate(2026, 1, 5));

        Assert.Equal(1, derived.Single(c => c.AgentId == "A1").ConsecutiveDaysWorked);
        var a2 = derived.Single(c => c.AgentId == "A2");
        Assert.Equal((0, 0, 28), (a2.ConsecutiveDaysWorked, a2.WeekendsWorkedInReferencePeriod, a2.ConsecutiveDaysOff));
    }
}
