using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Scheduling.Roster;
using Workforce.Scheduling.Roster.Columns;

namespace Workforce.Scheduling.Tests;

/// <summary>The greedy step of the starting roster, by the agent's schedule programme.</summary>
public class GreedyScheduleTests
{
    [Fact]
    public void Alone_the_greedy_step_finds_the_models_optimum()
    {
        var rota = new TinyRota { Weeks = 2 }
            .WithContract(TinyRota.MakeContract(maxConsecutive: 4, minConsecutive: 2, minDaysOff: 2, maxWeekends: 1, weekendReferenceWeeks: 2))
            .WithAgent("A");
        var random = new Random(5);
        for (var day = 0; day < 14; day++)
        {
            rota.WithCover(day, "E", random.Next(0, 2), under: random.Next(0, 200), over: random.Next(0, 100));
            rota.WithCover(day, "L", random.Next(0, 2), under: random.Next(0, 200), over: random.Next(0, 100));
        }

        var data = rota.Build();
        var roster = ShiftRoster.Empty(data);
        roster.Choice[0] = GreedySchedule.Create(data, 0, ShiftRoster.CoverOfCandidates(data)[0])!.Against(roster, static () => false, out _)!;

        Assert.Equal(rota.Solve().Objective, roster.Objective());
    }

    [Fact]
    public void The_greedy_step_works_the_shifts_the_others_left_short()
    {
        var rota = new TinyRota()
            .WithContract(TinyRota.MakeContract(maxConsecutive: 7, maxWeekends: 1) with { MaxPaidOverHorizon = Duration.FromHours(16) })
            .WithAgent("A")
            .WithAgent("B")
            .WithCover(1, "E", 1)
            .WithCover(2, "E", 1)
            .WithCover(4, "L", 1);
        var data = rota.Build();
        var roster = ShiftRoster.Empty(data);
        roster.Choice[0] = GreedySchedule.Create(data, 0, ShiftRoster.CoverOfCandidates(data)[0])!.Against(roster, static () => false, out _)!;
        roster.Choice[1] = GreedySchedule.Create(data, 1, ShiftRoster.CoverOfCandidates(data)[1])!.Against(roster, static () => false, out _)!;

        // A takes two of the three shifts asked for (16 hours), B the one left.
        Assert.Equal(0, roster.CoverCounts().Zip(data.ShiftCover, (count, demand) => Math.Abs(count - demand.Required)).Sum());
    }

    [Fact]
    public void Caps_beyond_the_counters_are_left_out_only_when_asked()
    {
        // Twenty capped types at five shifts each need 20 × 4 bits of counters: more than the 64 there are.
        var types = Enumerable.Range(0, 20).Select(t => new ShiftType($"T{t}", new LocalTime(6, 0).PlusMinutes(t * 20), Duration.FromHours(8))).ToArray();
        var contract = TinyRota.MakeContract(types: types, maxWeekends: 2, weekendReferenceWeeks: 2)
            with { MaxShiftsPerType = types.ToDictionary(t => t.Id, _ => 5) };
        var data = new TinyRota { Weeks = 2 }.WithContract(contract).WithAgent("A").WithCover(0, "T0", 1).Build();

        Assert.Null(AgentScheduleDp.Create(data, data.Agents[0], out var reason));
        Assert.Contains("caps", reason, StringComparison.Ordinal);
        Assert.True(AgentScheduleDp.Create(data, data.Agents[0], out _, relaxCaps: true)!.Relaxed);
    }

    [Fact]
    public void A_relaxed_schedule_is_priced_again_until_the_caps_left_out_hold()
    {
        var types = Enumerable.Range(0, 20).Select(t => new ShiftType($"T{t}", new LocalTime(6, 0).PlusMinutes(t * 20), Duration.FromHours(8))).ToArray();
        var contract = TinyRota.MakeContract(types: types, maxWeekends: 2, weekendReferenceWeeks: 2)
            with { MaxShiftsPerType = types.ToDictionary(t => t.Id, _ => 5) };
        TinyRota Rota() => new TinyRota { Weeks = 2 }.WithContract(contract).WithAgent("A");
        var probe = Rota().WithCover(0, "T0", 1).Build();
        var leftOut = probe.Agents[0].Candidates[AgentScheduleDp.Create(probe, probe.Agents[0], out _, relaxCaps: true)!.LeftOut[0].Candidates[0]].ShiftTypeId!;

        // Every day asks for the type whose cap is not counted: unrepaired, the agent would work it on every day allowed.
        var rota = Rota();
        for (var day = 0; day < 14; day++)
        {
            rota.WithCover(day, leftOut, 1, under: 1000);
        }

        var data = rota.Build();
        var schedule = GreedySchedule.Create(data, 0, ShiftRoster.CoverOfCandidates(data)[0])!.Against(ShiftRoster.Empty(data), static () => false, out var lawful)!;

        Assert.True(lawful);
        Assert.InRange(schedule.Count(k => k != ShiftRoster.Off && data.Agents[0].Candidates[k].ShiftTypeId == leftOut), 0, 5);
    }
}
