using System.Globalization;
using System.Text.RegularExpressions;

namespace Workforce.Cli;

/// <summary>
/// Parses durations as planners type them: <c>20s</c>, <c>30m</c>, <c>1h</c>, <c>1h30m</c>, <c>1.5h</c>.
/// A bare number is refused: "30" could be seconds or minutes, and guessing wrong costs a roster.
/// </summary>
internal static partial class DurationText
{
    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m)?(?:(?<s>\d+(?:\.\d+)?)s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text.Trim().ToLowerInvariant();
        var match = Pattern().Match(trimmed);
        if (trimmed.Length == 0 || !match.Success)
        {
            return false;
        }

        var seconds = (Part(match, "h") * 3600) + (Part(match, "m") * 60) + Part(match, "s");
        if (!double.IsFinite(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    private static double Part(Match match, string unit) =>
        match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;
}
