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
    NodaTime.LocalDateTime? LastShiftEnd,
    int DaysWorked,
    int DaysOff,
    int Weekends,
    string Obligations)
{
    public static ProgrammeClass Of(AgentPlan plan) => new(
        plan.Candidates,
        plan.Contract,
        plan.CarryIn.LastShiftEnd,
        plan.CarryIn.ConsecutiveDaysWorked,
        plan.CarryIn.ConsecutiveDaysOff,
        plan.CarryIn.WeekendsWorkedInReferencePeriod,
        string.Join(';', plan.Training.Select(n => $"{n.Length}:{string.Join(',', n.StartOptions)}"))
            + "|" + string.Join(',', plan.LeaveCreditMinutesByWeek));
}
