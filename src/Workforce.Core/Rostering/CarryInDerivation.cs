using NodaTime;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering;

/// <summary>
/// Derives each agent's carry-in for a planning week from what they worked before it (<see cref="WorkHistory"/>),
/// so rest, consecutive-day, days-off and weekend rules see across the week boundary as it really fell,
/// not as it stood when the site was imported.
/// </summary>
/// <remarks>
/// Conventions: a shift belongs to the day it starts; a day is worked when a shift starts on it. The
/// weekend and late-shift counts cover the contract's reference period before the week (the previous
/// <see cref="Contract.WeekendReferenceWeeks"/> − 1 weeks, as <see cref="AgentCarryIn"/> defines them); a
/// weekend is worked when any shift starts on one of the site's weekend days of that week. Where a run
/// of days or the reference period reaches back past the history's first day, the imported carry-in
/// continues it, but only when it describes exactly the days before that first day (the site was
/// imported for the week the history starts with); otherwise the history's first day is the horizon.
/// Imported weekends are capped so that the sum never exceeds the contract's maximum (the history may
/// overlap the imported reference period).
/// </remarks>
public static class CarryInDerivation
{
    /// <summary>
    /// The carry-in of every agent of <paramref name="inputs"/> for the week from <paramref name="weekStart"/>.
    /// <paramref name="importedFor"/> is the week the imported carry-in (<see cref="RosterInputs.CarryIn"/>) was given for.
    /// An agent whose contract is missing keeps the imported carry-in.
    /// </summary>
    public static IReadOnlyList<AgentCarryIn> Derive(
        RosterInputs inputs, LocalDate weekStart, IReadOnlySet<IsoDayOfWeek> weekendDays, WorkHistory history, LocalDate importedFor)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(weekendDays);
        ArgumentNullException.ThrowIfNull(history);
        return [.. inputs.Agents.Select(agent =>
        {
            var imported = inputs.CarryInFor(agent.Id);
            return inputs.FindContract(agent.ContractId) is { } contract
                ? ForAgent(agent.Id, contract, weekStart, weekendDays, history.ShiftsOf(agent.Id), history.CoveredFrom, importedFor == history.CoveredFrom ? imported : null)
                : imported;
        })];
    }

    /// <summary>
    /// One agent's carry-in from their <paramref name="shifts"/> between <paramref name="coveredFrom"/> and the
    /// week. <paramref name="before"/> is what they carried into <paramref name="coveredFrom"/>, or null when unknown.
    /// </summary>
    public static AgentCarryIn ForAgent(
        string agentId, Contract contract, LocalDate weekStart, IReadOnlySet<IsoDayOfWeek> weekendDays, IReadOnlyList<BaselineShift> shifts, LocalDate coveredFrom, AgentCarryIn? before)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(weekendDays);
        ArgumentNullException.ThrowIfNull(shifts);
        if (coveredFrom > weekStart)
        {
            throw new ArgumentOutOfRangeException(nameof(coveredFrom), coveredFrom, "The history must start before the week.");
        }

        var own = shifts.Where(s => s.AgentId == agentId && s.Start.Date >= coveredFrom && s.Start.Date < weekStart).OrderBy(s => s.Start).ToList();
        var worked = own.Select(s => s.Start.Date).ToHashSet();
        var last = own.Count > 0 ? own[^1] : null;
        var (daysWorked, reachedStart) = RunBefore(weekStart, coveredFrom, worked.Contains);
        var (daysOff, offReachedStart) = RunBefore(weekStart, coveredFrom, d => !worked.Contains(d));
        if (reachedStart && before is not null)
        {
            daysWorked += before.ConsecutiveDaysWorked;
        }

        if (offReachedStart && before is { ConsecutiveDaysWorked: 0 })
        {
            daysOff += before.ConsecutiveDaysOff;
        }

        var referenceFrom = weekStart.PlusWeeks(-(contract.WeekendReferenceWeeks - 1));
        var inReference = own.Where(s => s.Start.Date >= referenceFrom).ToList();
        var weekends = inReference.Where(s => weekendDays.Contains(s.Start.DayOfWeek))
            .Select(s => WeeksBefore(weekStart, s.Start.Date))
            .Distinct()
            .Count();
        var lateShifts = inReference.Count(s => ShiftCandidate.EndsLate(s.Start, s.End));
        if (referenceFrom < coveredFrom && before is not null)
        {
            weekends = Math.Min(weekends + before.WeekendsWorkedInReferencePeriod, Math.Max(weekends, contract.MaxWeekendsWorked));
            lateShifts += before.LateShiftsWorkedInReferencePeriod;
        }

        return new AgentCarryIn(agentId, last?.End ?? before?.LastShiftEnd, daysWorked, weekends)
        {
            LastShiftStart = last is null ? before?.LastShiftStart : last.Start,
            ConsecutiveDaysOff = daysWorked > 0 ? 0 : daysOff,
            LateShiftsWorkedInReferencePeriod = lateShifts,
        };
    }

    /// <summary>Which week before the planning week a day lies in: 1 for the week just before, 2 for the one before that.</summary>
    private static int WeeksBefore(LocalDate weekStart, LocalDate day) => (Period.DaysBetween(day, weekStart) + 6) / 7;

    /// <summary>Days in a row, back from the day before the week, that satisfy <paramref name="holds"/>; and whether the run reaches the history's first day.</summary>
    private static (int Days, bool ReachedStart) RunBefore(LocalDate weekStart, LocalDate coveredFrom, Func<LocalDate, bool> holds)
    {
        var days = 0;
        for (var day = weekStart.PlusDays(-1); day >= coveredFrom; day = day.PlusDays(-1))
        {
            if (!holds(day))
            {
                return (days, false);
            }

            days++;
        }

        return (days, true);
    }
}
