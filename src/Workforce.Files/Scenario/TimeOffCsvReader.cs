using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>time_off.csv</c> (<c>agent_id,start,end,reason</c>): half-open spans of site-local time, for known agents.
/// </summary>
public static class TimeOffCsvReader
{
    public const string FileName = "time_off.csv";

    internal static readonly string[] Columns = ["agent_id", "start", "end", "reason"];

    /// <summary>Reads and validates the file; rows come back in the file's order.</summary>
    public static InputResult<IReadOnlyList<TimeOff>> Read(string path, Site site, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(agents);
        return InputErrorException.Capture<IReadOnlyList<TimeOff>>(() =>
        {
            var ids = agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var rows = new List<TimeOff>();
            foreach (var row in CsvFile.Read(path, Columns))
            {
                var agent = RosterCsv.KnownAgent(row, ids);
                var (start, end) = RosterCsv.LocalSpan(row, "start", "end", site, "; the span is half-open, the end excluded");
                rows.Add(new TimeOff(agent, start, end, row.OptionalText("reason")));
            }

            return rows;
        });
    }
}
