namespace Workforce.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something went wrong inside Workforce: a bug to report.</summary>
    public const int InternalError = 1;

    /// <summary>The input was bad: a file, a row, a field or an option. The message names it.</summary>
    public const int BadInput = 2;

    /// <summary>The input was well formed, but its hard rules contradict each other.</summary>
    public const int Infeasible = 3;
}
