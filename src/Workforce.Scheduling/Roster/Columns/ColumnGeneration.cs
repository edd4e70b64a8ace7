using System.Diagnostics;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// Column generation for a rota (cover per day and shift type): the <see cref="CoverMaster"/>'s duals
/// price the cover, each agent's <see cref="AgentScheduleDp"/> answers with their cheapest lawful
/// schedule at those prices, and the schedules that would lower the master join it, until none would.
/// Two things come out of it:
/// <list type="bullet">
/// <item>a lower bound on every roster: at any cover prices π inside [−over, under] the Lagrangian
/// Σ_i π_i·required_i + Σ_a (cheapest schedule of a at π) is one, because the programmes are exact;
/// at the end it is the linear relaxation's value, usually within a few units of the optimum;</item>
/// <item>a pool of good schedules per agent, from which <see cref="ColumnRoster"/> picks a roster.</item>
/// </list>
/// Duals are smoothed (Wentges): each round prices at a mix of the master's duals and those of the
/// best bound so far, which cuts the rounds the raw duals' zig-zag would take.
/// </summary>
internal sealed class ColumnGeneration : IDisposable
{
    /// <summary>Dual prices are scaled to integers for the programmes by this factor.</summary>
    private const double PriceScale = 1e6;

    /// <summary>Weight of the best-bound duals in the smoothed prices.</summary>
    private const double Smoothing = 0.5;

    /// <summary>The narrow beam of the first rounds (states per day).</summary>
    private const int Beam = 4000;

    /// <summary>Next-cheapest schedules each agent's programme adds to its cheapest per round.</summary>
    private const int Alternatives = 3;

    /// <summary>A reduced cost below minus this (in cents) improves the master.</summary>
    private const double Improving = 1e-6;

    private readonly RosterModelData _data;
    private readonly AgentScheduleDp[] _programmes;
    private readonly long[][] _own;
    private readonly int[][] _coverOf;
    private readonly CoverMaster _master;
    /// <summary>The prices (cover and agents) of the best bound so far: the smoothing's centre.</summary>
    private (double[] Cover, double[] Agents)? _center;

    /// <summary>States per day the programmes keep: a narrow beam while columns come easily, then exact.</summary>
    private int _beam = Beam;

    private ColumnGeneration(RosterModelData data, AgentScheduleDp[] programmes)
    {
        _data = data;
        _programmes = programmes;
        _own = [.. data.Agents.Select((plan, a) => plan.Candidates.Select((_, k) => ShiftRoster.CandidateCents(data, a, k)).ToArray())];
        _coverOf = ShiftRoster.CoverOfCandidates(data);
        _master = new CoverMaster(data);
    }

    /// <summary>The best lower bound proven so far, in cents (−∞ before the first round).</summary>
    public double LowerBound { get; private set; } = double.NegativeInfinity;

    /// <summary>Whether the master's relaxation is solved: no schedule would lower it.</summary>
    public bool Converged { get; private set; }

    public int Rounds { get; private set; }

    public CoverMaster Master => _master;

    /// <summary>
    /// Column generation for the model, or null when an agent's rules are beyond the dynamic programme
    /// (then <paramref name="reason"/> says which and why).
    /// </summary>
    public static ColumnGeneration? Create(RosterModelData data, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(data);
        var programmes = new AgentScheduleDp[data.Agents.Count];
        for (var a = 0; a < programmes.Length; a++)
        {
            if (AgentScheduleDp.Create(data, data.Agents[a], out var why) is not { } programme)
            {
                reason = $"agent {data.Agents[a].Agent.Id}: {why}";
                return null;
            }

            programmes[a] = programme;
        }

        reason = null;
        return new ColumnGeneration(data, programmes);
    }

    /// <summary>The agent's schedule as a column.</summary>
    public ScheduleColumn Column(int agent, int[] choice) =>
        new(agent, choice, ShiftRoster.AgentCents(_data, agent, choice), [.. choice.Where(k => k != ShiftRoster.Off).Select(k => _coverOf[agent][k]).Where(i => i >= 0)]);

    /// <summary>
    /// Starts the pool with each agent's cheapest schedule when every shift asked for is paid its
    /// shortfall price. Returns whether every agent got one, and the first agent whose rules are
    /// proven unable to all hold. Incomplete when <paramref name="stopped"/> first.
    /// </summary>
    public (bool Complete, int? Infeasible) Seed(int threads, Func<bool> stopped)
    {
        var prices = _data.ShiftCover.Select(d => (double)d.UnderCentsEach).ToArray();
        var found = Price(prices, null, threads, stopped);
        for (var a = 0; a < found.Length; a++)
        {
            if (found[a] is null)
            {
                return (false, a);
            }

            if (found[a]!.Choice.Length == 0)
            {
                return (false, null);
            }
        }

        for (var a = 0; a < found.Length; a++)
        {
            _master.Add(Column(a, found[a]!.Choice));
        }

        return (true, null);
    }

    /// <summary>Rounds of column generation until the relaxation is solved or <paramref name="stopped"/>.</summary>
    public void Run(int threads, Func<bool> stopped, Action<string>? log = null) =>
        Converged = Generate(threads, stopped, log);

    /// <summary>The relaxation rounded: each agent's schedule with the largest share in it.</summary>
    public ShiftRoster Rounded()
    {
        var (_, _, _, x) = _master.Solve();
        var roster = ShiftRoster.Empty(_data);
        var most = new double[_data.Agents.Count];
        Array.Fill(most, -1.0);
        var j = 0;
        foreach (var column in _master.Columns)
        {
            if (x[j] > most[column.Agent])
            {
                most[column.Agent] = x[j];
                roster.Choice[column.Agent] = (int[])column.Choice.Clone();
            }

            j++;
        }

        return roster;
    }

