using System.Diagnostics;
using Google.OrTools.Sat;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// CP-SAT on the full model (<see cref="RosterCpModel"/>), started from a roster settled in code:
/// <list type="number">
/// <item>the roster's decisions fixed, which CP-SAT completes by propagation alone: the complete
/// solution of the full model that the later stages start from;</item>
/// <item>the shifts fixed and everything else free: what remains is close to a linear programme, and
/// CP-SAT's LP-guided worker places breaks and shares out the channels better than the greedy
/// settlement (unhinted: hinted, it stays next to the hint);</item>
/// <item>the whole model, hinted with the best complete solution, for the rest of the time.</item>
/// </list>
/// The full model is built only where it fits the time left (<see cref="Fits(RosterModelData, TimeSpan)"/>); building it cannot be
/// interrupted part-way at less than an agent's rules.
/// </summary>
internal static class CpSatPolish
{
    /// <summary>Share of the time left for stage 2 (shifts fixed).</summary>
    private const double CompletionShare = 0.7;

    /// <summary>
    /// Candidate shifts of the whole site above which the full model is not built. On the 128-agent
    /// sample (about 90,000 candidates) a minute of it found nothing the neighbourhoods had not, for
    /// 1.4 GB; on small sites it proves the optimum.
    /// </summary>
    public const int MostCandidates = 20_000;

    /// <summary>Least time left, in seconds per thousand candidate shifts, for the full model to be worth building.</summary>
    private const double SecondsPerThousandCandidates = 0.35;

    /// <summary>
    /// With every decision fixed there is nothing to presolve, and on a large site presolving the whole
    /// model alone takes seconds; propagation finds the roster at once.
    /// </summary>
    private const string NoPresolve = "cp_model_presolve:false";

    public static bool Fits(RosterModelData data, TimeSpan left) => Fits(Candidates(data), left);

    /// <summary>Whether a site of <paramref name="candidates"/> candidate shifts (<see cref="Candidates"/>) is small enough for the full model in the time left.</summary>
    public static bool Fits(int candidates, TimeSpan left) =>
        candidates <= MostCandidates && left.TotalSeconds >= 5 + (candidates / 1000.0 * SecondsPerThousandCandidates);

    /// <summary>Candidate shifts of the whole site.</summary>
    public static int Candidates(RosterModelData data) => data.Agents.Sum(a => a.Candidates.Count);

    /// <summary>A better roster than <paramref name="start"/>, or null when CP-SAT found none in time.</summary>
    public static SettledRoster? Improve(RosterModelData data, SettledRoster start, RosterSolverSettings settings, StageProgress report, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        report.Stage("CP-SAT: building the full model");
        RosterCpModel model;
        try
        {
            model = new RosterCpModel(data).BuildAll(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        TimeSpan Left() => settings.TimeLimit - clock.Elapsed;
        var settled = SolveWithFixed(model, Decisions(model, data, start), settings with { TimeLimit = Left() }, report, cancellationToken, NoPresolve);
        if (settled is null)
        {
            return null;
        }

        report.Stage("CP-SAT: breaks and allocation");
        var completion = SolveWithFixed(model, ShiftValues(model, start), settings with { TimeLimit = Left() * CompletionShare }, report, cancellationToken);
        var best = completion is not null && completion.Objective < settled.Objective ? completion : settled;

        report.Stage("CP-SAT: whole roster");
        Hint(model.Model, best.Values);
        var solver = new CpSolver { StringParameters = CpSatParameters.For(settings with { TimeLimit = Left() > TimeSpan.FromSeconds(0.5) ? Left() : TimeSpan.FromSeconds(0.5) }) };
        var status = StoppableSolve.Run(solver, model.Model, new Callback(report, fullModel: true), cancellationToken);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible && solver.ObjectiveValue < best.Objective)
        {
            report.Found(solver.ObjectiveValue, solver.BestObjectiveBound);
            var values = solver.Response!.Solution;
            best = new Completion([.. values], solver.ObjectiveValue);
        }
        else if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible or CpSolverStatus.Unknown && !cancellationToken.IsCancellationRequested)
        {
            report.Found(best.Objective, status == CpSolverStatus.Unknown ? double.NegativeInfinity : solver.BestObjectiveBound);
        }

        return best.Objective < start.Objective ? Read(model, data, best) : null;
    }

    private sealed record Completion(IList<long> Values, double Objective);

    /// <summary>The roster's decisions as values of the model's variables: shifts, training starts, break counts per pool and allocation.</summary>
    internal static Dictionary<int, long> Decisions(RosterCpModel model, RosterModelData data, SettledRoster roster)
    {
        var values = ShiftValues(model, roster);
        foreach (var agent in model.Agents)
        {
            var placed = roster.Shifts.Where(s => s.AgentIndex == agent.Plan.Index).SelectMany(s => s.Training).ToList();
            for (var n = 0; n < agent.Plan.Training.Count; n++)
            {
                var start = placed.First(t => t.SessionId == agent.Plan.Training[n].SessionId).StartIndex;
                for (var i = 0; i < agent.Plan.Training[n].StartOptions.Count; i++)
                {
                    values[agent.TrainingStarts[n][i].GetIndex()] = agent.Plan.Training[n].StartOptions[i] == start ? 1 : 0;
                }
            }
        }

        foreach (var (group, pools) in model.GroupBreaks)
        {
            foreach (var pool in pools)
            {
                var counts = new long[pool.Starts.Length];
                foreach (var shift in roster.Shifts.Where(s => s.Shift.Day == pool.Day && data.Agents[s.AgentIndex].GroupIndex == group))
                {
                    foreach (var placed in shift.Breaks.Where(b => b.Rule == pool.Rule))
                    {
                        counts[placed.StartIndex - pool.First]++;
                    }
                }

                for (var i = 0; i < counts.Length; i++)
                {
                    values[pool.Starts[i].GetIndex()] = counts[i];
                }
            }
        }

        var covered = data.Demands.ToDictionary(d => d.ChannelIndex, _ => new long[data.Horizon.WeekIntervals]);
        foreach (var ((group, demand), variables) in model.Allocation)
        {
            var counts = roster.Allocation[(group, demand)];
            for (var t = 0; t < variables.Length; t++)
            {
                if (variables[t] is { } y)
                {
                    values[y.GetIndex()] = counts[t];
                    covered[demand][t] += counts[t] * (long)data.Groups[group].ProductivityPercent;
                }
            }
        }

        // The cover the allocation implies, at its cheapest (as the evaluator prices it): with these
        // fixed too, CP-SAT has only the chains and counters left to propagate.
        foreach (var demand in data.Demands)
        {
            if (demand is LiveDemand live)
            {
                ImpliedLive(model, live, covered[live.ChannelIndex], values);
            }
            else if (demand is DeferredDemand deferred)
            {
                ImpliedDeferred(model, deferred, covered[deferred.ChannelIndex], values);
            }
        }

        return values;
    }

