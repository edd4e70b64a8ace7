using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// A roster held as one choice per agent and day, the candidate worked or <see cref="Off"/>, with its
/// objective computed directly (<see cref="ShiftCoverSearch"/> compares rosters without a solver).
/// The objective it knows is the one of rosters planned by shift type: per-candidate prices (wages
/// when counted, preferences and requests), the agents' request constants and the cover per day and
/// shift type. <see cref="Prices"/> says whether a model's objective is only that.
/// </summary>
internal sealed class ShiftRoster
{
    public const int Off = -1;

    private readonly RosterModelData _data;

    private ShiftRoster(RosterModelData data, int[][] choice)
    {
        _data = data;
        Choice = choice;
    }

    /// <summary>Per agent and day, the index of the candidate worked, or <see cref="Off"/>.</summary>
    public int[][] Choice { get; }

    /// <summary>Everybody off every day.</summary>
    public static ShiftRoster Empty(RosterModelData data) =>
        new(data, [.. data.Agents.Select(_ => Enumerable.Repeat(Off, data.Horizon.DayCount).ToArray())]);

    public ShiftRoster Copy() => new(_data, [.. Choice.Select(days => (int[])days.Clone())]);

    /// <summary>
    /// Whether the model's objective is exactly what <see cref="Objective"/> computes: no per-interval
    /// demand, and none of the terms that look across days (start-time spread, weekend and late-shift
    /// fairness) or at a baseline or training.
    /// </summary>
    public static bool Prices(RosterModelData data) =>
        data.Demands.Count == 0
        && (long)Math.Round(data.Weights.StartTimeSpreadCentsPerHour / 60.0) == 0
        && data.Weights.WeekendWorkedCents == 0
        && data.Weights.LateShiftCents == 0
        && data.Agents.All(a => a.Training.Count == 0 && a.BaselineKeepByDay.All(k => k is null));

    /// <summary>The model's objective for this roster, in cents.</summary>
    public long Objective()
    {
        long total = 0;
        for (var a = 0; a < Choice.Length; a++)
        {
            total += AgentCents(a);
        }

        foreach (var (demand, working) in _data.ShiftCover.Zip(CoverCounts()))
        {
            total += demand.CostCents(working);
        }

        return total;
    }

    /// <summary>Per cover demand (in <see cref="RosterModelData.ShiftCover"/> order), agents working it.</summary>
    public int[] CoverCounts(Func<int, bool>? countAgent = null)
    {
        var index = new Dictionary<(int, string), int>();
        for (var i = 0; i < _data.ShiftCover.Count; i++)
        {
            index[(_data.ShiftCover[i].Day, _data.ShiftCover[i].ShiftTypeId)] = i;
        }

        var counts = new int[_data.ShiftCover.Count];
        for (var a = 0; a < Choice.Length; a++)
        {
            if (countAgent is not null && !countAgent(a))
            {
                continue;
            }

            var candidates = _data.Agents[a].Candidates;
            foreach (var k in Choice[a])
            {
                if (k != Off && candidates[k].ShiftTypeId is { } type && index.TryGetValue((candidates[k].Day, type), out var i))
                {
                    counts[i]++;
                }
            }
        }

        return counts;
    }

    private long AgentCents(int a) => AgentCents(_data, a, Choice[a]);

    /// <summary>Per agent and candidate, the cover demand (index in <see cref="RosterModelData.ShiftCover"/>) it works towards, or −1.</summary>
    public static int[][] CoverOfCandidates(RosterModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var index = new Dictionary<(int, string), int>();
        for (var i = 0; i < data.ShiftCover.Count; i++)
        {
            index[(data.ShiftCover[i].Day, data.ShiftCover[i].ShiftTypeId)] = i;
        }

        return [.. data.Agents.Select(plan => plan.Candidates.Select(c => c.ShiftTypeId is { } t && index.TryGetValue((c.Day, t), out var i) ? i : -1).ToArray())];
    }

    /// <summary>What agent <paramref name="a"/>'s own schedule costs, cover aside: their request constant and each shift's price.</summary>
    public static long AgentCents(RosterModelData data, int a, IReadOnlyList<int> choice)
    {
        var total = data.Agents[a].PreferenceConstantCents;
        foreach (var k in choice)
        {
            if (k != Off)
            {
                total += CandidateCents(data, a, k);
            }
        }

        return total;
    }

    /// <summary>A candidate's own price: wages when counted, and the preferences and requests it goes against.</summary>
    public static long CandidateCents(RosterModelData data, int a, int k)
    {
        var plan = data.Agents[a];
        return (data.Weights.IncludeLabourCost ? plan.Candidates[k].CostCents : 0)
            + (plan.PreferenceCentsByCandidate.Count > k ? plan.PreferenceCentsByCandidate[k] : 0);
    }

    /// <summary>The roster as the solver port's answer.</summary>
    public RosterSolution ToSolution(RosterStatus status, double bound, double seconds) => new(
        status,
        Objective(),
        bound,
        seconds,
        [.. Choice.SelectMany((days, a) => days.Where(k => k != Off).Select(k => new ScheduledShift(a, _data.Agents[a].Candidates[k], [])))],
        new Dictionary<(int Group, int Demand), int[]>());
}
