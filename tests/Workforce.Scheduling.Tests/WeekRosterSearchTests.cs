using Google.OrTools.Sat;
using NodaTime;
using Workforce.Core.Planning;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster;

namespace Workforce.Scheduling.Tests;

/// <summary>
/// The contact-centre week's search without a solver: its settled roster must be a solution of the
/// full CP-SAT model at exactly the objective the evaluator gives, its first roster must keep every
/// rule, and an agent whose own rules contradict is left out and named while everyone else is rostered.
/// </summary>
public class WeekRosterSearchTests
{
    /// <summary>Lunches, a deferred channel, multi-skill agents, training and a night shift carried in from last week.</summary>
    private static TinyRoster Busy()
    {
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 16, maxHours: 40, maxDays: 5, shiftHours: [4, 8], earliest: new LocalTime(6, 0), latest: new LocalTime(14, 0), breaks: [TinyRoster.Lunch()]))
            .WithContract(TinyRoster.MakeContract(id: "night", minHours: 24, maxHours: 40, maxDays: 5, shiftHours: [8], earliest: new LocalTime(22, 0), latest: new LocalTime(22, 0), breaks: [TinyRoster.Lunch()]))
            .WithChannel(TinyRoster.Email, new Core.Sites.DeferredModel(TimeSpan.FromHours(4), 0.9, 1.0))
            .WithAgent("A1", TinyRoster.Phone)
            .WithAgent("A2", TinyRoster.Phone, TinyRoster.Email)
            .WithAgent("A3", TinyRoster.Email)
            .WithAgent("N1", Core.Rostering.AgentStatus.Production, 1, "night", TinyRoster.Phone)
            .WithCarryIn("N1", lastShiftStart: TinyRoster.Local(-1, 22), lastShiftEnd: TinyRoster.Local(0, 6), consecutiveDays: 1)
            .WithTraining("T1", 1, 9, 15, 2, "A2")
            .WithDemandEveryDay(8, 18, 1)
            .WithDemandEveryDay(0, 6, 1);
        for (var day = 0; day < RosterHorizon.Days; day++)
        {
            roster.WithForecast(day, 9, 20, 600, TinyRoster.Email);
        }

        return roster;
    }

    [Fact]
    public void The_settled_roster_is_a_solution_of_the_full_model_at_the_evaluators_objective()
    {
        var data = Busy().Build();
        var search = new WeekRosterSearch(data, seed: 1);
        Assert.True(search.BuildFirst(CancellationToken.None));
        search.Improve(CancellationToken.None);
        var settled = search.Settle();

        var model = new RosterCpModel(data).BuildAll();
        foreach (var (index, value) in CpSatPolish.Decisions(model, data, settled))
        {
            var variable = model.Model.Model.Variables[index];
            variable.Domain.Clear();
            variable.Domain.Add(value);
            variable.Domain.Add(value);
        }

        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:20" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model.Model));
        Assert.Equal(settled.Objective, (long)Math.Round(solver.ObjectiveValue));
    }

    [Fact]
    public void A_night_shift_begun_last_week_covers_the_first_hours_and_the_rest_runs_from_its_end()
    {
        // Monday 00:00–06:00 needs one agent; the only one able to cover it worked Sunday 22:00 to
        // Monday 06:00, and must rest 11 h from 06:00.
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(shiftHours: [8], earliest: new LocalTime(6, 0), latest: new LocalTime(22, 0)))
            .WithAgent("N1")
            .WithCarryIn("N1", lastShiftStart: TinyRoster.Local(-1, 22), lastShiftEnd: TinyRoster.Local(0, 6), consecutiveDays: 1)
            .WithDemand(0, 0, 6, 1)
            .WithDemand(0, 6, 23, 1);

        var solved = roster.Solve();

        Assert.All(Enumerable.Range(0, 6), hour => Assert.Equal(1, solved.Coverage(TinyRoster.Phone, 0, hour).Scheduled));
        Assert.All(solved.ShiftsOf("N1"), shift => Assert.True(solved.LocalStart(shift) >= TinyRoster.Local(0, 17), $"a shift starts at {solved.LocalStart(shift)}, within 11 h of 06:00"));
        Assert.Contains(solved.Report.Activities, a => a.AgentId == "N1" && a.Activity == "shift" && a.Start.LocalDateTime == TinyRoster.Local(-1, 22));
        Assert.DoesNotContain(solved.Report.Roster, r => r.AgentId == "N1" && r.ShiftStart.LocalDateTime == TinyRoster.Local(-1, 22));
    }

    [Fact]
    public void Two_lunches_in_a_team_of_two_are_taken_at_different_times()
    {
        // Monday needs both agents 08:00–16:00 (their only shift): a lunch taken together leaves the phones empty.
        var data = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 8, maxHours: 8, maxDays: 1, earliest: new LocalTime(8, 0), latest: new LocalTime(8, 0), breaks: [TinyRoster.Lunch(paid: true)]))
            .WithAgent("A1")
            .WithAgent("A2")
            .WithDemand(0, 8, 16, 2)
            .Build();
        var search = new WeekRosterSearch(data, seed: 1);
        Assert.True(search.BuildFirst(CancellationToken.None));

        var lunches = search.Settle().Shifts.SelectMany(s => s.Breaks).Select(b => b.StartIndex).ToList();

        Assert.Equal(2, lunches.Count);
        Assert.Equal(2, lunches.Distinct().Count());
    }

    [Fact]
    public void An_agent_whose_own_rules_contradict_is_named_and_everyone_else_is_rostered()
    {
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 40, maxHours: 40, maxDays: 5, maxConsecutive: 6, minDaysOff: 2, shiftHours: [8], earliest: new LocalTime(8, 0), latest: new LocalTime(8, 0)))
            .WithAgent("A1")
            .WithAgent("A2")
            .WithCarryIn("A1", consecutiveDays: 5)
            .WithTimeOff("A1", TinyRoster.Local(4, 4), TinyRoster.Local(4, 23));
        for (var day = 0; day < RosterHorizon.Days; day++)
        {
            for (var hour = 8; hour < 16; hour++)
            {
                roster.WithForecast(day, hour, 5, 180, TinyRoster.Phone); // One agent's worth of calls.
            }
        }

        var scenario = new Core.Scenario(roster.Site, roster.Forecast);
        var inputs = new Core.Rostering.RosterInputs(roster.Agents, roster.Contracts, roster.TimeOff, roster.CarryIn);

        var result = RosterPipeline.Run(scenario, inputs, new WeekRosterSolver(), new RosterRunSettings(TinyRoster.Settings), null, CancellationToken.None);
        var strict = RosterPipeline.Run(scenario, inputs, new WeekRosterSolver(), new RosterRunSettings(TinyRoster.Settings, Strict: true), null, CancellationToken.None);

        Assert.Equal(RosterOutcome.Rostered, result.Outcome);
        var named = Assert.Single(result.Report!.Summary.Unrostered);
        Assert.Equal(("A1", "minimum hours"), (named.AgentId, named.Rule));
        Assert.All(result.Report.Roster, row => Assert.Equal("A2", row.AgentId));
        Assert.Equal(5, result.Report.Roster.Count);
        Assert.Equal(2, result.Report.Summary.Agents);
        Assert.Equal(RosterOutcome.Contradictory, strict.Outcome);
        Assert.Null(strict.Report);
    }
}
