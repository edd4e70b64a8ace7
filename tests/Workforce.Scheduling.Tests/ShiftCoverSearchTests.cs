using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster;

namespace Workforce.Scheduling.Tests;

/// <summary>The search for rotas planned by shift type: its own objective, and what it finds.</summary>
public class ShiftCoverSearchTests
{
    /// <summary>Four agents, two weeks, early and late cover every day, requests both ways, runs and weekends limited.</summary>
    private static TinyRota Rota()
    {
        var rota = new TinyRota { Weeks = 2 }
            .WithContract(TinyRota.MakeContract(maxConsecutive: 5, minConsecutive: 2, minDaysOff: 2, maxWeekends: 1, weekendReferenceWeeks: 2)
                with { ForbiddenSuccessions = [new Core.Rostering.ShiftSuccession("L", "E")], MinPaidOverHorizon = NodaTime.Duration.FromHours(64) })
            .WithAgent("A")
            .WithAgent("B")
            .WithAgent("C")
            .WithAgent("D")
            .WithCoverEveryDay("E", 2)
            .WithCoverEveryDay("L", 1)
            .WithRequest("A", on: true, 3, "L", 3)
            .WithRequest("B", on: false, 4, "E", 2)
            .WithRequest("C", on: true, 9, "E", 1)
            .WithDayOff("D", 8);
        return rota;
    }

    [Fact]
    public void The_search_prices_a_roster_exactly_as_the_model_does()
    {
        var data = Rota().Build();
        var model = new RosterCpModel(data).BuildAll();
        var solver = new CpSolver { StringParameters = "num_workers:1 random_seed:3 max_time_in_seconds:10 stop_after_first_solution:true" };
        Assert.Contains(solver.Solve(model.Model), new[] { CpSolverStatus.Feasible, CpSolverStatus.Optimal });

        var roster = ShiftRoster.Empty(data);
        for (var a = 0; a < model.Agents.Count; a++)
        {
            for (var k = 0; k < model.Agents[a].Shift.Length; k++)
            {
                if (solver.BooleanValue(model.Agents[a].Shift[k]))
                {
                    roster.Choice[a][data.Agents[a].Candidates[k].Day] = k;
                }
            }
        }

        Assert.True(ShiftRoster.Prices(data));
        Assert.Equal((long)Math.Round(solver.ObjectiveValue), roster.Objective());
    }

    [Fact]
    public void The_neighbourhood_search_alone_reaches_the_model_optimum_on_a_small_rota()
    {
        var optimum = Rota().Solve().Objective;
        var data = Rota().Build();

        var solution = new RotaRosterSolver().Solve(data, new RosterSolverSettings(TimeSpan.FromSeconds(20), 1, 1, null), null, CancellationToken.None);

        Assert.True(solution.HasRoster);
        Assert.Equal(optimum, solution.Objective);
    }

    [Fact]
    public void With_two_threads_the_full_model_proves_the_optimum_of_a_small_rota()
    {
        var optimum = Rota().Solve().Objective;

        var solution = new RotaRosterSolver().Solve(Rota().Build(), new RosterSolverSettings(TimeSpan.FromSeconds(30), 2, 1, null), null, CancellationToken.None);

        Assert.Equal((RosterStatus.Optimal, optimum, (double)optimum), (solution.Status, solution.Objective, solution.Bound));
    }

    [Fact]
    public void An_agent_whose_own_rules_cannot_hold_is_named()
    {
        var rota = new TinyRota()
            .WithContract(TinyRota.MakeContract() with { MinPaidOverHorizon = NodaTime.Duration.FromHours(80) })
            .WithAgent("A")
            .WithCover(0, "E", 1);

        var solution = new RotaRosterSolver().Solve(rota.Build(), new RosterSolverSettings(TimeSpan.FromSeconds(10), 1, 1, null), null, CancellationToken.None);

        Assert.Equal((RosterStatus.Infeasible, "A"), (solution.Status, solution.InfeasibleAgentId));
    }
}
