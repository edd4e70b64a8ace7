using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

internal sealed partial class RosterCpModel
{
    /// <summary>Paid time in each week within the contract's minimum and maximum, less paid leave.</summary>
    internal void AddWeeklyHours(AgentVariables agent)
    {
        for (var week = 0; week < _data.Horizon.WeekCount; week++)
        {
            var inWeek = Enumerable.Range(week * RosterHorizon.Days, RosterHorizon.Days).SelectMany(agent.CandidatesOn).ToList();
            var paid = LinearExpr.WeightedSum(inWeek.Select(k => agent.Shift[k]), inWeek.Select(k => (long)agent.Plan.Candidates[k].PaidMinutes));
            Model.AddLinearConstraint(paid, agent.Plan.MinimumPaidMinutesInWeek(week), agent.Plan.MaximumPaidMinutesInWeek(week));
        }
    }

    /// <summary>Paid time over the whole horizon within the contract's horizon minimum and maximum, when it has them.</summary>
    internal void AddHorizonHours(AgentVariables agent)
    {
        var contract = agent.Plan.Contract;
        if (contract.MinPaidOverHorizon is null && contract.MaxPaidOverHorizon is null)
        {
            return;
        }

        var paid = LinearExpr.WeightedSum(agent.Shift, agent.Plan.Candidates.Select(c => (long)c.PaidMinutes));
        Model.AddLinearConstraint(
            paid,
            (long)(contract.MinPaidOverHorizon?.TotalMinutes ?? 0),
            (long)(contract.MaxPaidOverHorizon?.TotalMinutes ?? long.MaxValue / 2));
    }

    /// <summary>At most the contract's number of working days in each week.</summary>
    internal void AddMaxWorkingDays(AgentVariables agent)
    {
        for (var first = 0; first < agent.Works.Length; first += RosterHorizon.Days)
        {
            Model.Add(LinearExpr.Sum(agent.Works.Skip(first).Take(RosterHorizon.Days)) <= agent.Plan.Contract.MaxWorkingDays);
        }
    }

    /// <summary>
    /// At least the contract's rest from one shift's end to the next one's start, including from the
    /// last shift of the previous week (carry-in).
    /// </summary>
    internal void AddMinimumRest(AgentVariables agent)
    {
        var horizon = _data.Horizon;
        var rest = horizon.IntervalsIn(agent.Plan.Contract.MinRestBetweenShifts);
        for (var day = 0; day + 1 < agent.Works.Length; day++)
        {
            if (agent.Plan.Contract.ShiftTypes.Count > 0 && RestAlwaysKept(agent, day, rest))
            {
                continue; // Named shifts far enough apart: nothing to state, and a rota has many days.
            }

            Model.Add(agent.EndOf(day) + rest <= agent.StartOf(day + 1)).OnlyEnforceIf([agent.Works[day], agent.Works[day + 1]]);
        }

        if (agent.Plan.CarryIn.LastShiftEnd is { } lastEnd)
        {
            // Rounded up to the grid: a shift may start only once the whole rest has passed.
            var restEnds = horizon.ToInstant(lastEnd) + agent.Plan.Contract.MinRestBetweenShifts;
            var earliestStart = (int)Math.Ceiling((restEnds - horizon.Start).TotalTicks / (double)horizon.IntervalLength.TotalTicks);
            for (var day = 0; day < agent.Works.Length; day++)
            {
                Model.Add(agent.StartOf(day) >= earliestStart).OnlyEnforceIf(agent.Works[day]);
            }
        }
    }

    /// <summary>
    /// No run of working days longer than the contract allows, counting the days already worked at the
    /// end of the previous week: Thursday–Sunday then Monday–Friday is nine in a row, not five.
    /// </summary>
    internal void AddMaxConsecutiveDays(AgentVariables agent)
    {
        var limit = agent.Plan.Contract.MaxConsecutiveWorkingDays;
        // A carry-in at or above the limit forces the first day off; counting more days changes nothing.
        var carried = Math.Min(agent.Plan.CarryIn.ConsecutiveDaysWorked, limit);
        for (var first = -carried; first + limit < agent.Works.Length; first++)
        {
            var window = Enumerable.Range(first, limit + 1).ToList();
            var alreadyWorked = window.Count(d => d < 0);
            var inWeek = window.Where(d => d >= 0).Select(d => agent.Works[d]).ToList();
            Model.Add(LinearExpr.Sum(inWeek) <= limit - alreadyWorked);
        }
    }

