using Google.OrTools.Sat;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

internal sealed partial class RosterCpModel
{
    /// <summary>Paid time over the week within the contract's minimum and maximum, less paid leave.</summary>
    internal void AddWeeklyHours(AgentVariables agent)
    {
        var paid = LinearExpr.WeightedSum(agent.Shift, agent.Plan.Candidates.Select(c => (long)c.PaidMinutes));
        Model.AddLinearConstraint(paid, agent.Plan.MinimumPaidMinutes, agent.Plan.MaximumPaidMinutes);
    }

    /// <summary>At most the contract's number of working days in the week.</summary>
    internal void AddMaxWorkingDays(AgentVariables agent) =>
        Model.Add(LinearExpr.Sum(agent.Works) <= agent.Plan.Contract.MaxWorkingDays);

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

    /// <summary>
    /// A run of days off, once started after a working day, lasts at least the contract's minimum. A
    /// run still going at the week's end continues into the next week, whose carry-in covers it; a run
    /// that began in the previous week (carry-in days off) must reach the minimum in this one.
    /// </summary>
    internal void AddMinConsecutiveDaysOff(AgentVariables agent)
    {
        var minimum = agent.Plan.Contract.MinConsecutiveDaysOff;
        if (minimum <= 1)
        {
            return;
        }

        // A run of days off that began last week and is still short of the minimum goes on into this one.
        var offBefore = agent.Plan.CarryIn.ConsecutiveDaysWorked == 0 ? agent.Plan.CarryIn.ConsecutiveDaysOff : 0;
        if (offBefore > 0)
        {
            for (var day = 0; day < Math.Min(minimum - offBefore, agent.Works.Length); day++)
            {
                Model.Add(agent.Works[day] == 0);
            }
        }

        var workedDayBefore = agent.Plan.CarryIn.ConsecutiveDaysWorked > 0;
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

    /// <summary>Weekends worked in the contract's reference period, this week's added to the carry-in, stay within the limit.</summary>
    internal void AddMaxWeekends(AgentVariables agent)
    {
        var allowed = agent.Plan.Contract.MaxWeekendsWorked - agent.Plan.CarryIn.WeekendsWorkedInReferencePeriod;
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

        if (weekendsWorked.Count > 0)
        {
            Model.Add(LinearExpr.Sum(weekendsWorked) <= Math.Max(allowed, 0));
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

    /// <summary>Preferred days off and start times, priced per candidate shift when it was listed.</summary>
    internal void AddPreferences(AgentVariables agent)
    {
        var costs = agent.Plan.PreferenceCentsByCandidate;
        for (var k = 0; k < costs.Count; k++)
        {
            Penalise(agent.Shift[k], costs[k]);
        }
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
