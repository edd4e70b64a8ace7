using System.Globalization;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>
/// The roster engine: the <see cref="IRosterSolver"/> port of Core. A contact-centre week goes to
/// <see cref="WeekRosterEngine"/> (a first roster from each agent's schedule programme in seconds, best
/// responses, then CP-SAT where the full model fits the time left); a rota planned by shift type with
/// cover per day goes to <see cref="ShiftCoverSearch"/>. One place builds CP-SAT's parameters.
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

    internal static string Parameters(RosterSolverSettings settings)
    {
        var parameters = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{settings.TimeLimit.TotalSeconds}"),
            string.Create(CultureInfo.InvariantCulture, $"num_workers:{Math.Max(1, settings.Threads)}"),
            string.Create(CultureInfo.InvariantCulture, $"random_seed:{settings.Seed}"),
        };
        if (Environment.GetEnvironmentVariable("WORKFORCE_SOLVER_LOG") == "1")
        {
            // CP-SAT's own search log, for diagnosing a model; it goes to stdout.
            parameters.Add("log_search_progress:true");
        }

        if (Environment.GetEnvironmentVariable("WORKFORCE_SOLVER_PARAMETERS") is { Length: > 0 } extra)
        {
            // Expert override, for tuning experiments: CP-SAT parameters in its text format.
            parameters.Add(extra);
        }

        if (settings.DeterministicTimeLimit is { } deterministic)
        {
            parameters.Add(string.Create(CultureInfo.InvariantCulture, $"max_deterministic_time:{deterministic}"));
        }

        return string.Join(' ', parameters);
    }
}