    private static bool RestAlwaysKept(AgentVariables agent, int day, int rest)
    {
        var today = agent.CandidatesOn(day);
        var tomorrow = agent.CandidatesOn(day + 1);
        return today.Count == 0 || tomorrow.Count == 0
            || today.Max(k => agent.Plan.Candidates[k].EndIndex) + rest <= tomorrow.Min(k => agent.Plan.Candidates[k].StartIndex);
    }

    /// <summary>
    /// A run of working days, once started after a day off, lasts at least the contract's minimum. A run
    /// still going on the last day continues into the next horizon. At the start, a run carried in
    /// (days worked at the end of last week) must reach the minimum, and a run starting on the first day
    /// after a day off (no days carried in) must too; under the benchmark's
    /// <see cref="RunBoundary.ExemptAtEdges"/> a run touching the first day is exempt instead.
    /// </summary>
    internal void AddMinConsecutiveDays(AgentVariables agent)
    {
        var minimum = agent.Plan.Contract.MinConsecutiveWorkingDays;
        if (minimum <= 1)
        {
            return;
        }

        var works = agent.Works;
        var carried = agent.Plan.CarryIn.ConsecutiveDaysWorked;
        if (_data.Boundary == RunBoundary.CarryIn && carried > 0)
        {
            for (var day = 0; day < Math.Min(minimum - carried, works.Length); day++)
            {
                Model.Add(works[day] == 1);
            }
        }

        for (var day = 0; day < works.Length; day++)
        {
            if (day == 0 && (_data.Boundary == RunBoundary.ExemptAtEdges || carried > 0))
            {
                continue;
            }

            for (var later = day + 1; later < Math.Min(day + minimum, works.Length); later++)
            {
                // Off the day before (or nothing carried in) and working today: still working on `later`.
                Model.AddBoolOr(day == 0 ? [works[0].Not(), works[later]] : [works[day - 1], works[day].Not(), works[later]]);
            }
        }
    }

    /// <summary>
    /// A run of days off, once started after a working day, lasts at least the contract's minimum. A
    /// run still going at the week's end continues into the next week, whose carry-in covers it; a run
    /// that began in the previous week (carry-in days off) must reach the minimum in this one. Under the
    /// benchmark's <see cref="RunBoundary.ExemptAtEdges"/> a run touching the first day is exempt.
    /// </summary>
    internal void AddMinConsecutiveDaysOff(AgentVariables agent)
    {
        var minimum = agent.Plan.Contract.MinConsecutiveDaysOff;
        if (minimum <= 1)
        {
            return;
        }

        var exemptAtStart = _data.Boundary == RunBoundary.ExemptAtEdges;

        // A run of days off that began last week and is still short of the minimum goes on into this one.
        var offBefore = agent.Plan.CarryIn.ConsecutiveDaysWorked == 0 && !exemptAtStart ? agent.Plan.CarryIn.ConsecutiveDaysOff : 0;
        if (offBefore > 0)
        {
            for (var day = 0; day < Math.Min(minimum - offBefore, agent.Works.Length); day++)
            {
                Model.Add(agent.Works[day] == 0);
            }
        }

        var workedDayBefore = agent.Plan.CarryIn.ConsecutiveDaysWorked > 0 && !exemptAtStart;
        for (var day = 0; day < agent.Works.Length; day++)
        {
            for (var later = day + 1; later < Math.Min(day + minimum, agent.Works.Length); later++)
            {
                if (day == 0)
                {
                    if (workedDayBefore)
                    {
                        Model.AddBoolOr([agent.Works[0], agent.Works[later].Not()]);
                    }

                    continue;
                }

                Model.AddBoolOr([agent.Works[day - 1].Not(), agent.Works[day], agent.Works[later].Not()]);
            }
        }
    }

