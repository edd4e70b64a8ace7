namespace Workforce.Core.Rostering.Solving;

/// <summary>Forecast volume and handle time of one channel in one interval.</summary>
public readonly record struct IntervalVolume(double Volume, double AhtSeconds);

/// <summary>
/// A shift of the previous week that runs into this one (a night shift begun on the last evening): it
/// counts as cover over [0, <see cref="EndIndex"/>) less its breaks, and nothing in this roster moves it.
/// Its breaks were placed last week and are not on record, so each is assumed at the middle of its
/// window, the most likely place.
/// </summary>
/// <param name="StartIndex">First interval worked (negative: before the week).</param>
/// <param name="EndIndex">First interval after it, inside the week.</param>
public sealed record CarriedShift(string AgentId, int StartIndex, int EndIndex, IReadOnlyList<PlacedBreak> Breaks);

/// <summary>One agent as the solver sees it: their rules, history and the shifts they may work.</summary>
/// <param name="LeaveCreditMinutesByWeek">
/// Per week of the horizon, paid leave that counts towards the week's contracted hours: each whole day
/// of time off (local midnight to midnight) that leaves no shift to work counts as an average working
/// day (minimum weekly hours ÷ maximum working days). Part-day absences only remove the shifts they overlap.
/// </param>
public sealed record AgentPlan(int Index, Agent Agent, Contract Contract, AgentCarryIn CarryIn, IReadOnlyList<ShiftCandidate> Candidates, int? GroupIndex, IReadOnlyList<int> LeaveCreditMinutesByWeek)
{
    /// <summary>
    /// Per day, what keeps the published baseline roster (see <see cref="BaselineCandidates.Result.KeepByDay"/>);
    /// empty or null entries when there is nothing to keep.
    /// </summary>
    public IReadOnlyList<int?> BaselineKeepByDay { get; init; } = [];

    /// <summary>Per candidate: the cost, in cents, of the agent's preferences it goes against (<see cref="PreferenceCosts"/>).</summary>
    public IReadOnlyList<long> PreferenceCentsByCandidate { get; init; } = [];

    /// <summary>
    /// Cost, in cents, of the agent's requests to work named shifts were none honoured; each candidate
    /// that honours one carries minus its weight in <see cref="PreferenceCentsByCandidate"/>.
    /// </summary>
    public long PreferenceConstantCents { get; init; }

    /// <summary>Training the agent must attend this week, off the phones.</summary>
    public IReadOnlyList<TrainingNeed> Training { get; init; } = [];

    /// <summary>Paid minutes the roster must give in a week: the contract's minimum less paid leave.</summary>
    public int MinimumPaidMinutesInWeek(int week) => Math.Max(0, (int)Contract.MinPaidPerWeek.TotalMinutes - LeaveCreditMinutesByWeek[week]);

    /// <summary>Paid minutes the roster may give in a week: the contract's maximum less paid leave.</summary>
    public int MaximumPaidMinutesInWeek(int week) => Math.Max(MinimumPaidMinutesInWeek(week), (int)Contract.MaxPaidPerWeek.TotalMinutes - LeaveCreditMinutesByWeek[week]);

    /// <summary>Paid minutes the roster must give over the horizon's weeks (this week's, for a week).</summary>
    public int MinimumPaidMinutes => Enumerable.Range(0, LeaveCreditMinutesByWeek.Count).Sum(MinimumPaidMinutesInWeek);
}

/// <summary>
/// Everything a roster solver needs, already reduced to the interval grid, integers and indexes. Built
/// by <see cref="RosterModelBuilder"/> from the planner's files; the solver adapter only translates it.
/// </summary>
/// <param name="WeekendDays">The week's weekends, each as the day indexes it spans (a weekend counts as worked if any of them is).</param>
/// <param name="Volumes">Per channel (site order) and week interval: the forecast volume and AHT, for projecting service.</param>
public sealed record RosterModelData(
    RosterHorizon Horizon,
    IReadOnlyList<AgentPlan> Agents,
    IReadOnlyList<SkillGroup> Groups,
    IReadOnlyList<ChannelDemand> Demands,
    IReadOnlyList<IReadOnlyList<int>> WeekendDays,
    IReadOnlyList<IntervalVolume[]> Volumes,
    RosterWeights Weights)
{
    /// <summary>Cover per day and named shift type (empty for a contact-centre week).</summary>
    public IReadOnlyList<ShiftTypeDemand> ShiftCover { get; init; } = [];

    /// <summary>Shifts of the previous week that run into this one, with their breaks as assumed (see <see cref="CarriedShift"/>).</summary>
    public IReadOnlyList<CarriedShift> CarriedShifts { get; init; } = [];

    /// <summary>
    /// Per group: agents on the phones in each interval of the grid from shifts of the previous week
    /// that run into this one (a night shift begun on the last evening), net of their breaks. They
    /// count as cover; no decision of this roster changes them.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<int>> CarriedOnPhone { get; init; } = new Dictionary<int, IReadOnlyList<int>>();

    /// <summary>How the minimum-run rules treat runs at the horizon's edges.</summary>
    public RunBoundary Boundary { get; init; } = RunBoundary.CarryIn;

    /// <summary>Hours in one interval, for converting per-hour prices to per-interval ones.</summary>
    public double IntervalHours => Horizon.IntervalLength.TotalHours;

    /// <summary>A per-hour price as an objective coefficient per hundredth of an agent per interval.</summary>
    public long PerHundredthInterval(long centsPerHour) => (long)Math.Round(centsPerHour * IntervalHours / 100, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The same problem without the agents named in <paramref name="agentIds"/>: the others keep their
    /// order and are numbered afresh, and every group keeps its index (a group may be left empty), so
    /// allocation keys and last week's carried cover stay valid.
    /// </summary>
    public RosterModelData Without(IReadOnlySet<string> agentIds)
    {
        ArgumentNullException.ThrowIfNull(agentIds);
        if (agentIds.Count == 0)
        {
            return this;
        }

        var kept = Agents.Where(a => !agentIds.Contains(a.Agent.Id)).ToList();
        var newIndex = kept.Select((a, i) => (a.Index, i)).ToDictionary(x => x.Index, x => x.i);
        return this with
        {
            Agents = [.. kept.Select((a, i) => a with { Index = i })],
            Groups = [.. Groups.Select(g => g with { AgentIndexes = [.. g.AgentIndexes.Where(newIndex.ContainsKey).Select(a => newIndex[a])] })],
        };
    }

    /// <summary>Agent-hours the roster is asked to cover: staffing's gross requirement (grossed up for unplanned shrinkage) summed over the week.</summary>
    public double RequiredAgentHours => Demands.Sum(d => d switch
    {
        LiveDemand live => live.RequiredHundredths.Sum(r => (long)r),
        DeferredDemand deferred => deferred.RequiredHundredths.Sum(r => (long)r),
        _ => 0,
    }) / 100.0 * IntervalHours;
}
