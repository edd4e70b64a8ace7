using System.Globalization;
using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// Solves a roster with OR-Tools CP-SAT: the <see cref="IRosterSolver"/> port of Core. Three stages
/// share the time limit:
/// <list type="number">
/// <item>a rule-abiding starting roster, one agent at a time (<see cref="SequentialSeed"/>), with its
/// breaks, training and channel allocation settled greedily (<see cref="SeedCompletion"/>): a whole
/// roster within seconds;</item>
/// <item>the full model with those shifts fixed, which settles breaks, channel allocation and
/// shortfall better: a complete solution of the full model;</item>
/// <item>the full model with every decision free, started from that complete solution.</item>
/// </list>
/// The best roster of stages 2 and 3 is returned, with the best proven bound: CP-SAT's for the full
/// model, or the <see cref="LabourFloor"/> when that is higher (or CP-SAT proved none in time).
/// </summary>
public sealed class CpSatRosterSolver : IRosterSolver
{
    /// <summary>Share of the time left after the seed for completing the starting roster (stage 2).</summary>
    private const double CompletionShare = 0.7;

    public RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        if (ShiftCoverSearch.Handles(data))
        {
            return ShiftCoverSearch.Solve(data, settings, progress, cancellationToken);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();

        var seed = SequentialSeed.Build(data, settings.Seed, cancellationToken);
        if (seed.InfeasibleAgentId is not null)
        {
            return Empty(RosterStatus.Infeasible, double.NaN, clock) with { InfeasibleAgentId = seed.InfeasibleAgentId };
        }

        var model = new RosterCpModel(data).BuildAll();
        var report = new ProgressReport(progress, LabourFloor.Cents(data));
        // The seed with every other decision settled in code: a whole roster within seconds of the
        // seed, so even a short time limit returns one.
        var settled = SeedCompletion.Decide(model, data, seed.Chosen) is { } decided
            ? SolveWithFixed(model, decided.Decisions, decided.Implied, settings with { TimeLimit = Min(settings.TimeLimit - clock.Elapsed, SettledLimit) }, report, clock, cancellationToken)
            : null;

        // With the shifts fixed what remains is close to a linear programme: CP-SAT's LP-guided main
        // worker settles it far better than the greedy above (no hint: hinted with the settled roster
        // it stays next to it) but needs about 25 s on the sample for its first solution.
        var shiftsOnly = ShiftValues(model, seed.Chosen);
        var completion = Better(settled, SolveWithFixed(model, shiftsOnly, hint: null, settings with { TimeLimit = (settings.TimeLimit - clock.Elapsed) * CompletionShare }, report, clock, cancellationToken));
        if (completion is not null)
        {
            HintAll(model.Model, completion.Values);
        }
        else
        {
            model.HintShifts(seed.Chosen);
        }

        var remaining = settings.TimeLimit - clock.Elapsed;
        var solver = new CpSolver { StringParameters = Parameters(settings with { TimeLimit = remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1) }) };
        using var stop = cancellationToken.Register(solver.StopSearch);
        var status = cancellationToken.IsCancellationRequested ? CpSolverStatus.Unknown : solver.Solve(model.Model, report.Stage(clock, fullModel: true));
        // CP-SAT's bound when it proved one; never below the labour floor, which holds without a solver.
        var bound = Math.Max(status == CpSolverStatus.Unknown ? double.NegativeInfinity : solver.BestObjectiveBound, LabourFloor.Cents(data));

        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible && (completion is null || solver.ObjectiveValue <= completion.Objective))
        {
            var values = solver.Response!.Solution;
            return Read(model, status == CpSolverStatus.Optimal ? RosterStatus.Optimal : RosterStatus.Feasible, solver.ObjectiveValue, bound, clock, v => values[v.GetIndex()]);
        }

        if (completion is not null)
        {
            return Read(model, RosterStatus.Feasible, completion.Objective, bound, clock, v => completion.Values[v.GetIndex()]);
        }

        return Empty(status == CpSolverStatus.Infeasible ? RosterStatus.Infeasible : RosterStatus.NoSolution, bound, clock);
    }

    private sealed record Completion(IList<long> Values, double Objective);

    /// <summary>Most of what the settled roster needs is propagation; this caps a pathological case.</summary>
    private static readonly TimeSpan SettledLimit = TimeSpan.FromSeconds(10);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static Completion? Better(Completion? a, Completion? b) =>
        a is null ? b : b is null ? a : b.Objective <= a.Objective ? b : a;

    private static Dictionary<int, long> ShiftValues(RosterCpModel model, IReadOnlyList<bool[]> chosen)
    {
        var values = new Dictionary<int, long>();
        for (var a = 0; a < model.Agents.Count; a++)
        {
            for (var k = 0; k < model.Agents[a].Shift.Length; k++)
            {
                values[model.Agents[a].Shift[k].GetIndex()] = chosen[a][k] ? 1 : 0;
            }
        }

        return values;
    }

    /// <summary>
    /// Solves a copy of the full model with the given variables fixed (the shift decisions, or every
    /// decision of <see cref="SeedCompletion"/>), optionally started from a complete hint. Its answer
    /// is a complete solution of the full model.
    /// </summary>
    private static Completion? SolveWithFixed(RosterCpModel model, Dictionary<int, long> fixedValues, IReadOnlyDictionary<int, long>? hint, RosterSolverSettings settings, ProgressReport report, System.Diagnostics.Stopwatch clock, CancellationToken cancellationToken)
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

        if (hint is not null)
        {
            Hint(copy, hint);
        }

        var solver = new CpSolver { StringParameters = Parameters(settings) };
        using var stop = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(copy, report.Stage(clock, fullModel: false));
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? new Completion([.. solver.Response!.Solution], solver.ObjectiveValue) : null;
    }

    private static void HintAll(CpModel model, IList<long> values) => Hint(model, Indexed(values));

    private static Dictionary<int, long> Indexed(IList<long> values) =>
        values.Select((value, index) => (index, value)).ToDictionary(e => e.index, e => e.value);

    private static void Hint(CpModel model, IReadOnlyDictionary<int, long> values)
    {
        model.ClearHints();
        var hint = new PartialVariableAssignment();
        foreach (var (index, value) in values.OrderBy(e => e.Key))
        {
            hint.Vars.Add(index);
            hint.Values.Add(value);
        }

        model.Model.SolutionHint = hint;
    }

    internal static string Parameters(RosterSolverSettings settings)
    {
        var parameters = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{settings.TimeLimit.TotalSeconds}"),
            string.Create(CultureInfo.InvariantCulture, $"num_workers:{Math.Max(1, settings.Threads)}"),
            string.Create(CultureInfo.InvariantCulture, $"random_seed:{settings.Seed}"),
        };
        if (Environment.GetEnvironmentVariable("WORKFORCE_SOLVER_LOG") == "1")
        {
            // CP-SAT's own search log, for diagnosing a model; it goes to stdout.
            parameters.Add("log_search_progress:true");
        }

        if (Environment.GetEnvironmentVariable("WORKFORCE_SOLVER_PARAMETERS") is { Length: > 0 } extra)
        {
            // Expert override, for tuning experiments: CP-SAT parameters in its text format.
            parameters.Add(extra);
        }

        if (settings.DeterministicTimeLimit is { } deterministic)
        {
            parameters.Add(string.Create(CultureInfo.InvariantCulture, $"max_deterministic_time:{deterministic}"));
        }

        return string.Join(' ', parameters);
    }

    private static RosterSolution Empty(RosterStatus status, double bound, System.Diagnostics.Stopwatch clock) =>
        new(status, double.NaN, bound, clock.Elapsed.TotalSeconds, [], new Dictionary<(int, int), int[]>());

    private static RosterSolution Read(RosterCpModel model, RosterStatus status, double objective, double bound, System.Diagnostics.Stopwatch clock, Func<IntVar, long> value) =>
        new(status, objective, Math.Min(bound, objective), clock.Elapsed.TotalSeconds, ReadShifts(model, value), ReadAllocation(model, value));

    private static List<ScheduledShift> ReadShifts(RosterCpModel model, Func<IntVar, long> value)
    {
        var breaks = AssignBreaks(model, value);
        var shifts = new List<ScheduledShift>();
        foreach (var agent in model.Agents)
        {
            for (var k = 0; k < agent.Shift.Length; k++)
            {
                if (value(agent.Shift[k]) == 1)
                {
                    var placed = breaks.TryGetValue((agent.Plan.Index, k), out var list) ? list : EarliestBreaks(model, agent, k);
                    shifts.Add(new ScheduledShift(agent.Plan.Index, agent.Plan.Candidates[k], [.. placed.OrderBy(b => b.StartIndex)])
                    {
                        Training = ReadTraining(agent, agent.Plan.Candidates[k], value),
                    });
                }
            }
        }

        return shifts;
    }

    /// <summary>The agent's training sessions that fall inside this shift.</summary>
    private static List<PlacedTraining> ReadTraining(RosterCpModel.AgentVariables agent, ShiftCandidate shift, Func<IntVar, long> value)
    {
        var placed = new List<PlacedTraining>();
        for (var n = 0; n < agent.Plan.Training.Count; n++)
        {
            var need = agent.Plan.Training[n];
            for (var i = 0; i < need.StartOptions.Count; i++)
            {
                var start = need.StartOptions[i];
                if (value(agent.TrainingStarts[n][i]) == 1 && shift.StartIndex <= start && start + need.Length <= shift.EndIndex)
                {
                    placed.Add(new PlacedTraining(need.SessionId, start, need.Length));
                }
            }
        }

        return placed;
    }

    /// <summary>
    /// Reads each agent's breaks off the group counts: per pool, the chosen shifts in start order take
    /// the break starts in time order. The pool's cumulative constraints guarantee each lands inside its
    /// own shift's window.
    /// </summary>
    private static Dictionary<(int Agent, int Candidate), List<PlacedBreak>> AssignBreaks(RosterCpModel model, Func<IntVar, long> value)
    {
        var placed = new Dictionary<(int Agent, int Candidate), List<PlacedBreak>>();
        foreach (var pool in model.GroupBreaks.Values.SelectMany(p => p))
        {
            var chosen = pool.Shifts
                .Where(s => value(model.Agents[s.Agent].Shift[s.Candidate]) == 1)
                .OrderBy(s => model.Agents[s.Agent].Plan.Candidates[s.Candidate].StartIndex)
                .ThenBy(s => s.Agent)
                .ToList();
            var starts = pool.Starts
                .SelectMany((count, i) => Enumerable.Repeat(pool.First + i, (int)value(count)))
                .ToList();
            for (var i = 0; i < Math.Min(chosen.Count, starts.Count); i++)
            {
                var key = (chosen[i].Agent, chosen[i].Candidate);
                if (!placed.TryGetValue(key, out var list))
                {
                    placed[key] = list = [];
                }

                list.Add(new PlacedBreak(pool.Rule, starts[i], pool.Length));
            }
        }

        return placed;
    }

    /// <summary>Agents off the phones all shift (in training) take each break at its earliest offset.</summary>
    private static List<PlacedBreak> EarliestBreaks(RosterCpModel model, RosterCpModel.AgentVariables agent, int candidateIndex)
    {
        var horizon = model.Horizon;
        var candidate = agent.Plan.Candidates[candidateIndex];
        return [.. agent.Plan.Contract.BreaksFor(horizon.IntervalLength * candidate.Length)
            .Select(rule => new PlacedBreak(rule, candidate.StartIndex + horizon.IntervalsIn(rule.EarliestAfterStart), horizon.IntervalsIn(rule.Length)))];
    }

    private static Dictionary<(int Group, int Demand), int[]> ReadAllocation(RosterCpModel model, Func<IntVar, long> value) =>
        model.Allocation.ToDictionary(
            entry => entry.Key,
            entry => entry.Value.Select(y => y is null ? 0 : (int)value(y)).ToArray());

    /// <summary>
    /// Reports, across all stages, each roster better than every one before it, with a bound that
    /// holds for the whole problem: the labour floor, or CP-SAT's own once it searches the full model
    /// (a stage with some decisions fixed proves bounds only for those decisions).
    /// </summary>
    private sealed class ProgressReport(IProgress<RosterProgress>? progress, double labourFloor)
    {
        private readonly Lock _gate = new();
        private double _best = double.PositiveInfinity;

        public ProgressCallback Stage(System.Diagnostics.Stopwatch clock, bool fullModel) => new(this, clock.Elapsed.TotalSeconds, fullModel);

        public void Report(double seconds, double objective, double stageBound)
        {
            lock (_gate)
            {
                if (progress is null || objective >= _best)
                {
                    return;
                }

                _best = objective;
                progress.Report(new RosterProgress(seconds, objective, Math.Min(objective, stageBound)));
            }
        }

        internal sealed class ProgressCallback(ProgressReport report, double secondsBefore, bool fullModel) : CpSolverSolutionCallback
        {
            public override void OnSolutionCallback() =>
                report.Report(secondsBefore + WallTime(), ObjectiveValue(), fullModel ? Math.Max(BestObjectiveBound(), report.LabourFloor) : report.LabourFloor);
        }

        public double LabourFloor => labourFloor;
    }
}
