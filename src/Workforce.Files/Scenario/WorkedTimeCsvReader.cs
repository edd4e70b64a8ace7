using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>worked_time.csv</c> (<c>agent_id,start,end</c>): actual worked time from time and attendance,
/// one row per stretch an agent worked, in site-local time, for known agents. A new week's carry-in is
/// derived from it where it is recorded (docs/storage.md).
/// </summary>
/// <remarks>
/// A stretch belongs to the day it starts, as a shift does. It lasts at most <see cref="MaxStretch"/> of
/// local clock time; one agent's stretches may touch (one ends as the next starts) but not overlap.
/// </remarks>
public static class WorkedTimeCsvReader
{
    public const string FileName = "worked_time.csv";

    /// <summary>The longest stretch accepted: a day, the longest shift any contract may have.</summary>
    public static readonly Period MaxStretch = Period.FromHours(24);

    internal static readonly string[] Columns = ["agent_id", "start", "end"];

    /// <summary>Reads and validates the file; stretches come back in the file's order.</summary>
    public static InputResult<IReadOnlyList<BaselineShift>> Read(string path, Site site, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(agents);
        return InputErrorException.Capture<IReadOnlyList<BaselineShift>>(() =>
        {
            var ids = agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var stretches = new List<BaselineShift>();
            var lines = new List<int>();
            foreach (var row in CsvFile.Read(path, Columns))
            {
                var agent = RosterCsv.KnownAgent(row, ids);
                var (start, end) = RosterCsv.LocalSpan(row, "start", "end", site);
                if (end > start + MaxStretch)
                {
                    throw row.Fail("end", $"a stretch of worked time lasts at most 24 h, got {row.Text("start")} to {row.Text("end")}");
                }

                stretches.Add(new BaselineShift(agent, start, end));
                lines.Add(row.Line);
            }

            RefuseOverlaps(path, stretches, lines);
            return stretches;
        });
    }

    /// <summary>Refuses the first stretch (by start) that begins before the agent's previous one ends, naming both lines.</summary>
    private static void RefuseOverlaps(string path, List<BaselineShift> stretches, List<int> lines)
    {
        var byAgentAndStart = Enumerable.Range(0, stretches.Count)
            .OrderBy(i => stretches[i].AgentId, StringComparer.Ordinal)
            .ThenBy(i => stretches[i].Start)
            .ThenBy(i => lines[i])
            .ToList();
        for (var k = 1; k < byAgentAndStart.Count; k++)
        {
            var (previous, current) = (byAgentAndStart[k - 1], byAgentAndStart[k]);
            if (stretches[previous].AgentId == stretches[current].AgentId && stretches[current].Start < stretches[previous].End)
            {
                var later = Math.Max(lines[previous], lines[current]);
                var other = Math.Min(lines[previous], lines[current]);
                throw new InputErrorException(new InputError(
                    path, later, "start", $"agent '{stretches[current].AgentId}' has overlapping stretches of worked time (this line and line {other})"));
            }
        }
    }
}
