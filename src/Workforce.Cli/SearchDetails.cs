using Workforce.Core.Rostering.Solving;

namespace Workforce.Cli;

/// <summary>
/// The search's diagnostic lines (<see cref="RosterProgress.Detail"/>): written to stderr, indented,
/// only with <c>WORKFORCE_SEARCH_LOG=1</c> (for tuning); never shown as progress.
/// </summary>
internal static class SearchDetails
{
    private static readonly bool Shown = Environment.GetEnvironmentVariable("WORKFORCE_SEARCH_LOG") == "1";

    /// <summary>Whether <paramref name="value"/> is a diagnostic line (written if asked for), not a progress report.</summary>
    public static bool Handled(RosterProgress value, TextWriter error)
    {
        if (value.Detail is not { } detail)
        {
            return false;
        }

        if (Shown)
        {
            error.WriteLine($"    {detail}");
        }

        return true;
    }
}
