using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// A contact-centre week rostered without a solver, at any size:
/// <list type="number">
/// <item><see cref="BuildFirst"/>: agents one at a time, specialists first, each given the cheapest
/// lawful week of their own schedule programme (<see cref="WeekProgramme"/>, exact) at the prices of
/// the demand the agents before them left uncovered (<see cref="CoverLedger"/>);</item>
/// <item><see cref="Improve"/>: best responses. Each agent in turn gives their week back and chooses
/// again against everyone else's cover; a week is changed only when it is cheaper at those prices, so
/// each pass can only lower the search's own measure of the roster;</item>
/// <item><see cref="Settle"/>: breaks, training and allocation settled in code and the roster priced
/// exactly as the CP-SAT model would (<see cref="RosterSettlement"/>, <see cref="RosterEvaluator"/>).</item>
/// </list>
/// Agents with the same contract, candidates, history and obligations share one programme. Every
/// agent must have a lawful week (<see cref="AgentScreening"/> leaves out those who have none).
/// </summary>
public sealed class WeekRosterSearch
{
    private readonly RosterModelData _data;
    private readonly AgentCosts[] _costs;
    private readonly WeekProgramme[] _programmes;
    private readonly CoverLedger _ledger;
    private readonly int[][] _choice;
    private readonly Random _random;

    public WeekRosterSearch(RosterModelData data, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _random = new Random(seed);
        _costs = [.. data.Agents.Select(plan => new AgentCosts(data, plan))];
        var shared = new Dictionary<ProgrammeClass, WeekProgramme>();
        _programmes = [.. data.Agents.Select(plan =>
        {
            var key = ProgrammeClass.Of(data, plan);
            if (!shared.TryGetValue(key, out var programme))
            {
                shared[key] = programme = WeekProgramme.Create(data, plan, out var unsupported)
                    ?? throw new ArgumentException($"Agent {plan.Agent.Id} has rules the week search does not state ({unsupported}).", nameof(data));
            }

            return programme;
        })];
        ProgrammeClasses = shared.Count;
        _ledger = new CoverLedger(data);
        _choice = new int[data.Agents.Count][];
    }

    /// <summary>Distinct schedule programmes: agents the programme cannot tell apart share one.</summary>
    public int ProgrammeClasses { get; }

    /// <summary>Whether the contact-centre week search can roster every agent of <paramref name="data"/>.</summary>
    public static bool Handles(RosterModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.ShiftCover.Count == 0 && data.Agents.All(plan => WeekProgramme.Create(data, plan, out _) is not null);
    }

    /// <summary>Agents' own costs, in agent order (for the evaluator).</summary>
    public IReadOnlyList<AgentCosts> Costs => _costs;

    /// <summary>The current weeks: per agent, per day a candidate or <see cref="WeekSchedule.Off"/>.</summary>
    public IReadOnlyList<int[]> Choice => _choice;

    /// <summary>
    /// The first roster, agent by agent. False when it was cancelled before every agent had a week, or
    /// an agent had none (screening should have left them out).
    /// </summary>
    public bool BuildFirst(CancellationToken cancellationToken)
    {
        var order = _data.Agents
            .OrderBy(a => a.GroupIndex is null ? 1 : 0)
            .ThenBy(a => a.GroupIndex is { } g ? _data.Groups[g].Skills.Count : 0)
            .ThenBy(a => a.Index);
        foreach (var plan in order)
        {
            if (cancellationToken.IsCancellationRequested || Choose(plan.Index, cancellationToken) is not { } schedule)
            {
                return false;
            }

            Accept(plan.Index, schedule);
        }

        return true;
    }

    /// <summary>
    /// One pass of best responses over the agents in a random order; returns how many weeks changed
    /// (zero: no agent can do better alone, a local optimum). Stops early when cancelled.
    /// </summary>
    public int Improve(CancellationToken cancellationToken)
    {
        var changed = 0;
        var order = Enumerable.Range(0, _data.Agents.Count).ToArray();
        _random.Shuffle(order);
        foreach (var agent in order)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            var before = _ledger.CoverCost() + _costs[agent].Of(_data, _data.Agents[agent], _choice[agent]);
            var taken = _ledger.Taken(agent);
            _ledger.GiveBack(agent);
            var prices = Prices(agent);
            var current = Cost(prices, _choice[agent]);
            var better = _programmes[agent].Cheapest(prices, cancellationToken);
            if (better is not null && better.Cost < current && !better.Choice.SequenceEqual(_choice[agent]))
            {
                // Marginal prices misjudge a whole week's worth of cover (a deferred backlog, say, is
                // counted once per interval the week could shorten it): kept only if the roster gains.
                _ledger.Take(agent, better.Choice);
                if (_ledger.CoverCost() + _costs[agent].Of(_data, _data.Agents[agent], better.Choice) < before - 0.5)
                {
                    _choice[agent] = better.Choice;
                    changed++;
                    continue;
                }

                _ledger.GiveBack(agent);
            }

            _ledger.Restore(agent, taken);
        }

