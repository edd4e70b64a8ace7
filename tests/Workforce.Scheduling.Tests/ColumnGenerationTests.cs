using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster.Columns;

namespace Workforce.Scheduling.Tests;

/// <summary>
/// Column generation for rotas. With one agent the relaxation is exact (one agent covers a demand
/// wholly or not at all, so the cover cost is linear in the schedules' shares and a single schedule
/// is optimal), so its bound must equal the model's optimum: each test below checks that the
/// schedule programme keeps one rule exactly as the CP-SAT model does, at random cover prices.
/// </summary>
public class ColumnGenerationTests
{
    private static readonly int[] Seeds = [1, 2, 3];

    /// <summary>One agent under <paramref name="contract"/>, two weeks, early and late cover asked or not each day, at random prices.</summary>
    private static TinyRota OneAgent(Contract contract, int seed, Action<TinyRota>? extra = null, RunBoundary boundary = RunBoundary.CarryIn)
    {
        var random = new Random(seed);
        var rota = new TinyRota { Weeks = 2, Boundary = boundary }.WithContract(contract).WithAgent("A");
        for (var day = 0; day < 14; day++)
        {
            rota.WithCover(day, "E", random.Next(0, 2), under: random.Next(0, 200), over: random.Next(0, 100));
            rota.WithCover(day, "L", random.Next(0, 2), under: random.Next(0, 200), over: random.Next(0, 50));
        }

        extra?.Invoke(rota);
        return rota;
    }

    private static Contract Rules(int maxConsecutive = 7, int minConsecutive = 0, int minDaysOff = 0, int maxWeekends = 2) =>
        TinyRota.MakeContract(maxConsecutive: maxConsecutive, minConsecutive: minConsecutive, minDaysOff: minDaysOff, maxWeekends: maxWeekends, weekendReferenceWeeks: 2);

    /// <summary>The bound of the relaxation solved to the end, rounded up to whole cents.</summary>
    private static long Bound(RosterModelData data)
    {
        using var columns = ColumnGeneration.Create(data, out var reason);
        Assert.True(columns is not null, reason);
        var (complete, infeasible) = columns.Seed(1, static () => false);
        Assert.True(complete);
        Assert.Null(infeasible);
        columns.Run(1, static () => false);
        Assert.True(columns.Converged);
        return (long)Math.Ceiling(columns.LowerBound - 1e-6);
    }

    private static void AssertExact(Contract contract, Action<TinyRota>? extra = null, RunBoundary boundary = RunBoundary.CarryIn)
    {
        var binds = false;
        foreach (var seed in Seeds)
        {
            var rota = OneAgent(contract, seed, extra, boundary);
            var optimum = rota.Solve().Objective;
            Assert.Equal(optimum, Bound(rota.Build()));
            binds |= optimum != OneAgent(Rules(), seed, boundary: boundary).Solve().Objective;
        }

        // Otherwise the rota would not test the rule.
        Assert.True(binds);
    }

    [Fact]
    public void The_programme_keeps_the_longest_run_of_working_days() => AssertExact(Rules(maxConsecutive: 3));

    [Fact]
    public void The_programme_keeps_the_shortest_run_of_working_days() => AssertExact(Rules(minConsecutive: 3));

    [Fact]
    public void The_programme_keeps_the_shortest_run_of_days_off() => AssertExact(Rules(minDaysOff: 2));

    [Fact]
    public void The_programme_keeps_the_weekend_limit() => AssertExact(Rules(maxWeekends: 1));

    [Fact]
    public void The_programme_keeps_forbidden_successions() =>
        AssertExact(Rules() with { ForbiddenSuccessions = [new ShiftSuccession("L", "E")] });

    [Fact]
    public void The_programme_keeps_the_cap_on_a_shift_type() =>
        AssertExact(Rules() with { MaxShiftsPerType = new Dictionary<string, int> { ["L"] = 2 } });

    [Fact]
    public void The_programme_keeps_the_paid_time_over_the_horizon() =>
        AssertExact(Rules() with { MinPaidOverHorizon = Duration.FromHours(64), MaxPaidOverHorizon = Duration.FromHours(80) });

    [Fact]
    public void The_programme_continues_the_carried_in_run() =>
        AssertExact(Rules(maxConsecutive: 4, minDaysOff: 2), rota => rota.WithCarryIn("A", daysWorked: 3));

    [Fact]
    public void The_programme_exempts_runs_at_the_edges_when_the_benchmark_asks() =>
        AssertExact(Rules(minConsecutive: 3, minDaysOff: 3), boundary: RunBoundary.ExemptAtEdges);

    [Fact]
    public void The_programme_prices_requests_and_days_off() =>
        AssertExact(Rules(maxConsecutive: 5), rota => rota.WithRequest("A", on: true, 2, "L", 300).WithRequest("A", on: false, 5, "E", 300).WithDayOff("A", 9));

    [Fact]
    public void With_several_agents_the_bound_never_exceeds_the_optimum()
    {
        var contract = Rules(maxConsecutive: 4, minConsecutive: 2, minDaysOff: 2, maxWeekends: 1) with { ForbiddenSuccessions = [new ShiftSuccession("L", "E")] };
        foreach (var seed in Seeds)
        {
            var rota = OneAgent(contract, seed).WithAgent("B").WithAgent("C");
            rota.Cover.Clear();
            var random = new Random(seed);
            for (var day = 0; day < 14; day++)
            {
                rota.WithCover(day, "E", random.Next(1, 3), under: random.Next(50, 200), over: random.Next(0, 50));
                rota.WithCover(day, "L", random.Next(0, 2), under: random.Next(50, 200), over: random.Next(0, 50));
            }

            Assert.InRange(Bound(rota.Build()), 0, rota.Solve().Objective);
        }
    }

    [Fact]
    public void An_agent_who_cannot_meet_their_paid_time_is_proven_infeasible()
    {
        var data = OneAgent(Rules(maxConsecutive: 2) with { MinPaidOverHorizon = Duration.FromHours(100) }, 1).Build();
        using var columns = ColumnGeneration.Create(data, out _);

        Assert.Equal((false, (int?)0), columns!.Seed(1, static () => false));
    }
}
