using Google.OrTools.Sat;
using NodaTime;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster;
using Workforce.Scheduling.Roster.Columns;

namespace Workforce.Scheduling.Tests;

/// <summary>
/// The relaxation bound against proven optima: on small generated sites where CP-SAT proves the
/// optimum of the full model, the relaxation's value must never exceed it (at any prices, and after
/// its ascent), and the engine must report a bound no higher and find the optimum itself.
/// </summary>
public class RelaxationBoundTests
{
    /// <summary>
    /// A small site: lunches, two contracts, a nesting agent, random demand and carry-in, and with
    /// <paramref name="email"/> a deferred channel too (CP-SAT needs seconds to prove those optimal).
    /// </summary>
    private static RosterModelData Site(int seed, bool email)
    {
        var random = new Random(seed);
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 16, maxHours: 32, maxDays: 4, maxConsecutive: 3, minDaysOff: 2, shiftHours: email ? [8] : [4, 8], earliest: new LocalTime(7, 0), latest: new LocalTime(email ? 8 : 10, 0), breaks: [TinyRoster.Lunch()]))
            .WithContract(TinyRoster.MakeContract(id: "late", minHours: 8, maxHours: 24, maxDays: 3, shiftHours: [6], earliest: new LocalTime(12, 0), latest: new LocalTime(14, 0), breaks: [TinyRoster.Lunch()]))
            .WithAgent("A1", TinyRoster.Phone)
            .WithAgent("A2", email ? [TinyRoster.Phone, TinyRoster.Email] : [TinyRoster.Phone])
            .WithCarryIn("A1", consecutiveDays: random.Next(0, 3))
            .WithCarryIn("A2", lastShiftEnd: TinyRoster.Local(0, 0).PlusHours(random.Next(0, 3)));
        if (email)
        {
            roster.WithChannel(TinyRoster.Email, new Core.Sites.DeferredModel(TimeSpan.FromHours(3), 0.9, 1.0));
        }
        else
        {
            roster.WithAgent("A3", Core.Rostering.AgentStatus.Nesting, 0.6, "late", TinyRoster.Phone);
        }

        for (var day = 0; day < RosterHorizon.Days; day++)
        {
            roster.WithDemand(day, 8, 12, random.Next(0, 3)).WithDemand(day, 12, 20, random.Next(0, 3));
            if (email)
            {
                roster.WithForecast(day, 9 + random.Next(0, 4), random.Next(2, 12), 900, TinyRoster.Email);
            }
        }

        return roster.Build();
    }

    private static double Optimum(RosterModelData data)
    {
        var model = new RosterCpModel(data).BuildAll();
        var solver = new CpSolver { StringParameters = "num_workers:2 max_time_in_seconds:60 random_seed:1" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model.Model));
        return solver.ObjectiveValue;
    }

    [Fact]
    public void On_small_sites_the_relaxation_never_exceeds_the_proven_optimum_and_the_engine_finds_it()
    {
        foreach (var (seed, email) in new[] { (1, false), (2, false), (3, false), (1, true) })
        {
            var data = Site(seed, email);
            var optimum = Optimum(data);
            var bound = new LagrangianBound(data);

            // Any prices give a bound: zero, the search's own, and far too high.
            var search = new WeekRosterSearch(data, seed);
            Assert.True(search.BuildFirst(CancellationToken.None));
            var prices = search.MarginalPrices();
            foreach (var mu in new[] { prices.Select(p => new double[p.Length]).ToArray(), prices, prices.Select(p => p.Select(x => (x * 5) + 1000).ToArray()).ToArray() })
            {
                Assert.True(bound.Evaluate(mu)!.Value <= optimum + 1e-6, $"seed {seed}: a relaxation value above the optimum {optimum}");
            }

            using var columns = new WeekColumnGeneration(data);
            columns.AddRoster(search.Choice);
            var rounds = 0;
            var generated = columns.Run(() => ++rounds > 60, _ => { }, null, CancellationToken.None);
            Assert.InRange(generated.Value, double.NegativeInfinity, optimum + 1e-6);

            var solved = new WeekRosterSolver().Solve(data, new RosterSolverSettings(TimeSpan.FromSeconds(20), 2, seed, null), null, CancellationToken.None);
            Assert.Equal(optimum, solved.Objective, 6);
            Assert.InRange(solved.Bound, double.NegativeInfinity, optimum + 1e-6);
        }
    }

    [Fact]
    public void The_relaxation_bound_is_above_the_labour_floor_where_demand_cannot_be_met()
    {
        // Demand all day every day for one agent with a 16 h week: the floor knows only the wages.
        var data = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 16, maxHours: 16, maxDays: 2, shiftHours: [8], earliest: new LocalTime(8, 0), latest: new LocalTime(8, 0)))
            .WithAgent("A1")
            .WithDemandEveryDay(8, 16, 1)
            .Build();
        var search = new WeekRosterSearch(data, 1);
        Assert.True(search.BuildFirst(CancellationToken.None));
        using var columns = new WeekColumnGeneration(data);
        columns.AddRoster(search.Choice);
        var rounds = 0;

        var result = columns.Run(() => ++rounds > 30, _ => { }, null, CancellationToken.None);

        Assert.True(result.Value > LabourFloor.Cents(data) + 1, $"relaxation {result.Value} against the floor {LabourFloor.Cents(data)}");
        Assert.InRange(result.Value, 0, search.Settle().Objective);
    }
}
