using System.CommandLine;

namespace Workforce.Cli;

/// <summary>Builds options whose values are checked where they are parsed, so a bad value names its option.</summary>
internal static class OptionFactory
{
    public static Option<TimeSpan?> Duration(string name, string description, bool required = false) =>
        DurationOption(name, description, required, allowZero: false);

    /// <summary>A duration that may be zero (an answer-within time of 0 s means "answered at once").</summary>
    public static Option<TimeSpan?> DurationOrZero(string name, string description) =>
        DurationOption(name, description, required: false, allowZero: true);

    private static Option<TimeSpan?> DurationOption(string name, string description, bool required, bool allowZero) => new(name)
    {
        Description = $"{description} (e.g. 20s, 30m, 1h30m)",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DurationText.TryParse(text, out var duration) && (allowZero || duration > TimeSpan.Zero))
            {
                return duration;
            }

            result.AddError($"{name}: expected a {(allowZero ? string.Empty : "positive ")}duration with a unit such as 20s, 30m or 1h, got '{text}'");
            return null;
        },
    };

    public static Option<double?> Number(string name, string description, double minimum, double maximum, bool minimumIncluded, bool maximumIncluded) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value)
                && (minimumIncluded ? value >= minimum : value > minimum)
                && (maximumIncluded ? value <= maximum : value < maximum))
            {
                return value;
            }

            var range = $"{(minimumIncluded ? '[' : '(')}{Text(minimum)}, {Text(maximum)}{(maximumIncluded ? ']' : ')')}";
            result.AddError($"{name}: expected a number in {range}, got '{text}'");
            return null;
        },
    };

    public static Option<string> RequiredPath(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
    };

    private static string Text(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
