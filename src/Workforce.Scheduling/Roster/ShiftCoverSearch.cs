using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster.Columns;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The engine's search for rosters planned by day and named shift type (a rota, or the Curtois–Qu
/// benchmark), where cover is counted per day and shift type rather than per interval:
/// <list type="number">
/// <item>a starting roster, agent by agent: each gets the schedule that best serves the cover still
/// missing, under their own rules (the same neighbourhood step with one agent free);</item>
/// <item>then a large-neighbourhood search: a few agents over the whole horizon, or more agents over a
/// window of days, are re-rostered by CP-SAT with everyone else fixed (<see cref="ShiftNeighbourhood"/>),
/// and the roster is kept when it costs no more. The neighbourhood grows while its steps are proven
/// optimal quickly and shrinks when they run out of time;</item>
/// <item>with two threads or more, the full model runs beside it on one thread, started from the
/// first roster: it proves the lower bound, and closes small instances outright.</item>
/// </list>
/// </summary>
internal static class ShiftCoverSearch
{
    /// <summary>CP-SAT deterministic time one neighbourhood step may take.</summary>
    private const double StepWork = 0.2;

    /// <summary>Agent-days in the first neighbourhoods; adapted as the search goes.</summary>
    private const double InitialSize = 60;

    /// <summary>For tuning on a busy machine: stop after this much CP-SAT deterministic time in the steps (<c>WORKFORCE_SEARCH_WORK</c>).</summary>
    private static readonly double WorkBudget = double.Parse(Environment.GetEnvironmentVariable("WORKFORCE_SEARCH_WORK") ?? "Infinity", CultureInfo.InvariantCulture);

    /// <summary>Share of the time limit column generation may take before the search starts.</summary>
    private const double GenerationShare = 0.4;

    /// <summary>Rounds of column generation a rota's relaxation typically needs (30–45 on the benchmark's mid-sized instances).</summary>
    private const int ExpectedRounds = 40;

    /// <summary>Rounds after which the pace of generation is judged.</summary>
    private const int PaceRounds = 1;

    /// <summary>Share of the time limit for picking the starting roster from the generated schedules.</summary>
    private const double PickShare = 0.1;

    /// <summary>Share of the neighbourhoods aimed at a costly cover demand.</summary>
    private const double TargetShare = 0.5;

    /// <summary>Above this many candidates, an agent's starting schedule is found without the LP.</summary>
    private const int LpCandidates = 2000;

    /// <summary>Whether this search can take the model: cover by shift type, and an objective <see cref="ShiftRoster"/> computes.</summary>
    public static bool Handles(RosterModelData data) => data.ShiftCover.Count > 0 && ShiftRoster.Prices(data);

    public static RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var log = SearchLog.For(progress, clock);
        var deadline = settings.TimeLimit;
        bool Stopped() => cancellationToken.IsCancellationRequested || clock.Elapsed >= deadline;
        var neighbourhood = new ShiftNeighbourhood(data);
        var random = new Random(settings.Seed);

        using var columns = ColumnGeneration.Create(data, out var unsupported);
        if (unsupported is not null)
        {
            log?.Invoke($"column generation not used: {unsupported}");
        }

        var order = Enumerable.Range(0, data.Agents.Count).OrderBy(a => random.Next()).ToList();
        var (start, failed, infeasible, bound) = columns is not null
            ? FromColumns(data, columns, settings, clock, Stopped, log, cancellationToken)
            : (null, null, false, 0);
        if (start is null && failed is null)
        {
            (start, failed, infeasible) = Construct(data, neighbourhood, order, Math.Max(1, settings.Threads), settings.Seed, clock, deadline, Stopped, log);
        }

        if (failed is { } agent)
        {
            return new RosterSolution(infeasible ? RosterStatus.Infeasible : RosterStatus.NoSolution, double.NaN, infeasible ? double.NaN : 0, clock.Elapsed.TotalSeconds, [], new Dictionary<(int, int), int[]>())
            {
                InfeasibleAgentId = infeasible ? data.Agents[agent].Agent.Id : null,
            };
        }

