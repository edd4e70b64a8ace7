using System.Diagnostics;
using System.Globalization;
using Workforce.Core.Rostering.Search;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The contact-centre week, under one deadline that every stage keeps:
/// <list type="number">
/// <item>a first lawful roster in seconds at any size (<see cref="WeekRosterSearch.BuildFirst"/>: each
/// agent's exact schedule programme against the demand still uncovered, breaks, training and
/// allocation settled in code; no CP-SAT model per agent);</item>
/// <item>best responses (<see cref="WeekRosterSearch.Improve"/>) until no agent can do better alone,
/// each pass's roster settled and priced exactly, the best kept;</item>
/// <item>on sites whose full model fits the time left, CP-SAT from that roster
/// (<see cref="CpSatPolish"/>): breaks and allocation with the shifts fixed, then the whole model.</item>
/// </list>
/// A stop request (Ctrl+C, a service stopping) ends every stage at once and returns the best roster so
/// far as <see cref="RosterStatus.Interrupted"/>; a time limit that ends before the first roster gives
/// <see cref="RosterStatus.NoSolution"/>.
/// </summary>
internal static class WeekRosterEngine
{
    public static RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        limit.CancelAfter(settings.TimeLimit);
        var report = new StageProgress(progress, clock, LabourFloor.Cents(data));
        var log = SearchLog.For(progress, clock);

        report.Stage("first roster");
        var search = new WeekRosterSearch(data, settings.Seed);
        if (!search.BuildFirst(limit.Token))
        {
            return Empty(RosterStatus.NoSolution, report.Bound, clock);
        }

        var best = search.Settle();
        report.Found(best.Objective);

        report.Stage("best responses");
        while (!limit.IsCancellationRequested)
        {
            var changed = search.Improve(limit.Token);
            best = SettleAndKeep(data, search, best, report, log, string.Create(CultureInfo.InvariantCulture, $"pass at {clock.Elapsed.TotalSeconds:0.00} s: {changed} weeks changed"));

            if (changed == 0)
            {
                break;
            }
        }

        // The bound: the relaxation over every agent's lawful weeks, started from the search's weeks, on
        // its own thread beside the search when there are two, else after it.
        using var relaxationStop = CancellationTokenSource.CreateLinkedTokenSource(limit.Token);
        var relaxation = new Relaxation(data, [.. search.Choice.Select(c => (int[])c.Clone())], report, settings, log);
        // Where the full model fits, CP-SAT proves the bound itself and needs both threads.
        var polish = CpSatPolish.Fits(data, settings.TimeLimit - clock.Elapsed);
        var beside = settings.Threads >= 2 && !polish ? Task.Run(() => relaxation.Run(relaxationStop.Token), CancellationToken.None) : null;

        var searchEnds = beside is null && !polish && settings.DeterministicTimeLimit is null ? clock.Elapsed + ((settings.TimeLimit - clock.Elapsed) * (1 - RelaxationShare)) : settings.TimeLimit;
        best = Neighbourhoods(data, search, best, settings with { TimeLimit = searchEnds }, report, clock, log, limit.Token);

        if (CpSatPolish.Fits(data, settings.TimeLimit - clock.Elapsed) && !limit.IsCancellationRequested)
        {
            best = CpSatPolish.Improve(data, best, settings with { TimeLimit = settings.TimeLimit - clock.Elapsed }, report, limit.Token) ?? best;
        }

        if (beside is null && !polish)
        {
            relaxation.Run(limit.Token, stage: true);
        }
        else if (beside is not null)
        {
            relaxationStop.Cancel();
            beside.GetAwaiter().GetResult();
        }

