using Google.OrTools.Sat;
using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster;

namespace Workforce.Scheduling.Tests;

/// <summary>
/// The contact-centre week's schedule programme against the CP-SAT model, one rule at a time: for one
/// agent at random prices per shift, the programme's cheapest week must cost exactly what CP-SAT
/// proves optimal on the same agent's rules (<see cref="RosterCpModel.BuildRulesOnly"/>), and the week
/// it returns must be a solution of that model at that cost. Each test also checks that its rule
/// binds: with the rule loosened the optimum moves for some seed, or the test would prove nothing.
/// </summary>
public class WeekProgrammeTests
{
    private static readonly int[] Seeds = [1, 2, 3, 4];

    /// <summary>A contract with room everywhere, so each test tightens only its own rule.</summary>
    private static Contract Loose(double minHours = 0, double maxHours = 56, int maxDays = 7, double restHours = 0, int maxConsecutive = 7, int minDaysOff = 0, int maxWeekends = 1) =>
        TinyRoster.MakeContract(minHours: minHours, maxHours: maxHours, maxDays: maxDays, restHours: restHours, maxConsecutive: maxConsecutive, minDaysOff: minDaysOff, maxWeekends: maxWeekends, weekendReferenceWeeks: 4, shiftHours: [4, 8], earliest: new LocalTime(4, 0), latest: new LocalTime(20, 0));

    private static TinyRoster OneAgent(Contract contract, Action<TinyRoster>? extra)
    {
        var roster = new TinyRoster().WithContract(contract).WithAgent("A");
        extra?.Invoke(roster);
        return roster;
    }

    /// <summary>
    /// What each candidate is worth to cover: random, around its wage, so that some weeks want to work
    /// little (odd seeds) and some much (even seeds), and both kinds of limit get to bind.
    /// </summary>
    private static long[] Rewards(AgentPlan plan, int seed)
    {
        var random = new Random(seed);
        var scale = seed % 2 == 1 ? 1.1 : 2.2;
        return [.. plan.Candidates.Select(c => (long)(random.NextDouble() * scale * c.CostCents))];
    }

    private static long ProgrammeOptimum(RosterModelData data, long[] rewards, out int[] choice)
    {
        var plan = data.Agents[0];
        var costs = new AgentCosts(data, plan);
        var prices = SchedulePrices.From(costs, data.WeekendDays.Count);
        for (var k = 0; k < rewards.Length; k++)
        {
            prices.Candidate[k] -= rewards[k];
        }

        var programme = WeekProgramme.Create(data, plan, out var unsupported);
        Assert.True(programme is not null, unsupported);
        var schedule = programme.Cheapest(prices);
        Assert.NotNull(schedule);
        choice = schedule.Choice;
        return schedule.Cost + costs.Constant;
    }

    /// <summary>CP-SAT's optimum on the agent's rules, with the week in <paramref name="fixedChoice"/> forced when given.</summary>
    private static long? ModelOptimum(RosterModelData data, long[] rewards, int[]? fixedChoice = null)
    {
        var model = new RosterCpModel(data).BuildRulesOnly([rewards]);
        if (fixedChoice is not null)
        {
            var agent = model.Agents[0];
            for (var k = 0; k < agent.Shift.Length; k++)
            {
                model.Model.Add(agent.Shift[k] == (fixedChoice.Contains(k) ? 1 : 0));
            }
        }

        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:30" };
        var status = solver.Solve(model.Model);
        Assert.NotEqual(CpSolverStatus.Unknown, status);
        return status == CpSolverStatus.Optimal ? (long)Math.Round(solver.ObjectiveValue) : null;
    }

    /// <summary>The programme is exact under <paramref name="contract"/> and <paramref name="extra"/>, and they bind against a loose contract with nothing extra.</summary>
    private static void AssertExact(Contract contract, Action<TinyRoster>? extra = null)
    {
        var binds = false;
        foreach (var seed in Seeds)
        {
            var data = OneAgent(contract, extra).Build();
            var rewards = Rewards(data.Agents[0], seed);
            var programme = ProgrammeOptimum(data, rewards, out var choice);
            Assert.Equal(ModelOptimum(data, rewards), programme);
            Assert.Equal(programme, ModelOptimum(data, rewards, choice));

            var looser = OneAgent(Loose(), null).Build();
            binds |= ModelOptimum(looser, Rewards(looser.Agents[0], seed)) != programme;
        }

        Assert.True(binds, "the rule never binds on these weeks");
    }