        var best = new Incumbent(start!, start!.Objective(), clock, progress) { Bound = bound };
        best.Report();

        using var stopFull = new CancellationTokenSource();
        var full = settings.Threads >= 2 && best.Objective > best.Bound
            ? Task.Run(() => SolveFull(data, best, settings, deadline - clock.Elapsed, stopFull.Token), CancellationToken.None)
            : null;

        var size = InitialSize;
        var step = 0;
        double work = 0;
        while (!Stopped() && full is not { IsCompleted: true } && best.Objective > best.Bound && work < WorkBudget)
        {
            var roster = best.Snapshot();
            var (agents, first, last) = random.NextDouble() >= TargetShare ? Pick(data, random, size) : Target(data, neighbourhood, roster, random, size);
            var outcome = neighbourhood.Solve(roster, agents, first, last, StepWork, (deadline - clock.Elapsed).TotalSeconds, settings.Seed + (++step), Stopped);
            work += outcome.Milliseconds.Work;
            if (outcome.Found)
            {
                foreach (var (a, days) in outcome.Days)
                {
                    roster.Choice[a] = days;
                }

                best.Offer(roster, roster.Objective());
            }

            size = outcome.Proven ? Math.Min(size * 1.1, data.Agents.Count * (double)data.Horizon.DayCount) : Math.Max(size * 0.8, data.Horizon.DayCount / 4.0);
            if (log is not null)
            {
                log(string.Create(CultureInfo.InvariantCulture, $"step {step} at {clock.Elapsed.TotalSeconds:0.00} s: {agents.Count} agents, days {first}-{last}, found {outcome.Found}, proven {outcome.Proven}, ms {outcome.Milliseconds}, best {best.Objective}, size {size:0}"));
            }
        }