        var status = stop.IsCancellationRequested ? RosterStatus.Interrupted : report.Bound >= best.Objective ? RosterStatus.Optimal : RosterStatus.Feasible;
        return new RosterSolution(status, best.Objective, Math.Min(report.Bound, best.Objective), clock.Elapsed.TotalSeconds, best.Shifts, best.Allocation)
        {
            BoundSource = report.BoundSource,
            BoundRound = report.BoundSource == BoundSources.Relaxation ? relaxation.Result?.Round : null,
            GenerationConverged = relaxation.Result?.Converged,
            RelaxationUnderCoverageShare = relaxation.Result?.UnderCoverageShare,
        };
    }

    /// <summary>With one thread, the share of the time left after best responses that the relaxation gets after the search.</summary>
    private const double RelaxationShare = 0.25;

    /// <summary>With a deterministic limit, relaxation rounds per unit of it: the search's roster never depends on them.</summary>
    private const int DeterministicRelaxationRounds = 1;

    /// <summary>
    /// The relaxation bound of one solve: column generation over every agent's lawful weeks
    /// (<see cref="Columns.WeekColumnGeneration"/>), started from the first roster's weeks, run until stopped.
    /// </summary>
    private sealed class Relaxation(RosterModelData data, IReadOnlyList<int[]> start, StageProgress report, RosterSolverSettings settings, Action<string>? log)
    {
        public LagrangianBound.Result? Result { get; private set; }

        /// <param name="stage">Whether it is a stage of its own (after the search), not running beside it.</param>
        public void Run(CancellationToken stop, bool stage = false)
        {
            if (stop.IsCancellationRequested)
            {
                return;
            }

            if (stage)
            {
                report.Stage("relaxation bound");
            }

            using var columns = new Columns.WeekColumnGeneration(data);
            columns.AddRoster(start);
            var rounds = 0;
            var cap = settings.DeterministicTimeLimit is { } deterministic ? Math.Max(1, (int)(deterministic * DeterministicRelaxationRounds)) : int.MaxValue;
            Result = columns.Run(
                () => ++rounds > cap,
                improved =>
                {
                    Result = improved;
                    report.Proved(Math.Floor(improved.Value), BoundSources.Relaxation);
                },
                log,
                stop);
        }
    }

    /// <summary>Agents re-chosen together in one neighbourhood step.</summary>
    private const int NeighbourhoodSize = 12;

    /// <summary>Neighbourhood steps per second of deterministic time asked for (<c>--deterministic-time</c>): the search then never reads the clock.</summary>
    private const int StepsPerDeterministicSecond = 100;

    /// <summary>Steps without a kept one after which a small site's neighbourhoods give their time to the full model.</summary>
    private const int StallSteps = 200;

    /// <summary>With a deterministic limit, the steps between two settlements (the clock is never read).</summary>
    private const int DeterministicSettleSteps = 25;

    /// <summary>How often the best roster is settled and priced exactly while the neighbourhoods run.</summary>
    private static readonly TimeSpan SettleEvery = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Large neighbourhoods (<see cref="WeekRosterSearch.Reinsert"/>) for the time left, leaving the full
    /// model its share on sites small enough for it; the roster is settled and priced every
    /// <see cref="SettleEvery"/> and the best kept. With a deterministic limit the number of steps is
    /// fixed instead, so two runs give the same roster.
    /// </summary>
    private static SettledRoster Neighbourhoods(RosterModelData data, WeekRosterSearch search, SettledRoster best, RosterSolverSettings settings, StageProgress report, Stopwatch clock, Action<string>? log, CancellationToken stop)
    {
        if (data.Agents.Count < 2 || stop.IsCancellationRequested)
        {
            return best;
        }

        report.Stage("neighbourhoods");
        var candidates = CpSatPolish.Candidates(data);
        var ends = CpSatPolish.Fits(candidates, settings.TimeLimit - clock.Elapsed) ? clock.Elapsed + ((settings.TimeLimit - clock.Elapsed) / 2) : settings.TimeLimit;
        var steps = settings.DeterministicTimeLimit is { } deterministic ? (int)(deterministic * StepsPerDeterministicSecond) : int.MaxValue;
        var settled = clock.Elapsed;
        var kept = 0;
        var lastKept = 0;
        for (var step = 0; step < steps && !stop.IsCancellationRequested && (settings.DeterministicTimeLimit is not null || clock.Elapsed < ends); step++)
        {
            if (search.Reinsert(search.Neighbourhood(NeighbourhoodSize), stop))
            {
                kept++;
                lastKept = step;
            }
            else if (step - lastKept > StallSteps && CpSatPolish.Fits(candidates, settings.TimeLimit - clock.Elapsed))
            {
                break; // Stalled on a small site: the full model gets the time.
            }

            var settleNow = settings.DeterministicTimeLimit is null ? clock.Elapsed - settled >= SettleEvery : (step + 1) % DeterministicSettleSteps == 0;
            if (settleNow || step == steps - 1)
            {
                settled = clock.Elapsed;
                best = SettleAndKeep(data, search, best, report, log, string.Create(CultureInfo.InvariantCulture, $"neighbourhoods at {clock.Elapsed.TotalSeconds:0.00} s: {step + 1} steps, {kept} kept"));
            }
        }

        return SettleAndKeep(data, search, best, report, log, string.Create(CultureInfo.InvariantCulture, $"neighbourhoods ended at {clock.Elapsed.TotalSeconds:0.00} s: {kept} kept"));
    }

    /// <summary>The search's roster settled and priced; kept (and reported) when better than <paramref name="best"/>; its terms on the search log.</summary>
    private static SettledRoster SettleAndKeep(RosterModelData data, WeekRosterSearch search, SettledRoster best, StageProgress report, Action<string>? log, string what)
    {
        var roster = search.Settle();
        if (log is not null)
        {
            var (routing, live, late) = RosterEvaluator.CoverParts(data, roster.Allocation);
            log(string.Create(CultureInfo.InvariantCulture, $"{what}, measure {search.Measure():0}, roster {roster.Objective} (agents {roster.Objective - routing - live - late}, routing {routing}, live {live}, late {late})"));
        }

        if (roster.Objective >= best.Objective)
        {
            return best;
        }

        report.Found(roster.Objective);
        return roster;
    }

    internal static RosterSolution Empty(RosterStatus status, double bound, Stopwatch clock) =>
        new(status, double.NaN, bound, clock.Elapsed.TotalSeconds, [], new Dictionary<(int, int), int[]>());
}