    [Fact]
    public void The_programme_keeps_the_weekly_minimum_hours() => AssertExact(Loose(minHours: 40));

    [Fact]
    public void The_programme_keeps_the_weekly_maximum_hours() => AssertExact(Loose(maxHours: 20));

    [Fact]
    public void The_programme_keeps_the_working_day_limit() => AssertExact(Loose(maxDays: 3));

    [Fact]
    public void The_programme_keeps_the_rest_between_shifts() => AssertExact(Loose(restHours: 16));

    [Fact]
    public void The_programme_keeps_the_rest_after_last_weeks_shift() =>
        AssertExact(Loose(restHours: 11), r => r.WithCarryIn("A", lastShiftEnd: TinyRoster.Local(0, 0).PlusHours(2)));

    [Fact]
    public void The_programme_keeps_the_longest_run_counting_last_weeks_days() =>
        AssertExact(Loose(maxConsecutive: 3), r => r.WithCarryIn("A", consecutiveDays: 2));

    [Fact]
    public void The_programme_keeps_days_off_in_runs() => AssertExact(Loose(minDaysOff: 2));

    [Fact]
    public void The_programme_completes_a_run_of_days_off_begun_last_week() =>
        AssertExact(Loose(minDaysOff: 3), r => r.WithCarryIn("A", daysOff: 1));

    [Fact]
    public void The_programme_keeps_the_weekend_limit_counting_earlier_weekends() =>
        AssertExact(Loose(maxWeekends: 1), r => r.WithCarryIn("A", weekends: 1));

    [Fact]
    public void The_programme_leaves_out_shifts_that_overlap_time_off_and_credits_leave() =>
        AssertExact(Loose(minHours: 32, maxDays: 5), r => r.WithTimeOff("A", TinyRoster.Local(1, 0), TinyRoster.Local(3, 0)));

    [Fact]
    public void The_programme_attends_training_inside_a_shift() =>
        AssertExact(Loose(), r => r.WithTraining("T1", 2, 5, 9, 2, "A").WithTraining("T2", 5, 18, 23, 3, "A"));

    [Fact]
    public void The_programme_prices_changes_to_the_published_roster_and_keeps_frozen_days() =>
        AssertExact(Loose(), r => r.WithBaselineShift("A", 0, 8, 8).WithBaselineShift("A", 3, 12, 4).WithBaselineShift("A", 5, 9, 8, frozenThrough: TinyRoster.Monday.PlusDays(1)));

    [Fact]
    public void The_programme_prices_preferences_and_late_shifts() =>
        AssertExact(Loose(), r => r.WithPreference("A", PreferenceKind.DayOff, 2).WithPreference("A", PreferenceKind.Start, 4, new LocalTime(6, 0)).WithCarryIn("A", lateShifts: 3));

    [Fact]
    public void The_programme_keeps_every_rule_at_once()
    {
        var contract = Loose(minHours: 28, maxHours: 40, maxDays: 5, restHours: 12, maxConsecutive: 4, minDaysOff: 2, maxWeekends: 1);
        AssertExact(contract, r => r.WithCarryIn("A", lastShiftEnd: TinyRoster.Local(0, 0).PlusHours(1), consecutiveDays: 3, weekends: 0).WithTraining("T1", 3, 6, 12, 2, "A"));
    }

    [Fact]
    public void An_agent_with_no_lawful_week_has_no_schedule_and_screening_names_the_clashing_rules()
    {
        // Five days worked up to the week and at most six in a row: Monday, then two days off (days off
        // come in twos), and Friday's appointment leaves no shift that day: four days, not the five
        // that 40 hours need. Any one of the three rules alone would leave a lawful week.
        var data = OneAgent(Loose(minHours: 40, maxHours: 40, maxDays: 5, maxConsecutive: 6, minDaysOff: 2), r => r.WithCarryIn("A", consecutiveDays: 5).WithTimeOff("A", TinyRoster.Local(4, 4), TinyRoster.Local(4, 23))).Build();

        Assert.False(WeekProgramme.Create(data, data.Agents[0], out _)!.HasLawfulWeek());
        var verdict = Assert.Single(AgentScreening.Screen(data));
        Assert.Equal("A", verdict.AgentId);
        Assert.Equal("minimum hours", verdict.Rule);
        Assert.Contains("consecutive days", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("days off in runs", verdict.Reason, StringComparison.Ordinal);
    }
}
