using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The roster engine for a contact-centre week (per-interval cover by channel, breaks, skills,
/// deferred work): the <see cref="IRosterSolver"/> that <c>roster</c>, <c>plan</c>, <c>price</c> and the
/// re-planning service are given by their composition roots. See <see cref="WeekRosterEngine"/>.
/// </summary>
public sealed class WeekRosterSolver : IRosterSolver
{
    public RosterSolution Solve(RosterModelData data, RosterSolverSettings settings, IProgress<RosterProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        if (data.ShiftCover.Count > 0)
        {
            throw new ArgumentException("The model asks for cover by shift type: that is a rota, for RotaRosterSolver.", nameof(data));
        }

        return WeekRosterEngine.Solve(data, settings, progress, cancellationToken);
    }
}
