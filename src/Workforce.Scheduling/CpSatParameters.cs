using System.Globalization;

namespace Workforce.Scheduling;

/// <summary>
/// The one place CP-SAT's parameters are written, for every solve of the roster and capacity engines:
/// the wall-clock and deterministic limits, workers and seed, plus what always holds: CP-SAT never
/// takes over Ctrl+C (its own SIGINT handler would replace the process's and, once a solve ends, leave
/// the default behind, so a later Ctrl+C would kill the process instead of keeping the best roster).
/// <c>WORKFORCE_SOLVER_LOG=1</c> adds CP-SAT's search log (stdout) and <c>WORKFORCE_SOLVER_PARAMETERS</c>
/// appends expert parameters for tuning.
/// </summary>
internal static class CpSatParameters
{
    /// <param name="seconds">Wall-clock limit (at least a hundredth of a second is given).</param>
    /// <param name="workers">Solver workers (at least one).</param>
    /// <param name="deterministicSeconds">CP-SAT's own work-based limit, for reproducible runs.</param>
    /// <param name="extra">Further parameters of the caller's stage, in CP-SAT's text format.</param>
    public static string For(double seconds, int workers, int seed, double? deterministicSeconds = null, string extra = "")
    {
        var parameters = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{Math.Max(0.01, seconds)}"),
            string.Create(CultureInfo.InvariantCulture, $"num_workers:{Math.Max(1, workers)}"),
            string.Create(CultureInfo.InvariantCulture, $"random_seed:{seed}"),
            "catch_sigint_signal:false",
        };
        if (deterministicSeconds is { } deterministic)
        {
            parameters.Add(string.Create(CultureInfo.InvariantCulture, $"max_deterministic_time:{deterministic}"));
        }

        if (extra.Length > 0)
        {
            parameters.Add(extra);
        }

        if (Environment.GetEnvironmentVariable("WORKFORCE_SOLVER_LOG") == "1")
        {
            parameters.Add("log_search_progress:true");
        }

        if (Environment.GetEnvironmentVariable("WORKFORCE_SOLVER_PARAMETERS") is { Length: > 0 } expert)
        {
            parameters.Add(expert);
        }

        return string.Join(' ', parameters);
    }

    /// <summary>A roster stage's parameters under <paramref name="settings"/>.</summary>
    public static string For(Core.Rostering.Solving.RosterSolverSettings settings, string extra = "") =>
        For(settings.TimeLimit.TotalSeconds, settings.Threads, settings.Seed, settings.DeterministicTimeLimit, extra);
}