    private static void ImpliedLive(RosterCpModel model, LiveDemand demand, long[] covered, Dictionary<int, long> values)
    {
        for (var t = 0; t < demand.RequiredHundredths.Count; t++)
        {
            if (model.LiveGaps.TryGetValue((demand.ChannelIndex, t), out var gap))
            {
                var shortfall = demand.RequiredHundredths[t] - covered[t];
                values[gap.First.GetIndex()] = Math.Clamp(shortfall, 0, 100);
                values[gap.Second.GetIndex()] = Math.Clamp(shortfall - 100, 0, 100);
                values[gap.Deep.GetIndex()] = Math.Max(shortfall - 200, 0);
                values[gap.Over.GetIndex()] = Math.Max(-shortfall, 0);
            }
        }
    }

    private static void ImpliedDeferred(RosterCpModel model, DeferredDemand demand, long[] covered, Dictionary<int, long> values)
    {
        var (doneSoFar, late) = RosterEvaluator.DeferredProgress(demand, covered);
        for (var t = 0; t < demand.ArrivedSeconds.Count; t++)
        {
            if (model.DeferredWork.TryGetValue((demand.ChannelIndex, t), out var work))
            {
                values[work.Done.GetIndex()] = doneSoFar[t] - (t > 0 ? doneSoFar[t - 1] : 0);
                values[work.Cumulative.GetIndex()] = doneSoFar[t];
                if (work.Late is { } lateWork)
                {
                    values[lateWork.GetIndex()] = late[t];
                }
            }
        }
    }

    private static Dictionary<int, long> ShiftValues(RosterCpModel model, SettledRoster roster)
    {
        var values = new Dictionary<int, long>();
        for (var a = 0; a < model.Agents.Count; a++)
        {
            var worked = roster.Choice[a].ToHashSet();
            for (var k = 0; k < model.Agents[a].Shift.Length; k++)
            {
                values[model.Agents[a].Shift[k].GetIndex()] = worked.Contains(k) ? 1 : 0;
            }
        }

        return values;
    }

    /// <summary>
    /// Solves a copy of the full model with the given variables fixed. Its answer is a complete
    /// solution of the full model, or null when none was found in time.
    /// </summary>
    private static Completion? SolveWithFixed(RosterCpModel model, Dictionary<int, long> fixedValues, RosterSolverSettings settings, StageProgress report, CancellationToken cancellationToken, string extraParameters = "")
    {
        if (settings.TimeLimit <= TimeSpan.Zero || cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        // A deep clone: MergeFrom alone would share the variable messages, and fixing the copy's
        // domains would fix the real model's too.
        var copy = new CpModel();
        copy.Model.MergeFrom(model.Model.Model.Clone());
        foreach (var (index, value) in fixedValues)
        {
            var domain = copy.Model.Variables[index].Domain;
            domain.Clear();
            domain.Add(value);
            domain.Add(value);
        }

        var solver = new CpSolver { StringParameters = CpSatParameters.For(settings, extraParameters) };
        var status = StoppableSolve.Run(solver, copy, new Callback(report, fullModel: false), cancellationToken);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? new Completion([.. solver.Response!.Solution], solver.ObjectiveValue) : null;
    }

    private static void Hint(CpModel model, IList<long> values)
    {
        model.ClearHints();
        var hint = new PartialVariableAssignment();
        for (var index = 0; index < values.Count; index++)
        {
            hint.Vars.Add(index);
            hint.Values.Add(values[index]);
        }

        model.Model.SolutionHint = hint;
    }

    private static SettledRoster Read(RosterCpModel model, RosterModelData data, Completion completion)
    {
        long Value(IntVar v) => completion.Values[v.GetIndex()];
        var choice = data.Agents.Select(a => Enumerable.Repeat(WeekSchedule.Off, data.Horizon.DayCount).ToArray()).ToArray();
        foreach (var agent in model.Agents)
        {
            for (var k = 0; k < agent.Shift.Length; k++)
            {
                if (Value(agent.Shift[k]) == 1)
                {
                    choice[agent.Plan.Index][agent.Plan.Candidates[k].Day] = k;
                }
            }
        }

        return new SettledRoster(choice, RosterCpReading.Shifts(model, Value), RosterCpReading.Allocation(model, Value), (long)Math.Round(completion.Objective));
    }

    /// <summary>Reports each solution of a stage: a bound for the whole problem only from the full model.</summary>
    private sealed class Callback(StageProgress report, bool fullModel) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback() =>
            report.Found(ObjectiveValue(), fullModel ? BestObjectiveBound() : double.NegativeInfinity);
    }
}
