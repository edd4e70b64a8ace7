using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster;

namespace Workforce.Scheduling.Tests;

public class SeedCompletionTests
{
    [Fact]
    public void The_settled_decisions_are_a_legal_solution_of_the_full_model()
    {
        // Lunches, a deferred channel and a training session: every kind of decision the completion settles.
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 16, maxHours: 40, maxDays: 5, shiftHours: [4, 8], earliest: new NodaTime.LocalTime(6, 0), latest: new NodaTime.LocalTime(12, 0), breaks: [TinyRoster.Lunch()]))
            .WithChannel(TinyRoster.Email, new Core.Sites.DeferredModel(TimeSpan.FromHours(4), 0.9, 1.0))
            .WithAgent("A1", TinyRoster.Phone)
            .WithAgent("A2", TinyRoster.Phone, TinyRoster.Email)
            .WithAgent("A3", TinyRoster.Email)
            .WithTraining("T1", 1, 9, 15, 2, "A2")
            .WithDemandEveryDay(8, 18, 1);
        for (var day = 0; day < RosterHorizon.Days; day++)
        {
            roster.WithForecast(day, 9, 20, 600, TinyRoster.Email);
        }

        var (model, settled) = Settle(roster.Build());

        var fixedModel = Fixed(model, settled.Decisions);
        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:20" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(fixedModel));
    }

    [Fact]
    public void Two_lunches_in_a_team_of_two_are_taken_at_different_times()
    {
        // Monday needs both agents 08:00–16:00 (their only shift): a lunch taken together leaves the phones empty.
        var roster = new TinyRoster()
            .WithContract(TinyRoster.MakeContract(minHours: 8, maxHours: 8, maxDays: 1, earliest: new NodaTime.LocalTime(8, 0), latest: new NodaTime.LocalTime(8, 0), breaks: [TinyRoster.Lunch(paid: true)]))
            .WithAgent("A1")
            .WithAgent("A2")
            .WithDemand(0, 8, 16, 2);
        var data = roster.Build();

        var (model, settled) = Settle(data);

        var lunches = model.GroupBreaks.Values.SelectMany(p => p).Where(p => p.Day == 0).SelectMany(p => p.Starts).Select(v => settled.Decisions[v.GetIndex()]).ToList();
        Assert.Equal(2, lunches.Sum());
        Assert.All(lunches, count => Assert.True(count <= 1, "two lunches start in the same interval"));
    }

    private static (RosterCpModel Model, SeedCompletion.Settled Settled) Settle(RosterModelData data)
    {
        var seed = SequentialSeed.Build(data, 1, CancellationToken.None);
        Assert.Null(seed.InfeasibleAgentId);
        var model = new RosterCpModel(data).BuildAll();
        var settled = SeedCompletion.Decide(model, data, seed.Chosen);
        Assert.NotNull(settled);
        return (model, settled);
    }

    private static CpModel Fixed(RosterCpModel model, Dictionary<int, long> decisions)
    {
        var copy = new CpModel();
        copy.Model.MergeFrom(model.Model.Model.Clone());
        foreach (var (index, value) in decisions)
        {
            copy.Model.Variables[index].Domain.Clear();
            copy.Model.Variables[index].Domain.Add(value);
            copy.Model.Variables[index].Domain.Add(value);
        }

        return copy;
    }
}
