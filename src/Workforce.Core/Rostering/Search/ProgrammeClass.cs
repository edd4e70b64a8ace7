using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// What an agent's schedule programme depends on: their candidate shifts (the same list object when the
/// model builder shared it), contract, history, training and paid leave. Agents equal in all of it have
/// the same lawful weeks, so they share one programme and one screening verdict.
/// </summary>
internal readonly record struct ProgrammeClass(
    IReadOnlyList<ShiftCandidate> Candidates,
    Contract Contract,
    int EarliestStart,
    int DaysWorked,
    int DaysOff,
    int Weekends,
    string Obligations)
{
    /// <remarks>
    /// Last week's last shift matters only through the first interval a shift may start after its rest,
    /// and not at all when that is before every candidate: agents are told apart by that alone.
    /// </remarks>
    public static ProgrammeClass Of(RosterModelData data, AgentPlan plan) => new(
        plan.Candidates,
        plan.Contract,
        EarliestThatBinds(data, plan),
        plan.CarryIn.ConsecutiveDaysWorked,
        plan.CarryIn.ConsecutiveDaysOff,
        plan.CarryIn.WeekendsWorkedInReferencePeriod,
        string.Join(';', plan.Training.Select(n => $"{n.Length}:{string.Join(',', n.StartOptions)}"))
            + "|" + string.Join(',', plan.LeaveCreditMinutesByWeek));

    private static int EarliestThatBinds(RosterModelData data, AgentPlan plan)
    {
        var earliest = WeekProgramme.EarliestStart(data, plan);
        return plan.Candidates.Count == 0 || earliest <= plan.Candidates.Min(c => c.StartIndex) ? int.MinValue : earliest;
    }
}
