using System.Text.Json;
using Workforce.Core.Common;

namespace Workforce.Files.Json;

/// <summary>
/// Opens a planner's JSON file (comments and trailing commas allowed, a byte-order mark tolerated)
/// and hands its root to a reader; malformed JSON and bad values come back as one located error.
/// </summary>
internal static class JsonFile
{
    public static InputResult<T> Read<T>(string path, Func<JsonNode, T> read)
    {
        if (!File.Exists(path))
        {
            return InputResult<T>.Failure(new InputError(path, null, null, "file not found"));
        }

        return Parse(File.ReadAllBytes(path), path, read);
    }

    /// <summary>As <see cref="Read{T}"/>, for a document held elsewhere (a database row); <paramref name="path"/> names it in errors.</summary>
    public static InputResult<T> Parse<T>(byte[] content, string path, Func<JsonNode, T> read)
    {
        var bytes = JsonLineMap.WithoutBom(content);
        if (bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return InputResult<T>.Failure(new InputError(path, null, null, "is empty; expected a JSON object (see docs/scenario-format.md)"));
        }

        if (Utf8Text.FirstInvalidLine(bytes) is { } line)
        {
            return InputResult<T>.Failure(new InputError(path, line, null, Utf8Text.Advice));
        }

        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            using var document = JsonDocument.Parse(bytes, options);
            return InputErrorException.Capture(() => read(new JsonNode(document.RootElement, string.Empty, path, JsonLineMap.Build(bytes))));
        }
        catch (JsonException ex)
        {
            var at = ex.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            return InputResult<T>.Failure(new InputError(path, at, ex.Path, $"not valid JSON: {FirstSentence(ex.Message)}"));
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var lineNumber = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        cut = lineNumber > 0 && (cut < 0 || lineNumber < cut) ? lineNumber : cut;
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
