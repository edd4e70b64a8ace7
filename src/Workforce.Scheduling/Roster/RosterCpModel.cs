using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The CP-SAT roster model. Each rule family is one method (in the partial files beside this one) so
/// that each can be read, and tested, on its own. The shape, chosen to keep the model small:
/// <list type="bullet">
/// <item>one boolean per agent and candidate shift; at most one shift per agent and day; every
/// contract rule is stated on these booleans;</item>
/// <item>nothing per agent and interval: agents with the same skills are interchangeable for
/// coverage, so at-work head-counts are kept per group, as a chain linked to shift starts and ends
/// by one small equation per interval;</item>
/// <item>breaks per group too, as counts of breaks starting in each interval, held to their windows
/// by cumulative constraints (a break can start only after enough shifts started, and must have
/// started before the window closes); the agent-by-agent break times are then read off in order,
/// first shift first (see <see cref="BreakPool"/>);</item>
/// <item>on-phone head-count shared out over the group's skills per interval.</item>
/// </list>
/// This keeps the model linear in agents × candidate shifts, however fine the interval grid.
/// </summary>
internal sealed partial class RosterCpModel
{
    private readonly RosterModelData _data;
    private readonly List<LinearExpr> _objective = [];
    private readonly List<long> _objectiveWeights = [];

    public RosterCpModel(RosterModelData data)
    {
        _data = data;
        Model = new CpModel();
        Agents = [.. data.Agents.Select(a => new AgentVariables(a))];
    }

    public CpModel Model { get; }

    public RosterHorizon Horizon => _data.Horizon;

    public IReadOnlyList<AgentVariables> Agents { get; }

    /// <summary>At-work head-count of each group per interval (null where no member's shift can reach).</summary>
    public Dictionary<int, IntVar?[]> GroupWorking { get; } = [];

    /// <summary>Break pools of each group.</summary>
    public Dictionary<int, List<BreakPool>> GroupBreaks { get; } = [];

    /// <summary>Head-count of each group on each demand's channel per interval (absent where nothing is needed).</summary>
    public Dictionary<(int Group, int Demand), IntVar?[]> Allocation { get; } = [];

    /// <summary>
    /// Builds the whole model: every rule, then the objective. A stop request is honoured between
    /// agents and groups (<see cref="OperationCanceledException"/>), so a large site's build never
    /// outlasts a deadline by more than one agent's rules.
    /// </summary>
    public RosterCpModel BuildAll(CancellationToken cancellationToken = default)
    {
        AddAgentRules(cancellationToken);
        foreach (var agent in Agents)
        {
            // Only the full model prices unsteady starts; the agent-by-agent seed models stay lean.
            AddStartTimeStability(agent);
        }

        // Group head-counts exist for the channels' per-interval demand; without any, they would only
        // add a variable per group and interval (a year of them, for a rota planned by shift type).
        foreach (var group in _data.Demands.Count > 0 ? _data.Groups : [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddGroupWorkingTime(group);
            AddGroupBreaks(group);
        }

        AddGroupAllocation();
        foreach (var demand in _data.Demands)
        {
            switch (demand)
            {
                case LiveDemand live:
                    AddLiveCoverage(live);
                    break;
                case DeferredDemand deferred:
                    AddDeferredCoverage(deferred);
                    break;
            }
        }

        AddShiftTypeCover();

        Model.Minimize(LinearExpr.WeightedSum(_objective, _objectiveWeights));
        return this;
    }

    /// <summary>
    /// Builds only the agents' own hard rules, with each candidate shift rewarded by
    /// <paramref name="candidateRewards"/> (per agent, per candidate, in cents). Used one agent at a
    /// time.
    /// </summary>
    public RosterCpModel BuildRulesOnly(IReadOnlyList<long[]> candidateRewards)
    {
        AddAgentRules();
        for (var a = 0; a < Agents.Count; a++)
        {
            for (var k = 0; k < Agents[a].Shift.Length; k++)
            {
                Penalise(Agents[a].Shift[k], -candidateRewards[a][k]);
            }
        }

        Model.Minimize(LinearExpr.WeightedSum(_objective, _objectiveWeights));
        return this;
    }

    private void AddAgentRules(CancellationToken cancellationToken = default)
    {
        foreach (var agent in Agents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddShiftChoice(agent);
            AddTrainingAttendance(agent);
            AddWeeklyHours(agent);
            AddMaxWorkingDays(agent);
            AddMinimumRest(agent);
            AddMaxConsecutiveDays(agent);
            AddMinConsecutiveDays(agent);
            AddMinConsecutiveDaysOff(agent);
            AddMaxWeekends(agent);
            AddHorizonHours(agent);
            AddShiftTypeCaps(agent);
            AddForbiddenSuccessions(agent);
            AddLabourCost(agent);
            AddBaselineChanges(agent);
            AddLateShiftFairness(agent);
            AddPreferences(agent);
        }
    }

    private void Penalise(LinearExpr term, long weight)
    {
        if (weight != 0)
        {
            _objective.Add(term);
            _objectiveWeights.Add(weight);
        }
    }

    /// <summary>The variables of one agent.</summary>
    internal sealed class AgentVariables(AgentPlan plan)
    {
        private int[][]? _byDay;

        public AgentPlan Plan { get; } = plan;

        /// <summary>One boolean per candidate shift, in <see cref="AgentPlan.Candidates"/> order.</summary>
        public BoolVar[] Shift { get; set; } = [];

        /// <summary>Per training need (in <see cref="AgentPlan.Training"/> order), one boolean per start option.</summary>
        public List<BoolVar[]> TrainingStarts { get; } = [];

        /// <summary>Whether the agent works on each day of the week.</summary>
        public BoolVar[] Works { get; set; } = [];

        /// <summary>Indexes of the candidates on one day, in candidate order.</summary>
        public IReadOnlyList<int> CandidatesOn(int day)
        {
            _byDay ??= IndexByDay(Plan.Candidates);
            return day >= 0 && day < _byDay.Length ? _byDay[day] : [];
        }

        private static int[][] IndexByDay(IReadOnlyList<ShiftCandidate> candidates)
        {
            var days = candidates.Count == 0 ? 0 : candidates.Max(c => c.Day) + 1;
            var lists = Enumerable.Range(0, days).Select(_ => new List<int>()).ToArray();
            for (var k = 0; k < candidates.Count; k++)
            {
                lists[candidates[k].Day].Add(k);
            }

            return [.. lists.Select(l => l.ToArray())];
        }

        /// <summary>Start interval of the day's shift (0 when off).</summary>
        public LinearExpr StartOf(int day) => LinearExpr.WeightedSum(
            CandidatesOn(day).Select(k => (LinearExpr)Shift[k]),
            CandidatesOn(day).Select(k => (long)Plan.Candidates[k].StartIndex));

        /// <summary>End interval (exclusive) of the day's shift (0 when off).</summary>
        public LinearExpr EndOf(int day) => LinearExpr.WeightedSum(
            CandidatesOn(day).Select(k => (LinearExpr)Shift[k]),
            CandidatesOn(day).Select(k => (long)Plan.Candidates[k].EndIndex));
    }
}
