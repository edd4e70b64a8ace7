namespace Workforce.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something went wrong inside Workforce: a bug to report.</summary>
    public const int InternalError = 1;

    /// <summary>The input was bad: a file, a row, a field or an option. The message names it.</summary>
    public const int BadInput = 2;

    /// <summary>The input was well formed, but its hard rules contradict each other: no lawful roster for the site (with <c>--strict</c>: for some agent).</summary>
    public const int Infeasible = 3;

    /// <summary>The time limit ended before a first lawful roster.</summary>
    public const int TimedOut = 4;

    /// <summary>Stopped (Ctrl+C, SIGTERM) before a first lawful roster: 128 + SIGINT, as shells expect.</summary>
    public const int Interrupted = 130;

    /// <summary>Every exit code, as the top-level <c>--help</c> states them.</summary>
    public const string Help =
        "Exit codes: 0 done; 1 internal error (a bug to report); 2 bad input (a file, line and field, an option, or a value outside its documented range); "
        + "3 no lawful roster for the site (with --strict: for any agent); 4 the time limit ended before a first lawful roster; "
        + "130 stopped (Ctrl+C, SIGTERM) before a first roster.";

    /// <summary>The exit codes of every command that rosters, as <c>--help</c> states them.</summary>
    public const string RosterHelp =
        "Exit codes: 0 a roster (agents whose own rules contradict are named in summary.json and left out; status \"interrupted\" after Ctrl+C); 1 internal error; 2 bad input; "
        + "3 no lawful roster for the site (with --strict: for any agent); 4 the time limit ended before a first lawful roster; "
        + "130 stopped (Ctrl+C, SIGTERM) before a first roster. Ctrl+C or SIGTERM after it writes the best roster so far.";
}
