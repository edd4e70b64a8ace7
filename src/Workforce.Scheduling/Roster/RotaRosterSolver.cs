using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The roster engine for a rota planned by named shift type with cover per day (the Curtois–Qu form):
/// the <see cref="IRosterSolver"/> that <c>workforce nrp</c> is given. See <see cref="ShiftCoverSearch"/>.
/// </summary>
public sealed class RotaRosterSolver : IRosterSolver
{
    public RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        if (!ShiftCoverSearch.Handles(data))
        {
            throw new ArgumentException("A rota needs cover by shift type and an objective of per-shift prices and cover only: a contact-centre week is for WeekRosterSolver.", nameof(data));
        }

        return ShiftCoverSearch.Solve(data, settings, progress, cancellationToken);
    }
}
