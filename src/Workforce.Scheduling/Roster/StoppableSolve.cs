using Google.OrTools.Sat;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// A CP-SAT solve that a stop request ends within a fraction of a second, whenever it comes. A single
/// <see cref="CpSolver.StopSearch"/> is not enough: one that lands just before the solve starts is
/// forgotten by it, so the request is repeated every <see cref="Poll"/> until the solve returns.
/// </summary>
internal static class StoppableSolve
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static CpSolverStatus Run(CpSolver solver, CpModel model, SolutionCallback? callback, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return CpSolverStatus.Unknown;
        }

        using var repeat = new Timer(_ =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                solver.StopSearch();
            }
        }, null, Poll, Poll);
        return callback is null ? solver.Solve(model) : solver.Solve(model, callback);
    }
}