        stopFull.Cancel();
        var (optimal, fullBound) = full?.GetAwaiter().GetResult() ?? (false, 0);
        best.Bound = Math.Max(best.Bound, fullBound);
        var result = best.Snapshot();
        var objective = result.Objective();
        var status = optimal || objective <= best.Bound ? RosterStatus.Optimal : RosterStatus.Feasible;
        return result.ToSolution(status, Math.Min(best.Bound, objective), clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The starting roster from column generation: the relaxation solved (or as far as its share of
    /// the time allows), then the best roster of the schedules it generated. Returns the roster (null
    /// when none was found in time), the first agent whose rules cannot hold, and the proven bound.
    /// </summary>
    private static (ShiftRoster? Roster, int? Failed, bool Infeasible, double Bound) FromColumns(
        RosterModelData data, ColumnGeneration columns, RosterSolverSettings settings, Stopwatch clock, Func<bool> stopped, Action<string>? log, CancellationToken cancellationToken)
    {
        var threads = Math.Max(1, settings.Threads);
        var generationEnds = settings.TimeLimit * GenerationShare;
        bool GenerationStopped() => stopped() || clock.Elapsed >= generationEnds;
        var generationStarts = clock.Elapsed;
        var (complete, infeasibleAgent) = columns.Seed(threads, GenerationStopped);
        if (infeasibleAgent is { } agent)
        {
            return (null, agent, true, 0);
        }

        if (!complete)
        {
            if (log is not null)
            {
                log("column generation not used: the first schedules took too long");
            }

            return (null, null, false, 0);
        }

        // A relaxation that cannot be solved in its share gives a poor start (the search does better
        // from a greedy one): judged from the first rounds' pace, generation gives up early.
        var tooSlow = false;
        columns.Run(
            threads,
            () =>
            {
                // The first schedules cost about a round.
                var perRound = (clock.Elapsed - generationStarts) / (columns.Rounds + 1);
                tooSlow |= columns.Rounds >= PaceRounds && generationStarts + (perRound * ExpectedRounds) > generationEnds;
                return tooSlow || GenerationStopped();
            },
            log);
        if (tooSlow)
        {
            if (log is not null)
            {
                log($"column generation given up after {columns.Rounds} rounds: too slow to solve the relaxation in time");
            }

            return (null, null, false, 0);
        }

        var bound = double.IsFinite(columns.LowerBound) ? Math.Max(0, Math.Ceiling(columns.LowerBound - 1e-6)) : 0;
        var rounded = columns.Rounded();
        if (log is not null)
        {
            log(string.Create(CultureInfo.InvariantCulture, $"rounded: roster {rounded.Objective()} at {clock.Elapsed.TotalSeconds:0.00} s"));
        }

        var seconds = Math.Min((settings.TimeLimit - clock.Elapsed).TotalSeconds, settings.TimeLimit.TotalSeconds * PickShare);
        var roster = ColumnRoster.Solve(data, [.. columns.Master.Columns], rounded, seconds, cancellationToken) ?? rounded;
        if (log is not null)
        {
            log(string.Create(CultureInfo.InvariantCulture, $"columns: {columns.Rounds} rounds, {columns.Master.Count} schedules, bound {bound}, converged {columns.Converged}, roster {roster?.Objective()} at {clock.Elapsed.TotalSeconds:0.00} s"));
        }

        return (roster, null, false, bound);
    }

    /// <summary>
    /// The starting roster, agent by agent in <paramref name="order"/>, each against those placed before
    /// (with several threads, several agents at once, each against the roster as it stood when they
    /// began): the agent's cheapest schedule against that cover by their schedule programme, or, when
    /// the programme cannot state their rules, by CP-SAT (hinted with the programme's schedule when it
    /// had to leave caps out). Returns the roster, or the first agent for whom nothing was found and
    /// whether their own rules cannot hold.
    /// </summary>
    private static (ShiftRoster Roster, int? Failed, bool Infeasible) Construct(
        RosterModelData data, ShiftNeighbourhood neighbourhood, List<int> order, int workers, int seed, Stopwatch clock, TimeSpan deadline, Func<bool> stopped, Action<string>? log)
    {
        var roster = ShiftRoster.Empty(data);
        var coverOf = ShiftRoster.CoverOfCandidates(data);
        var guard = new Lock();
        var next = -1;
        int? failed = null;
        var infeasible = false;
        void Work()
        {
            for (var placed = Interlocked.Increment(ref next); placed < order.Count && failed is null; placed = Interlocked.Increment(ref next))
            {
                // Each agent may take a fair share of the time left, and at least a second: finding a
                // lawful schedule for one agent over a long horizon is what every later step builds on.
                var agent = order[placed];
                var share = Math.Max(1, (deadline - clock.Elapsed).TotalSeconds * workers / (order.Count - placed));
                ShiftRoster snapshot;
                lock (guard)
                {
                    snapshot = roster.Copy();
                }

                var greedy = GreedySchedule.Create(data, agent, coverOf[agent]);
                var lawful = false;
                var schedule = greedy?.Against(snapshot, stopped, out lawful);
                ShiftNeighbourhood.Outcome outcome;
                if (schedule is not null && lawful)
                {
                    outcome = new ShiftNeighbourhood.Outcome(true, false, false, new Dictionary<int, int[]> { [agent] = schedule });
                }
                else
                {
                    if (schedule is not null)
                    {
                        snapshot.Choice[agent] = schedule;
                    }

                    outcome = Place(neighbourhood, snapshot, agent, share, () => (deadline - clock.Elapsed).TotalSeconds, seed + placed, stopped, hint: schedule is not null);
                }

                if (log is not null)
                {
                    log(string.Create(CultureInfo.InvariantCulture, $"agent {placed + 1} of {order.Count} at {clock.Elapsed.TotalSeconds:0.00} s: programme {(greedy is null ? "none" : schedule is null ? "lost" : lawful ? "lawful" : "hint")}, found {outcome.Found}, ms {outcome.Milliseconds}"));
                }

                lock (guard)
                {
                    if (outcome.Found)
                    {
                        roster.Choice[agent] = outcome.Days[agent];
                    }
                    else if (failed is null)
                    {
                        (failed, infeasible) = (agent, outcome.Infeasible);
                    }
                }
            }
        }

        Task.WaitAll([.. Enumerable.Range(0, workers).Select(_ => Task.Run(Work))]);
        return (roster, failed, infeasible);
    }

    /// <summary>
    /// One agent's starting schedule against those placed before: with the LP (good schedules) when
    /// the agent has few candidates, without it (a lawful schedule soon) over long horizons, and
    /// again with twice the work, twice the time and another seed whenever nothing was found. With
    /// <paramref name="hint"/>, started from the agent's schedule in <paramref name="roster"/>.
    /// </summary>
    private static ShiftNeighbourhood.Outcome Place(ShiftNeighbourhood neighbourhood, ShiftRoster roster, int agent, double seconds, Func<double> secondsLeft, int seed, Func<bool> stopped, bool hint)
    {
        var days = roster.Choice[agent].Length;
        var linearization = neighbourhood.CandidatesByDay[agent].Sum(d => d.Length) <= LpCandidates ? 2 : 0;
        for (var (work, attempt) = (linearization == 0 ? 4.0 : 1.0, 0); ; work *= 2, seconds *= 2, attempt++, linearization = 0)
        {
            // Each retry has twice the work and time, and another seed: the same search would fail the same way.
            var outcome = neighbourhood.Solve(roster, [agent], 0, days - 1, work, Math.Min(seconds, secondsLeft()), seed + attempt, stopped, linearization, hint);
            if (outcome.Found || outcome.Infeasible || stopped())
            {
                return outcome;
            }
        }
    }

    /// <summary>
    /// A neighbourhood of about <paramref name="size"/> agent-days: either a few agents over the whole
    /// horizon, or more agents over a window of one to four weeks.
    /// </summary>
    private static (List<int> Agents, int First, int Last) Pick(RosterModelData data, Random random, double size)
    {
        var days = data.Horizon.DayCount;
        var agents = data.Agents.Count;
        var window = random.Next(2) == 0 ? days : Math.Min(days, 7 * random.Next(1, 5));
        var count = Math.Clamp((int)Math.Round(size / window), 1, agents);
        var first = window == days ? 0 : random.Next(days - window + 1);
        var chosen = Enumerable.Range(0, agents).OrderBy(_ => random.Next()).Take(count).Order().ToList();
        return (chosen, first, first + window - 1);
    }

    /// <summary>
    /// A neighbourhood aimed at one costly cover demand (short or over): a window of one or two weeks
    /// around its day, with half the agents among those who could change it (able to work that shift
    /// that day when it is short, working it when it is over) and the rest at random.
    /// </summary>
    private static (List<int> Agents, int First, int Last) Target(RosterModelData data, ShiftNeighbourhood neighbourhood, ShiftRoster roster, Random random, double size)
    {
        var counts = roster.CoverCounts();
        var costly = Enumerable.Range(0, counts.Length).Where(i => data.ShiftCover[i].CostCents(counts[i]) > 0).ToList();
        if (costly.Count == 0)
        {
            return Pick(data, random, size);
        }

        var index = costly[random.Next(costly.Count)];
        var demand = data.ShiftCover[index];
        var isShort = counts[index] + demand.AlreadyCovered < demand.Required;
        var days = data.Horizon.DayCount;
        var window = Math.Min(days, 7 * random.Next(1, 3));
        var first = Math.Clamp(demand.Day - random.Next(window), 0, days - window);
        var count = Math.Clamp((int)Math.Round(size / window), 1, data.Agents.Count);
        var able = Enumerable.Range(0, data.Agents.Count).Where(a =>
        {
            var on = roster.Choice[a][demand.Day];
            var working = on != ShiftRoster.Off && data.Agents[a].Candidates[on].ShiftTypeId == demand.ShiftTypeId;
            return isShort
                ? !working && neighbourhood.CandidatesByDay[a][demand.Day].Any(k => data.Agents[a].Candidates[k].ShiftTypeId == demand.ShiftTypeId)
                : working;
        }).OrderBy(_ => random.Next()).Take((count + 1) / 2).ToList();
        var chosen = able.Concat(Enumerable.Range(0, data.Agents.Count).Except(able).OrderBy(_ => random.Next())).Take(count).Order().ToList();
        return (chosen, first, first + window - 1);
    }

    /// <summary>
    /// The full model on one worker, from the best roster so far: its rosters join the search's and its
    /// bound is the one reported. Returns whether it proved optimality, and its bound.
    /// </summary>
    private static (bool Optimal, double Bound) SolveFull(RosterModelData data, Incumbent best, RosterSolverSettings settings, TimeSpan limit, CancellationToken stop)
    {
        var model = new RosterCpModel(data).BuildAll(CancellationToken.None);
        var hint = best.Snapshot();
        for (var a = 0; a < model.Agents.Count; a++)
        {
            for (var k = 0; k < model.Agents[a].Shift.Length; k++)
            {
                model.Model.AddHint(model.Agents[a].Shift[k], hint.Choice[a][data.Agents[a].Candidates[k].Day] == k);
            }
        }

        var solver = new CpSolver
        {
            StringParameters = CpSatParameters.For(Math.Max(0.1, limit.TotalSeconds), 1, settings.Seed, extra: "linearization_level:2"),
        };
        using var registration = stop.Register(solver.StopSearch);
        if (stop.IsCancellationRequested)
        {
            return (false, 0);
        }

        var status = solver.Solve(model.Model, new FullModelCallback(model, data, best));
        var bound = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible or CpSolverStatus.Unknown ? solver.BestObjectiveBound : 0;
        if (status == CpSolverStatus.Optimal)
        {
            best.Bound = Math.Max(best.Bound, bound);
        }

        return (status == CpSolverStatus.Optimal, double.IsFinite(bound) ? bound : 0);
    }

    /// <summary>Hands each roster the full model finds to the search.</summary>
    private sealed class FullModelCallback(RosterCpModel model, RosterModelData data, Incumbent best) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            best.Bound = Math.Max(best.Bound, BestObjectiveBound());
            if (ObjectiveValue() >= best.Objective)
            {
                return;
            }

            var roster = ShiftRoster.Empty(data);
            for (var a = 0; a < model.Agents.Count; a++)
            {
                for (var k = 0; k < model.Agents[a].Shift.Length; k++)
                {
                    if (BooleanValue(model.Agents[a].Shift[k]))
                    {
                        roster.Choice[a][data.Agents[a].Candidates[k].Day] = k;
                    }
                }
            }

            best.Offer(roster, roster.Objective());
        }
    }

    /// <summary>The best roster so far, shared by the search and the full model's thread.</summary>
    private sealed class Incumbent(ShiftRoster roster, long objective, Stopwatch clock, IProgress<RosterProgress>? progress)
    {
        private readonly Lock _lock = new();
        private ShiftRoster _roster = roster;

        public long Objective { get; private set; } = objective;

        /// <summary>The best proven lower bound (0: every term of this objective is non-negative in total).</summary>
        public double Bound { get; set; }

        public ShiftRoster Snapshot()
        {
            lock (_lock)
            {
                return _roster.Copy();
            }
        }

        /// <summary>Keeps the roster if it costs no more than the best (ties move the search on).</summary>
        public void Offer(ShiftRoster candidate, long cost)
        {
            lock (_lock)
            {
                if (cost > Objective)
                {
                    return;
                }

                var better = cost < Objective;
                _roster = candidate;
                Objective = cost;
                if (better)
                {
                    Report();
                }
            }
        }

        public void Report() => progress?.Report(new RosterProgress(clock.Elapsed.TotalSeconds, Objective, Bound));
    }
}
