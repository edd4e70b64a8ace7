using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// The objective's terms that belong to one agent's own week, in cents, exactly as the CP-SAT model
/// states them: wages with premiums, preferences, late-shift and weekend fairness, changes to a
/// published roster, and start-time spread. Cover, surplus and routing are the roster's
/// (<see cref="RosterEvaluator"/>). One place computes them, so the schedule programme's prices and the
/// evaluator's objective cannot drift apart.
/// </summary>
public sealed class AgentCosts
{
    private readonly long[] _candidate;
    private readonly long[] _offDay;

    public AgentCosts(RosterModelData data, AgentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(plan);
        var weights = data.Weights;
        var candidates = plan.Candidates;
        _candidate = new long[candidates.Count];
        _offDay = new long[data.Horizon.DayCount];
        var shareLates = candidates.Any(c => c.IsLate) && !candidates.All(c => c.IsLate);
        var latePrice = weights.LateShiftCents * (1 + plan.CarryIn.LateShiftsWorkedInReferencePeriod);
        for (var k = 0; k < candidates.Count; k++)
        {
            var price = weights.IncludeLabourCost ? candidates[k].CostCents : 0;
            if (k < plan.PreferenceCentsByCandidate.Count)
            {
                price += plan.PreferenceCentsByCandidate[k];
            }

            if (shareLates && candidates[k].IsLate)
            {
                price += latePrice;
            }

            _candidate[k] = price;
        }

        Constant = plan.PreferenceConstantCents;
        var keep = plan.BaselineKeepByDay;
        for (var day = 0; day < keep.Count && day < _offDay.Length; day++)
        {
            switch (keep[day])
            {
                case BaselineCandidates.DayOff:
                    foreach (var k in Enumerable.Range(0, candidates.Count).Where(k => candidates[k].Day == day))
                    {
                        _candidate[k] += weights.ChangedShiftCents;
                    }

                    break;
                case { } kept:
                    // (1 − kept): every other choice of the day, a day off included, is a change.
                    _offDay[day] += weights.ChangedShiftCents;
                    foreach (var k in Enumerable.Range(0, candidates.Count).Where(k => candidates[k].Day == day && k != kept))
                    {
                        _candidate[k] += weights.ChangedShiftCents;
                    }

                    break;
            }
        }

        WeekendCents = weights.WeekendWorkedCents * (1 + plan.CarryIn.WeekendsWorkedInReferencePeriod);
        SpreadCentsPerMinute = (long)Math.Round(weights.StartTimeSpreadCentsPerHour / 60.0);
    }

    /// <summary>Per candidate: wage, preference, late-shift and change costs of working it.</summary>
    public IReadOnlyList<long> Candidate => _candidate;

    /// <summary>Per day: the cost of having it off (a change to a published shift).</summary>
    public IReadOnlyList<long> OffDay => _offDay;

    /// <summary>Cost of each weekend worked (fairness: more for those who have worked more of them).</summary>
    public long WeekendCents { get; }

    /// <summary>Cost per minute between the earliest and the latest start of the week.</summary>
    public long SpreadCentsPerMinute { get; }

    /// <summary>Cost that no choice changes (requests to work a shift, taken back by the honouring candidate).</summary>
    public long Constant { get; }

    /// <summary>
    /// The agent's own terms for a week: per day the candidate worked or <see cref="WeekSchedule.Off"/>.
    /// </summary>
    public long Of(RosterModelData data, AgentPlan plan, IReadOnlyList<int> choice)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(choice);
        var total = Constant;
        int? earliest = null, latest = null;
        for (var day = 0; day < choice.Count; day++)
        {
            if (choice[day] == WeekSchedule.Off)
            {
                total += _offDay[day];
                continue;
            }

            total += _candidate[choice[day]];
            var start = plan.Candidates[choice[day]].StartMinuteOfDay;
            earliest = Math.Min(earliest ?? start, start);
            latest = Math.Max(latest ?? start, start);
        }

        foreach (var weekend in data.WeekendDays)
        {
            if (weekend.Any(day => day < choice.Count && choice[day] != WeekSchedule.Off))
            {
                total += WeekendCents;
            }
        }

        return total + (SpreadCentsPerMinute * ((latest ?? 0) - (earliest ?? 0)));
    }
}
