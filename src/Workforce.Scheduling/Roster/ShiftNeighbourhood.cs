using System.Globalization;
using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// One step of the neighbourhood search: a few agents are re-rostered over a window of days while
/// everything else stays as it is. The step is the engine's own model (<see cref="RosterCpModel"/>,
/// every rule method) built for just those agents: their candidates outside the window are cut to
/// the one they work, those days are fixed, and the cover already given by everyone else is counted
/// in each <see cref="ShiftTypeDemand.AlreadyCovered"/>. Small enough that CP-SAT solves it in a
/// fraction of a second, however large the whole roster.
/// </summary>
internal sealed class ShiftNeighbourhood
{
    private readonly RosterModelData _data;

    public ShiftNeighbourhood(RosterModelData data)
    {
        _data = data;
        CandidatesByDay = [.. data.Agents.Select(plan =>
        {
            var byDay = Enumerable.Range(0, data.Horizon.DayCount).Select(_ => new List<int>()).ToArray();
            for (var k = 0; k < plan.Candidates.Count; k++)
            {
                byDay[plan.Candidates[k].Day].Add(k);
            }

            return byDay.Select(l => l.ToArray()).ToArray();
        })];
    }

    /// <summary>Per agent and day, the candidates of that day.</summary>
    public int[][][] CandidatesByDay { get; }

    public sealed record Outcome(bool Found, bool Proven, bool Infeasible, IReadOnlyDictionary<int, int[]> Days)
    {
        /// <summary>Milliseconds spent building the model and solving it, and CP-SAT's deterministic time, for tuning.</summary>
        public (long Build, long Solve, double Work) Milliseconds { get; init; }
    }

    /// <summary>
    /// Re-rosters <paramref name="agents"/> on days [<paramref name="firstDay"/>, <paramref name="lastDay"/>]
    /// against <paramref name="roster"/>, started from it (a complete hint), within <paramref name="work"/>
    /// of CP-SAT's deterministic time (so a step does the same work on a busy machine) and at most
    /// <paramref name="seconds"/> of wall-clock time.
    /// </summary>
    /// <param name="linearization">
    /// CP-SAT's linearization level: 2 gives the LP relaxation every constraint and proves small
    /// neighbourhoods fast; 0 drops the LP and stops at the first solution: a lawful schedule for one
    /// agent over a long, tight horizon, soon.
    /// </param>
    /// <param name="hint">
    /// Whether to start from the roster. Not for an agent placed for the first time: their "roster" is
    /// every day off, and as a hint it would steer CP-SAT towards days off until the minimum hours fail.
    /// </param>
    public Outcome Solve(ShiftRoster roster, IReadOnlyList<int> agents, int firstDay, int lastDay, double work, double seconds, int seed, Func<bool> stopped, int linearization = 2, bool hint = true)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var free = agents.ToHashSet();
        var plans = new List<AgentPlan>();
        var back = new List<int[]>();
        foreach (var a in agents)
        {
            var plan = _data.Agents[a];
            var kept = new List<int>();
            for (var day = 0; day < _data.Horizon.DayCount; day++)
            {
                if (day >= firstDay && day <= lastDay)
                {
                    kept.AddRange(CandidatesByDay[a][day]);
                }
                else if (roster.Choice[a][day] != ShiftRoster.Off)
                {
                    kept.Add(roster.Choice[a][day]);
                }
            }

            back.Add([.. kept]);
            plans.Add(plan with
            {
                Index = plans.Count,
                GroupIndex = null,
                Candidates = [.. kept.Select(k => plan.Candidates[k])],
                PreferenceCentsByCandidate = plan.PreferenceCentsByCandidate.Count == 0 ? [] : [.. kept.Select(k => plan.PreferenceCentsByCandidate[k])],
            });
        }

        var others = roster.CoverCounts(a => !free.Contains(a));
        var cover = _data.ShiftCover.Select((d, i) => d with { AlreadyCovered = others[i] }).ToList();
        var sub = _data with { Agents = plans, Groups = [], ShiftCover = cover };
        var model = new RosterCpModel(sub).BuildAll();
        for (var i = 0; i < agents.Count; i++)
        {
            var variables = model.Agents[i];
            var choice = roster.Choice[agents[i]];
            for (var day = 0; day < variables.Works.Length; day++)
            {
                if (day < firstDay || day > lastDay)
                {
                    model.Model.Add(variables.Works[day] == (choice[day] == ShiftRoster.Off ? 0 : 1));
                }
            }

            for (var k = 0; k < variables.Shift.Length && hint; k++)
            {
                var day = variables.Plan.Candidates[k].Day;
                model.Model.AddHint(variables.Shift[k], choice[day] == back[i][k]);
            }
        }

        var solver = new CpSolver
        {
            StringParameters = CpSatParameters.For(Math.Max(0.05, seconds), 1, seed, work, string.Create(CultureInfo.InvariantCulture, $"linearization_level:{linearization} stop_after_first_solution:{(linearization == 0 ? "true" : "false")}")),
        };
        if (stopped())
        {
            return new Outcome(false, false, false, new Dictionary<int, int[]>());
        }

        var built = watch.ElapsedMilliseconds;
        var status = solver.Solve(model.Model);
        var times = (built, watch.ElapsedMilliseconds - built, Math.Round(solver.Response?.DeterministicTime ?? 0, 3));
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new Outcome(false, false, status == CpSolverStatus.Infeasible, new Dictionary<int, int[]>()) { Milliseconds = times };
        }

        var days = new Dictionary<int, int[]>();
        for (var i = 0; i < agents.Count; i++)
        {
            var result = Enumerable.Repeat(ShiftRoster.Off, _data.Horizon.DayCount).ToArray();
            var variables = model.Agents[i];
            for (var k = 0; k < variables.Shift.Length; k++)
            {
                if (solver.BooleanValue(variables.Shift[k]))
                {
                    result[variables.Plan.Candidates[k].Day] = back[i][k];
                }
            }

            days[agents[i]] = result;
        }

        return new Outcome(true, status == CpSolverStatus.Optimal, false, days) { Milliseconds = times };
    }
}