    /// <summary>The smoothed prices: <see cref="Smoothing"/> of the centre's, the rest the master's.</summary>
    private static double[] Mix(double[] center, double[] master) => [.. center.Select((c, i) => (Smoothing * c) + ((1 - Smoothing) * master[i]))];

    /// <summary>
    /// Rounds of generation until no schedule would lower the master (returns true) or
    /// <paramref name="stopped"/> (false); exact rounds raise the lower bound.
    /// </summary>
    private bool Generate(int threads, Func<bool> stopped, Action<string>? log)
    {
        var clock = Stopwatch.StartNew();
        while (!stopped())
        {
            var (value, duals, agentDuals, _) = _master.Solve();
            var (added, exact) = _center is { } center
                ? Round(Mix(center.Cover, duals), Mix(center.Agents, agentDuals), duals, agentDuals, threads, stopped)
                : Round(duals, agentDuals, duals, agentDuals, threads, stopped);
            if (added == 0 && _center is not null)
            {
                // Smoothing can miss the master's improving schedules; the raw duals never do.
                (added, exact) = Round(duals, agentDuals, duals, agentDuals, threads, stopped);
            }

            if (added == 0 && _beam < AgentScheduleDp.MostLabels)
            {
                // The beam found nothing more: from here on every round is exact.
                _beam = AgentScheduleDp.MostLabels;
                (added, exact) = Round(duals, agentDuals, duals, agentDuals, threads, stopped);
            }

            Rounds++;
            if (added == 0 && exact)
            {
                LowerBound = Math.Max(LowerBound, value - 1e-6);
            }

            log?.Invoke($"    round {Rounds} at {clock.Elapsed.TotalSeconds:0.00} s: master {value:0.###}, bound {LowerBound:0.###}, columns {_master.Count} (+{added})");
            if (added == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prices every agent at <paramref name="prices"/>; adds the schedules that improve the master at its own duals; updates the bound.</summary>
    private (int Added, bool Exact) Round(double[] prices, double[] agentPrices, double[] duals, double[] agentDuals, int threads, Func<bool> stopped)
    {
        var found = Price(prices, agentPrices, threads, stopped);
        var bound = _data.ShiftCover.Select((d, i) => prices[i] * (d.Required - d.AlreadyCovered)).Sum();
        var added = 0;
        var exact = true;
        for (var a = 0; a < found.Length; a++)
        {
            if (found[a] is not { } schedule)
            {
                // Nothing cheaper than the agent's price: their cheapest schedule costs at least that.
                bound += agentPrices[a] - RoundingSlack;
                continue;
            }

            exact &= schedule.Exact;
            if (schedule.Choice.Length == 0)
            {
                continue;
            }

            var column = Column(a, schedule.Choice);
            bound += Math.Min(agentPrices[a], column.Cost - column.Covers.Sum(i => prices[i])) - RoundingSlack;
            foreach (var candidate in schedule.Others.Select(other => Column(a, other)).Prepend(column))
            {
                var reduced = candidate.Cost - candidate.Covers.Sum(i => duals[i]) - agentDuals[a];
                if (reduced < -Improving && _master.Add(candidate))
                {
                    added++;
                }
            }
        }

        if (exact && bound > LowerBound)
        {
            LowerBound = bound;
            _center = (prices, agentPrices);
        }

        return (added, exact);
    }

    /// <summary>How far an agent's cheapest schedule at the rounded prices can be from the cheapest at the exact ones.</summary>
    private double RoundingSlack => _data.Horizon.DayCount / PriceScale;

    /// <summary>Stands for "nothing found, and not proven that nothing exists" (the programme kept only part of some day).</summary>
    private static readonly PricedSchedule Unproven = new([], long.MaxValue, Exact: false);

    /// <summary>
    /// Each agent's cheapest lawful schedule when each cover demand pays <paramref name="prices"/> per
    /// agent, sought only below the agent's own price (<paramref name="agentPrices"/>, null for no
    /// limit): null for an agent with none below it, <see cref="Unproven"/> when that is not proven
    /// (also for every agent not priced before <paramref name="stopped"/>).
    /// </summary>
    private PricedSchedule?[] Price(double[] prices, double[]? agentPrices, int threads, Func<bool> stopped)
    {
        var found = new PricedSchedule?[_programmes.Length];
        Parallel.For(0, _programmes.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, a =>
            found[a] = PriceAgent(a, prices, agentPrices?[a], stopped));
        return found;
    }

    /// <summary>One agent's part of <see cref="Price"/>.</summary>
    private PricedSchedule? PriceAgent(int a, double[] prices, double? agentPrice, Func<bool> stopped)
    {
        if (stopped())
        {
            return Unproven;
        }

        var own = _own[a];
        var cover = _coverOf[a];
        var scaled = new long[own.Length];
        for (var k = 0; k < own.Length; k++)
        {
            scaled[k] = (long)Math.Round((own[k] - (cover[k] >= 0 ? prices[cover[k]] : 0)) * PriceScale);
        }

        // A schedule improves on the agent's price when its shifts cost less than that price less
        // the agent's constant; rounding is allowed for so that none is missed.
        var below = agentPrice is { } price
            ? (long)Math.Ceiling(((price - _data.Agents[a].PreferenceConstantCents) * PriceScale) + _data.Horizon.DayCount)
            : long.MaxValue;
        return _programmes[a].Cheapest(scaled, below, _beam, Alternatives, stopped, out var exact) ?? (exact ? null : Unproven);
    }

    public void Dispose() => _master.Dispose();
}
