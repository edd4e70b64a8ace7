using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workforce.Cli;

/// <summary>One JSON style for every command: camelCase, nulls left out, indented for people.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };
}
