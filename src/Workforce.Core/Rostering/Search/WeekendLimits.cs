using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>The weekend rule as a limit on the running count of weekends worked, for a per-agent programme.</summary>
public static class WeekendLimits
{
    /// <summary>
    /// Per weekend (in <see cref="RosterModelData.WeekendDays"/> order), the most weekends that may have
    /// been worked once it counts. Valid when the contract's reference windows all start with the horizon
    /// (<see cref="Contract.WeekendReferenceWeeks"/> at least the horizon's weeks): each window is then a
    /// limit on the running count, the first one less the carry-in's weekends, as the CP-SAT model's
    /// <c>AddMaxWeekends</c> states them.
    /// </summary>
    public static int[] Running(RosterModelData data, AgentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(plan);
        var contract = plan.Contract;
        var weeks = data.Horizon.WeekCount;
        var reference = contract.WeekendReferenceWeeks;
        var allowed = Math.Max(0, contract.MaxWeekendsWorked - plan.CarryIn.WeekendsWorkedInReferencePeriod);
        var carriedUpTo = Math.Max(0, Math.Min(reference - 2, weeks - 1));
        var windows = new List<(int LastWeek, int Limit)> { (carriedUpTo, allowed) };
        for (var last = Math.Max(reference - 1, carriedUpTo + 1); last < weeks; last++)
        {
            windows.Add((last, contract.MaxWeekendsWorked));
        }

        return [.. data.WeekendDays.Select(w =>
        {
            var week = w[0] / RosterHorizon.Days;
            return windows.Where(x => x.LastWeek >= week).Select(x => x.Limit).DefaultIfEmpty(int.MaxValue).Min();
        })];
    }
}
