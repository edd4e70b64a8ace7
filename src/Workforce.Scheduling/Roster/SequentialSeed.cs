using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// A starting roster that keeps every hard rule, built one agent at a time: each agent gets the
/// week of shifts that covers most of the demand still uncovered, under their own contract, rest,
/// time off and carry-in (a small CP-SAT model of that agent's rules alone, the same rule methods as
/// the full model). Agents with fewer skills go first, so scarce skills are covered by specialists.
/// Because hard rules never link two agents, an agent whose own model has no solution is exactly
/// what makes the whole roster infeasible, and is named.
/// </summary>
internal static class SequentialSeed
{
    /// <summary>
    /// Each agent's small model usually solves to optimality in milliseconds. Its limit is in CP-SAT's
    /// deterministic time, so the seed, and with it a seeded single-thread run, is reproducible; the
    /// wall-clock cap is only a safety net.
    /// </summary>
    private const string PerAgentLimits = "max_deterministic_time:0.5 max_time_in_seconds:5 num_workers:1";

    public sealed record Result(IReadOnlyList<bool[]> Chosen, string? InfeasibleAgentId);

    public static Result Build(RosterModelData data, int seed, CancellationToken cancellationToken)
    {
        var residual = InitialResidual(data);
        var chosen = data.Agents.Select(a => new bool[a.Candidates.Count]).ToList();
        var reward = data.PerHundredthInterval(data.Weights.ShortfallFirstAgentCentsPerHour) * 100;
        var order = data.Agents
            .OrderBy(a => a.GroupIndex is null ? 1 : 0)
            .ThenBy(a => a.GroupIndex is { } g ? data.Groups[g].Skills.Count : 0)
            .ThenBy(a => a.Index);

        foreach (var plan in order)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return new Result(chosen, null);
            }

            var channels = plan.GroupIndex is { } group ? data.Groups[group].Skills.Keys.Select(ChannelIndexOf(data)).ToList() : [];
            var productivity = plan.Agent.ProductivityFactor;
            var rewards = plan.Candidates.Select(c => (long)Math.Round(reward * productivity * CoverageValue(data, residual, channels, c))).ToArray();

            var single = data with { Agents = [plan with { Index = 0 }] };
            var model = new RosterCpModel(single).BuildRulesOnly([rewards]);
            var solver = new CpSolver { StringParameters = $"{PerAgentLimits} random_seed:{seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}" };
            var status = solver.Solve(model.Model);
            if (status == CpSolverStatus.Infeasible)
            {
                return new Result(chosen, plan.Agent.Id);
            }

            if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            {
                continue;
            }

            for (var k = 0; k < plan.Candidates.Count; k++)
            {
                if (solver.BooleanValue(model.Agents[0].Shift[k]))
                {
                    chosen[plan.Index][k] = true;
                    Consume(data, residual, channels, plan.Candidates[k], productivity);
                }
            }
        }

        return new Result(chosen, null);
    }

    private static Func<string, int> ChannelIndexOf(RosterModelData data) =>
        id => data.Demands.First(d => d.ChannelId == id).ChannelIndex;

    /// <summary>Uncovered agents per channel and interval, from staffing's requirement.</summary>
    private static double[][] InitialResidual(RosterModelData data) =>
        [.. data.Demands.Select(d => (d switch
        {
            LiveDemand live => live.RequiredHundredths,
            DeferredDemand deferred => deferred.RequiredHundredths,
            _ => [],
        }).Select(r => r / 100.0).ToArray())];

    /// <summary>How much uncovered demand a shift would meet: per interval, the most-needed of the agent's channels, capped at one agent.</summary>
    private static double CoverageValue(RosterModelData data, double[][] residual, List<int> channels, ShiftCandidate shift)
    {
        double value = 0;
        for (var t = shift.StartIndex; t < Math.Min(shift.EndIndex, data.Horizon.WeekIntervals); t++)
        {
            var best = 0.0;
            foreach (var c in channels)
            {
                best = Math.Max(best, Math.Min(1, residual[c][t]));
            }

            value += best;
        }

        return value;
    }

    private static void Consume(RosterModelData data, double[][] residual, List<int> channels, ShiftCandidate shift, double productivity)
    {
        for (var t = shift.StartIndex; t < Math.Min(shift.EndIndex, data.Horizon.WeekIntervals); t++)
        {
            var best = -1;
            foreach (var c in channels)
            {
                if (best < 0 || residual[c][t] > residual[best][t])
                {
                    best = c;
                }
            }

            if (best >= 0)
            {
                residual[best][t] -= productivity;
            }
        }
    }
}
