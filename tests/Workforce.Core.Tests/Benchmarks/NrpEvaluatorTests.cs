using Workforce.Core.Benchmarks.Nrp;

namespace Workforce.Core.Tests.Benchmarks;

/// <summary>The benchmark's rules and objective, each on a two-week instance made by hand.</summary>
public class NrpEvaluatorTests
{
    /// <summary>
    /// Two weeks, early (E) and late (L) shifts of 8 h, no early the day after a late. Employee A: at
    /// most 5 lates, 40–80 h, runs of 2–5 working days, days off in runs of 2+, one weekend.
    /// </summary>
    private static NrpInstance Instance(
        IReadOnlyList<NrpDayOff>? daysOff = null,
        IReadOnlyList<NrpRequest>? on = null,
        IReadOnlyList<NrpRequest>? off = null,
        IReadOnlyList<NrpCover>? cover = null) => new(
            "Hand",
            14,
            [new NrpShiftType("E", 480, []), new NrpShiftType("L", 480, ["E"])],
            [new NrpEmployee("A", new Dictionary<string, int> { ["L"] = 5 }, 80 * 60, 40 * 60, 5, 2, 2, 1)],
            daysOff ?? [],
            on ?? [],
            off ?? [],
            cover ?? []);

    /// <summary>Employee A on the given days, all on shift <paramref name="shift"/>.</summary>
    private static List<NrpAssignment> Works(string shift, params int[] days) => [.. days.Select(d => new NrpAssignment("A", d, shift))];

    /// <summary>Mon–Thu in both weeks (no weekend): 8 shifts, 64 h, every rule kept.</summary>
    private static readonly int[] Feasible = [0, 1, 2, 3, 7, 8, 9, 10];

    private static string OnlyViolation(NrpInstance instance, List<NrpAssignment> assignments) =>
        Assert.Single(NrpEvaluator.Evaluate(instance, assignments).Violations);

    [Fact]
    public void A_roster_that_keeps_every_rule_is_feasible() =>
        Assert.True(NrpEvaluator.Evaluate(Instance(), Works("E", Feasible)).Feasible);

    [Fact]
    public void Two_shifts_on_one_day_are_refused() =>
        Assert.Contains("more than one shift on day 0", OnlyViolation(Instance(), [.. Works("E", Feasible), new NrpAssignment("A", 0, "L")]), StringComparison.Ordinal);

    [Fact]
    public void Working_a_day_off_is_refused() =>
        Assert.Contains("day 2, a day off", OnlyViolation(Instance(daysOff: [new NrpDayOff("A", 2)]), Works("E", Feasible)), StringComparison.Ordinal);

    [Fact]
    public void An_early_shift_after_a_late_one_is_refused()
    {
        var roster = Works("E", Feasible);
        roster[0] = new NrpAssignment("A", 0, "L");

        Assert.Contains("shift E on day 1 follows L", OnlyViolation(Instance(), roster), StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_shift_after_an_early_one_is_allowed()
    {
        var roster = Works("E", Feasible);
        roster[1] = new NrpAssignment("A", 1, "L");
        roster[2] = new NrpAssignment("A", 2, "L");
        roster[3] = new NrpAssignment("A", 3, "L");

        Assert.True(NrpEvaluator.Evaluate(Instance(), roster).Feasible);
    }

    [Fact]
    public void More_shifts_of_a_type_than_its_maximum_are_refused() =>
        Assert.Contains("8 shifts of type L, above the maximum 5", OnlyViolation(Instance(), Works("L", Feasible)), StringComparison.Ordinal);

    [Fact]
    public void Too_few_minutes_are_refused() =>
        Assert.Contains("1920 minutes worked, outside [2400, 4800]", OnlyViolation(Instance(), Works("E", 0, 1, 2, 3)), StringComparison.Ordinal);

    [Fact]
    public void A_run_of_working_days_above_the_maximum_is_refused() =>
        Assert.Contains("6 days worked in a row from day 7, above the maximum 5", OnlyViolation(Instance(), Works("E", 0, 1, 2, 3, 7, 8, 9, 10, 11, 12)), StringComparison.Ordinal);

    [Fact]
    public void A_run_of_working_days_below_the_minimum_is_refused_inside_the_horizon() =>
        Assert.Contains("1 days worked in a row from day 5", OnlyViolation(Instance(), Works("E", 0, 1, 2, 5, 8, 9, 10, 11)), StringComparison.Ordinal);

    [Fact]
    public void Runs_touching_the_first_or_last_day_are_exempt_from_the_minimum_lengths()
    {
        // One-day working runs on the first and the last day; then one-day runs of days off there.
        var working = NrpEvaluator.Evaluate(Instance(), Works("E", 0, 3, 4, 7, 8, 9, 10, 13));
        var off = NrpEvaluator.Evaluate(Instance(), Works("E", 1, 2, 3, 4, 8, 9, 10, 11, 12));

        Assert.True(working.Feasible, string.Join("; ", working.Violations));
        Assert.True(off.Feasible, string.Join("; ", off.Violations));
    }

    [Fact]
    public void A_run_of_days_off_below_the_minimum_is_refused_inside_the_horizon() =>
        Assert.Contains("1 days off in a row from day 3", OnlyViolation(Instance(), Works("E", 1, 2, 4, 5, 8, 9, 10)), StringComparison.Ordinal);

    [Fact]
    public void More_weekends_than_the_maximum_are_refused() =>
        Assert.Contains("2 weekends worked, above the maximum 1", OnlyViolation(Instance(), Works("E", 0, 1, 2, 5, 6, 9, 10, 13)), StringComparison.Ordinal);

    [Fact]
    public void The_objective_sums_requests_and_weighted_cover()
    {
        var instance = Instance(
            on: [new NrpRequest("A", 0, "E", 2), new NrpRequest("A", 4, "E", 3), new NrpRequest("A", 1, "L", 1)],
            off: [new NrpRequest("A", 2, "E", 1), new NrpRequest("A", 5, "E", 3)],
            cover: [new NrpCover(0, "E", 2, 100, 1), new NrpCover(1, "E", 0, 100, 7), new NrpCover(4, "L", 0, 100, 1)]);

        var evaluation = NrpEvaluator.Evaluate(instance, Works("E", Feasible));

        // On: day 4 not worked (3), day 1 is E not L (1). Off: day 2 worked E (1).
        // Cover: day 0 one short of two (100), day 1 one over zero at weight 7 (7).
        Assert.Equal((4L, 1L, 100L, 7L, 112L), (evaluation.ShiftOnPenalty, evaluation.ShiftOffPenalty, evaluation.UnderCoverPenalty, evaluation.OverCoverPenalty, evaluation.Objective));
    }
}