        return changed;
    }

    /// <summary>
    /// A large-neighbourhood step: the weeks of <paramref name="agents"/> are given back together and
    /// chosen again one by one in a random order, each against the cover the others leave; the new
    /// weeks are kept only when the roster gains by the ledger's measure (cover cost plus the agents'
    /// own costs), else the old ones are restored. Moves that no single agent would make alone (two
    /// agents swapping days, a team shifting its starts) come from here. Returns whether it was kept.
    /// </summary>
    public bool Reinsert(IReadOnlyList<int> agents, CancellationToken cancellationToken)
    {
        const int RepairRounds = 2;
        ArgumentNullException.ThrowIfNull(agents);
        double Own() => agents.Sum(a => (double)_costs[a].Of(_data, _data.Agents[a], _choice[a]));
        var before = _ledger.CoverCost() + Own();
        var old = agents.Select(a => _choice[a]).ToArray();
        var taken = agents.Select(_ledger.Taken).ToArray();
        foreach (var agent in agents)
        {
            _ledger.GiveBack(agent);
        }

        var order = agents.ToArray();
        _random.Shuffle(order);
        var placed = new List<int>();
        var complete = true;
        foreach (var agent in order)
        {
            if (Choose(agent, cancellationToken) is not { } schedule)
            {
                complete = false;
                break;
            }

            Accept(agent, schedule);
            placed.Add(agent);
        }

        // Each chooses again against the others' new weeks: the repair settles before it is judged.
        for (var round = 0; complete && round < RepairRounds; round++)
        {
            foreach (var agent in order)
            {
                _ledger.GiveBack(agent);
                if (Choose(agent, cancellationToken) is not { } schedule)
                {
                    complete = false;
                    _ledger.Take(agent, _choice[agent]);
                    break;
                }

                Accept(agent, schedule);
            }
        }

        if (complete && _ledger.CoverCost() + Own() < before - 0.5)
        {
            return true;
        }

        foreach (var agent in placed)
        {
            _ledger.GiveBack(agent);
        }

        for (var i = 0; i < agents.Count; i++)
        {
            _choice[agents[i]] = old[i];
            _ledger.Restore(agents[i], taken[i]);
        }

        return false;
    }

    /// <summary>
    /// A neighbourhood of about <paramref name="size"/> agents who compete for the same cover: one at
    /// random, then others who share a channel with them, preferring their own group.
    /// </summary>
    public IReadOnlyList<int> Neighbourhood(int size)
    {
        var agents = _data.Agents;
        var seed = agents[_random.Next(agents.Count)];
        var skills = seed.Agent.Skills.Select(s => s.ChannelId).ToHashSet(StringComparer.Ordinal);
        var sameGroup = agents.Where(a => a.Index != seed.Index && a.GroupIndex == seed.GroupIndex).Select(a => a.Index).ToList();
        var sharing = agents.Where(a => a.Index != seed.Index && a.GroupIndex != seed.GroupIndex && a.Agent.Skills.Any(s => skills.Contains(s.ChannelId))).Select(a => a.Index).ToList();
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sameGroup));
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sharing));
        var fromGroup = Math.Min(sameGroup.Count, size / 2);
        return [seed.Index, .. sameGroup.Take(fromGroup), .. sharing.Take(size - 1 - fromGroup), .. sameGroup.Skip(fromGroup).Take(Math.Max(0, size - 1 - fromGroup - sharing.Count))];
    }

    /// <summary>The ledger's marginal prices of an agent on the phones, per group and week interval (see <see cref="CoverLedger.MarginalPrices"/>).</summary>
    public double[][] MarginalPrices() => _ledger.MarginalPrices();

    /// <summary>The ledger's measure of the current roster: its cover cost plus every agent's own costs, in cents.</summary>
    public double Measure() => _ledger.CoverCost() + Enumerable.Range(0, _data.Agents.Count).Sum(a => (double)_costs[a].Of(_data, _data.Agents[a], _choice[a]));

    /// <summary>The current weeks with breaks, training and allocation settled, and priced exactly.</summary>
    public SettledRoster Settle() => RosterSettlement.Settle(_data, _costs, [.. _choice.Select(c => (int[])c.Clone())], _ledger.Intent());

    private WeekSchedule? Choose(int agent, CancellationToken cancellationToken) => _programmes[agent].Cheapest(Prices(agent), cancellationToken);

    private void Accept(int agent, WeekSchedule schedule)
    {
        _choice[agent] = schedule.Choice;
        _ledger.Take(agent, schedule.Choice);
    }

    private SchedulePrices Prices(int agent)
    {
        var prices = SchedulePrices.From(_costs[agent], _data.WeekendDays.Count);
        _ledger.Price(agent, prices);
        return prices;
    }

    /// <summary>A week's price under <paramref name="prices"/>, as the programme would count it.</summary>
    private long Cost(SchedulePrices prices, int[] choice)
    {
        long total = 0;
        for (var day = 0; day < choice.Length; day++)
        {
            total += choice[day] == WeekSchedule.Off ? prices.DayOff[day] : prices.Candidate[choice[day]];
        }

        for (var g = 0; g < _data.WeekendDays.Count; g++)
        {
            if (_data.WeekendDays[g].Any(day => choice[day] != WeekSchedule.Off))
            {
                total += prices.Weekend[g];
            }
        }

        return total;
    }
}
