namespace Workforce.Cli.Tests;

/// <summary>A scenario cut down to its first agents, for tests that need a small real site.</summary>
internal static class AgentCut
{
    /// <summary>Writes the first <paramref name="agents"/> agents of <paramref name="source"/> with their carry-in and time off into <paramref name="target"/>.</summary>
    public static void Write(string source, string target, int agents)
    {
        var lines = File.ReadAllLines(Path.Combine(source, "agents.csv")).Take(agents + 1).ToArray();
        var ids = lines.Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        File.WriteAllLines(Path.Combine(target, "agents.csv"), lines);
        foreach (var file in new[] { "carry_in.csv", "time_off.csv" })
        {
            var rows = File.ReadAllLines(Path.Combine(source, file));
            File.WriteAllLines(Path.Combine(target, file), [rows[0], .. rows.Skip(1).Where(l => ids.Contains(l.Split(',')[0]))]);
        }
    }
}
