using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Workforce.Cli;

/// <summary>
/// The one line a parse error becomes, in the user's words: a mistyped command lists the commands and
/// names the nearest, and a value of the wrong kind says what was expected (a whole number, a number),
/// never a .NET type name.
/// </summary>
internal static class ParseErrorText
{
    /// <summary>Largest edit distance at which a command is offered as the one meant.</summary>
    private const int MaxSuggestionDistance = 3;

    public static string Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        if (commands.Count > 0)
        {
            var typed = parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-'));
            return UnknownCommand(CommandPath(parse.CommandResult), typed, commands);
        }

        var error = parse.Errors[0];
        return WrongKind(error) ?? error.Message;
    }

    /// <summary>The nearest of <paramref name="names"/> to <paramref name="typed"/> by edit distance (a swap of two letters counts once), or null when none is near.</summary>
    public static string? Nearest(string typed, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(names);
        return names
            .Select(name => (Name: name, Distance: EditDistance(typed.ToLowerInvariant(), name)))
            .Where(n => n.Distance <= Math.Min(MaxSuggestionDistance, Math.Max(1, n.Name.Length / 2)))
            .OrderBy(n => n.Distance)
            .Select(n => n.Name)
            .FirstOrDefault();
    }

    private static string UnknownCommand(string path, string? typed, IReadOnlyList<string> commands)
    {
        var list = $"commands: {string.Join(", ", commands)} (see {path} --help)";
        if (typed is null)
        {
            return $"give a command; {list}";
        }

        return Nearest(typed, commands) is { } nearest
            ? $"'{typed}' is not a command of {path}; did you mean '{nearest}'? {list}"
            : $"'{typed}' is not a command of {path}; {list}";
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var c })
            {
                names.Add(c is RootCommand ? "workforce" : c.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>An option value that is not of the option's kind, said in words; null for other errors.</summary>
    private static string? WrongKind(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o,
            ArgumentResult { Parent: OptionResult o } => o,
            _ => null,
        };
        if (option is null || option.Tokens.Count == 0 || error.Message.StartsWith(option.Option.Name + ":", StringComparison.Ordinal))
        {
            // Options with their own parser already say what they expect, in these words.
            return null;
        }

        var type = Nullable.GetUnderlyingType(option.Option.ValueType) ?? option.Option.ValueType;
        var text = option.Tokens[0].Value;
        var expected = type == typeof(int) || type == typeof(long) ? "a whole number"
            : type == typeof(double) || type == typeof(decimal) ? "a number"
            : type == typeof(bool) ? "true or false"
            : null;
        return expected is null ? null : string.Create(CultureInfo.InvariantCulture, $"{option.Option.Name}: expected {expected}, got '{text}'");
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each count 1.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