    /// <summary>
    /// Weekends worked in every reference period of the contract (a rolling window of weeks) stay within
    /// the limit; a window reaching back before the horizon counts the carry-in's weekends too.
    /// </summary>
    internal void AddMaxWeekends(AgentVariables agent)
    {
        var contract = agent.Plan.Contract;
        var allowed = contract.MaxWeekendsWorked - agent.Plan.CarryIn.WeekendsWorkedInReferencePeriod;
        var weekendsWorked = new List<BoolVar>();
        foreach (var weekend in _data.WeekendDays)
        {
            var worked = Model.NewBoolVar($"weekend[{agent.Plan.Agent.Id},{weekend[0]}]");
            foreach (var day in weekend)
            {
                Model.AddImplication(agent.Works[day], worked);
            }

            Model.Add(worked <= LinearExpr.Sum(weekend.Select(d => agent.Works[d])));
            weekendsWorked.Add(worked);

            // Fairness: a weekend costs more for someone who has already worked more of them.
            Penalise(worked, _data.Weights.WeekendWorkedCents * (1 + agent.Plan.CarryIn.WeekendsWorkedInReferencePeriod));
        }

        if (weekendsWorked.Count == 0)
        {
            return;
        }

        // The windows that reach back before the horizon share the carry-in; the longest of them (the
        // horizon's first reference period less a week, or the first week) implies the others. Every
        // later window lies inside the horizon.
        var weekOf = _data.WeekendDays.Select(w => w[0] / RosterHorizon.Days).ToList();
        var weeks = _data.Horizon.WeekCount;
        var reference = contract.WeekendReferenceWeeks;
        var carriedUpTo = Math.Max(0, Math.Min(reference - 2, weeks - 1));
        AddWeekendWindow(weekendsWorked, weekOf, 0, carriedUpTo, Math.Max(allowed, 0));
        for (var last = Math.Max(reference - 1, carriedUpTo + 1); last < weeks; last++)
        {
            AddWeekendWindow(weekendsWorked, weekOf, last - reference + 1, last, contract.MaxWeekendsWorked);
        }
    }

    private void AddWeekendWindow(List<BoolVar> weekendsWorked, List<int> weekOf, int firstWeek, int lastWeek, int limit)
    {
        var inWindow = Enumerable.Range(0, weekendsWorked.Count).Where(i => weekOf[i] >= firstWeek && weekOf[i] <= lastWeek).Select(i => weekendsWorked[i]).ToList();
        if (inWindow.Count > 0)
        {
            Model.Add(LinearExpr.Sum(inWindow) <= limit);
        }
    }

    /// <summary>
    /// Start-time stability: the hours between the agent's earliest and latest start time of the week
    /// are priced, so starts stay steady unless coverage pays for moving them.
    /// </summary>
    internal void AddStartTimeStability(AgentVariables agent)
    {
        var weight = (long)Math.Round(_data.Weights.StartTimeSpreadCentsPerHour / 60.0);
        if (weight == 0 || agent.Shift.Length == 0)
        {
            return;
        }

        var earliest = Model.NewIntVar(0, 24 * 60, $"earliestStart[{agent.Plan.Agent.Id}]");
        var latest = Model.NewIntVar(0, 24 * 60, $"latestStart[{agent.Plan.Agent.Id}]");
        Model.Add(latest >= earliest);
        for (var day = 0; day < agent.Works.Length; day++)
        {
            var start = LinearExpr.WeightedSum(
                agent.CandidatesOn(day).Select(k => (LinearExpr)agent.Shift[k]),
                agent.CandidatesOn(day).Select(k => (long)agent.Plan.Candidates[k].StartMinuteOfDay));
            Model.Add(earliest <= start).OnlyEnforceIf(agent.Works[day]);
            Model.Add(latest >= start).OnlyEnforceIf(agent.Works[day]);
        }

        Penalise(latest - earliest, weight);
    }

    /// <summary>
    /// Late-shift fairness: each late shift costs more for an agent who has already worked more of them
    /// in the reference period, so lates rotate. Agents with only late shifts on offer (night
    /// contracts) or none are left out: no choice of theirs could change the term.
    /// </summary>
    internal void AddLateShiftFairness(AgentVariables agent)
    {
        var candidates = agent.Plan.Candidates;
        if (candidates.All(c => c.IsLate) || !candidates.Any(c => c.IsLate))
        {
            return;
        }

        var price = _data.Weights.LateShiftCents * (1 + agent.Plan.CarryIn.LateShiftsWorkedInReferencePeriod);
        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].IsLate)
            {
                Penalise(agent.Shift[k], price);
            }
        }
    }

    /// <summary>
    /// Preferred days off and start times and shift requests, priced per candidate shift when it was
    /// listed; requests to work a shift add their weight as a constant that the honouring candidate takes back.
    /// </summary>
    internal void AddPreferences(AgentVariables agent)
    {
        var costs = agent.Plan.PreferenceCentsByCandidate;
        for (var k = 0; k < costs.Count; k++)
        {
            Penalise(agent.Shift[k], costs[k]);
        }

        Penalise(LinearExpr.Constant(1), agent.Plan.PreferenceConstantCents);
    }

    /// <summary>Wages with night and weekend premiums, priced per candidate shift when it was listed.</summary>
    internal void AddLabourCost(AgentVariables agent)
    {
        if (!_data.Weights.IncludeLabourCost)
        {
            return;
        }

        for (var k = 0; k < agent.Shift.Length; k++)
        {
            Penalise(agent.Shift[k], agent.Plan.Candidates[k].CostCents);
        }
    }
}
