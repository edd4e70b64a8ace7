using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The roster engine: the <see cref="IRosterSolver"/> port of Core. A contact-centre week goes to
/// <see cref="WeekRosterEngine"/> (a first roster from each agent's schedule programme in seconds, best
/// responses, then CP-SAT where the full model fits the time left); a rota planned by shift type with
/// cover per day goes to <see cref="ShiftCoverSearch"/>.
/// </summary>
public sealed class CpSatRosterSolver : IRosterSolver
{
    public RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        return ShiftCoverSearch.Handles(data)
            ? ShiftCoverSearch.Solve(data, settings, progress, cancellationToken)
            : WeekRosterEngine.Solve(data, settings, progress, cancellationToken);
    }

    /// <summary>CP-SAT's parameters for a roster stage under <paramref name="settings"/> (see <see cref="CpSatParameters"/>).</summary>
    internal static string Parameters(RosterSolverSettings settings, string extra = "") =>
        CpSatParameters.For(settings.TimeLimit.TotalSeconds, settings.Threads, settings.Seed, settings.DeterministicTimeLimit, extra);
}
