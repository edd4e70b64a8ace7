using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

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
    private static readonly double StepWork = double.Parse(Environment.GetEnvironmentVariable("WORKFORCE_STEP_WORK") ?? "0.5", CultureInfo.InvariantCulture);

    /// <summary>Agent-days in the first neighbourhoods; adapted as the search goes.</summary>
    private static readonly double InitialSize = double.Parse(Environment.GetEnvironmentVariable("WORKFORCE_STEP_SIZE") ?? "200", CultureInfo.InvariantCulture);

    /// <summary>Each step on stderr, for tuning (<c>WORKFORCE_SEARCH_LOG=1</c>).</summary>
    private static readonly bool Log = Environment.GetEnvironmentVariable("WORKFORCE_SEARCH_LOG") == "1";

    /// <summary>Whether this search can take the model: cover by shift type, and an objective <see cref="ShiftRoster"/> computes.</summary>
    public static bool Handles(RosterModelData data) => data.ShiftCover.Count > 0 && ShiftRoster.Prices(data);

    public static RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var deadline = settings.TimeLimit;
        bool Stopped() => cancellationToken.IsCancellationRequested || clock.Elapsed >= deadline;
        var neighbourhood = new ShiftNeighbourhood(data);
        var random = new Random(settings.Seed);

        var start = ShiftRoster.Empty(data);
        var agentSeconds = Math.Max(0.5, deadline.TotalSeconds / 4 / Math.Max(1, data.Agents.Count));
        foreach (var a in Enumerable.Range(0, data.Agents.Count).OrderBy(a => random.Next()))
        {
            var outcome = neighbourhood.Solve(start, [a], 0, data.Horizon.DayCount - 1, StepWork, agentSeconds, settings.Seed, Stopped);
            if (outcome.Infeasible)
            {
                return new RosterSolution(RosterStatus.Infeasible, double.NaN, double.NaN, clock.Elapsed.TotalSeconds, [], new Dictionary<(int, int), int[]>())
                {
                    InfeasibleAgentId = data.Agents[a].Agent.Id,
                };
            }

            if (!outcome.Found)
            {
                return new RosterSolution(RosterStatus.NoSolution, double.NaN, 0, clock.Elapsed.TotalSeconds, [], new Dictionary<(int, int), int[]>());
            }

            start.Choice[a] = outcome.Days[a];
        }

        var best = new Incumbent(start, start.Objective(), clock, progress);
        best.Report();

        using var stopFull = new CancellationTokenSource();
        var full = settings.Threads >= 2
            ? Task.Run(() => SolveFull(data, best, settings, deadline - clock.Elapsed, stopFull.Token), CancellationToken.None)
            : null;

        var size = InitialSize;
        var step = 0;
        while (!Stopped() && full is not { IsCompleted: true } && best.Objective > best.Bound)
        {
            var roster = best.Snapshot();
            var (agents, first, last) = Pick(data, random, size);
            var outcome = neighbourhood.Solve(roster, agents, first, last, StepWork, (deadline - clock.Elapsed).TotalSeconds, settings.Seed + (++step), Stopped);
            if (outcome.Found)
            {
                foreach (var (a, days) in outcome.Days)
                {
                    roster.Choice[a] = days;
                }

                best.Offer(roster, roster.Objective());
            }

            size = outcome.Proven ? Math.Min(size * 1.1, data.Agents.Count * (double)data.Horizon.DayCount) : Math.Max(size * 0.8, data.Horizon.DayCount / 4.0);
            if (Log)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    step {step} at {clock.Elapsed.TotalSeconds:0.00} s: {agents.Count} agents, days {first}-{last}, found {outcome.Found}, proven {outcome.Proven}, ms {outcome.Milliseconds}, best {best.Objective}, size {size:0}"));
            }
        }

        stopFull.Cancel();
        var (optimal, bound) = full?.GetAwaiter().GetResult() ?? (false, 0);
        best.Bound = Math.Max(best.Bound, bound);
        var result = best.Snapshot();
        var objective = result.Objective();
        var status = optimal || objective <= best.Bound ? RosterStatus.Optimal : RosterStatus.Feasible;
        return result.ToSolution(status, Math.Min(best.Bound, objective), clock.Elapsed.TotalSeconds);
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
    /// The full model on one worker, from the best roster so far: its rosters join the search's and its
    /// bound is the one reported. Returns whether it proved optimality, and its bound.
    /// </summary>
    private static (bool Optimal, double Bound) SolveFull(RosterModelData data, Incumbent best, RosterSolverSettings settings, TimeSpan limit, CancellationToken stop)
    {
        var model = new RosterCpModel(data).BuildAll();
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
            StringParameters = string.Create(CultureInfo.InvariantCulture, $"num_workers:1 max_time_in_seconds:{Math.Max(0.1, limit.TotalSeconds)} random_seed:{settings.Seed}"),
        };
        using var registration = stop.Register(solver.StopSearch);
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
