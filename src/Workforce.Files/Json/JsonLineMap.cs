using System.Text;
using System.Text.Json;

namespace Workforce.Files.Json;

/// <summary>
/// Maps each JSON path (<c>channels[2].serviceLevel.target</c>) to the line it starts on, so that a
/// value that parses but makes no sense can still be reported at its line.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public int? LineOf(string path) => _lines.TryGetValue(path, out var line) ? line : null;

    public static JsonLineMap Build(byte[] utf8Json)
    {
        var map = new JsonLineMap();
        var lineStarts = LineStarts(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var containers = new Stack<Container>();

        while (reader.Read())
        {
            var line = LineAt(lineStarts, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    containers.Peek().Property = reader.GetString();
                    map._lines[PathOf(containers)] = line;
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    RecordArrayElement(map, containers, line);
                    containers.Push(new Container(PathOf(containers), reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    RecordArrayElement(map, containers, line);
                    break;
            }
        }

        map._lines.TryAdd(string.Empty, 1);
        return map;
    }

    private static void RecordArrayElement(JsonLineMap map, Stack<Container> containers, int line)
    {
        if (containers.TryPeek(out var parent) && parent.IsArray)
        {
            parent.Index++;
            map._lines[PathOf(containers)] = line;
        }
    }

    private static string PathOf(Stack<Container> containers)
    {
        if (!containers.TryPeek(out var top))
        {
            return string.Empty;
        }

        if (top.IsArray)
        {
            return $"{top.Path}[{top.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
        }

        return top.Path.Length == 0 ? top.Property ?? string.Empty : $"{top.Path}.{top.Property}";
    }

    private static List<long> LineStarts(byte[] utf8Json)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8Json.Length; i++)
        {
            if (utf8Json[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineAt(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }

    /// <summary>Decodes UTF-8 with a byte-order mark tolerated, as editors on Windows write one.</summary>
    public static byte[] WithoutBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
}
