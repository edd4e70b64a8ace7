using System.Text.Unicode;

namespace Workforce.Files;

/// <summary>Input files are UTF-8: where one is not, the planner is told the line to look at.</summary>
internal static class Utf8Text
{
    public const string Advice = "not UTF-8 text (save the file as UTF-8)";

    /// <summary>The 1-based line of the first byte that is not UTF-8, or null when all of it is.</summary>
    public static int? FirstInvalidLine(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var line = 1;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            if (!Utf8.IsValid(bytes[range]))
            {
                return line;
            }

            line++;
        }

        return line;
    }
}
