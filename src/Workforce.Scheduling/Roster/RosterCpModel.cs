using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The CP-SAT roster model. Each rule family is one method (in the partial files beside this one) so
/// that each can be read, and tested, on its own. The shape, chosen for size and bound strength:
/// <list type="bullet">
/// <item>one boolean per agent and candidate shift; at most one shift per agent and day;</item>
/// <item>a 0/1 "working" chain per agent and interval, linked to shift starts and ends by one small
/// equation per interval instead of summing every shift that covers the interval;</item>
/// <item>breaks as placement booleans tied to the chosen shift's start;</item>
/// <item>coverage allocated per group of interchangeable agents, not per agent.</item>
/// </list>
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

    public IReadOnlyList<AgentVariables> Agents { get; }

    /// <summary>Head-count of each group on each demand's channel per interval (absent where nothing is needed).</summary>
    public Dictionary<(int Group, int Demand), IntVar?[]> Allocation { get; } = [];

    /// <summary>Builds the whole model: every rule, then the objective.</summary>
    public RosterCpModel BuildAll()
    {
        foreach (var agent in Agents)
        {
            AddShiftChoice(agent);
            AddWorkingTime(agent);
            AddBreaks(agent);
            AddWeeklyHours(agent);
            AddMaxWorkingDays(agent);
            AddMinimumRest(agent);
            AddMaxConsecutiveDays(agent);
            AddMinConsecutiveDaysOff(agent);
            AddMaxWeekends(agent);
            AddLabourCost(agent);
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

        Model.Minimize(LinearExpr.WeightedSum(_objective, _objectiveWeights));
        return this;
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
        public AgentPlan Plan { get; } = plan;

        /// <summary>One boolean per candidate shift, in <see cref="AgentPlan.Candidates"/> order.</summary>
        public BoolVar[] Shift { get; set; } = [];

        /// <summary>Whether the agent works on each day of the week.</summary>
        public BoolVar[] Works { get; set; } = [];

        /// <summary>Whether the agent is at work (on shift) in each interval; null where no shift can reach.</summary>
        public BoolVar?[] Working { get; set; } = [];

        /// <summary>Break and lunch placements: (rule, day) → (start interval, boolean).</summary>
        public List<(Core.Rostering.BreakRule Rule, int Day, int Start, int Length, BoolVar Placed)> Breaks { get; } = [];

        /// <summary>How many break intervals cover each interval (sum of placements).</summary>
        public List<BoolVar>[] BreakCover { get; set; } = [];

        public IEnumerable<int> CandidatesOn(int day) =>
            Enumerable.Range(0, Plan.Candidates.Count).Where(k => Plan.Candidates[k].Day == day);

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
