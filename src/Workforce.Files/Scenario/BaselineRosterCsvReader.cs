using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>baseline_roster.csv</c>: a published roster to re-plan against, in the columns of the
/// <c>roster.csv</c> that <c>workforce roster</c> writes (<c>agent_id,date,shift_start,shift_end</c>;
/// a <c>paid_hours</c> column may be present and is not used). Copying last run's roster.csv is enough.
/// </summary>
public static class BaselineRosterCsvReader
{
    public const string FileName = "baseline_roster.csv";

    internal static readonly string[] Columns = ["agent_id", "date", "shift_start", "shift_end"];

    public static InputResult<BaselineRoster> Read(string path, Site site, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(agents);
        return InputErrorException.Capture(() =>
        {
            var ids = agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var shifts = new List<BaselineShift>();
            var days = new HashSet<(string, NodaTime.LocalDate)>();
            foreach (var row in CsvFile.Read(path, Columns))
            {
                var agent = RosterCsv.KnownAgent(row, ids);
                var (start, end) = RosterCsv.LocalSpan(row, "shift_start", "shift_end", site);
                if (!days.Add((agent, start.Date)))
                {
                    throw row.Fail("shift_start", $"agent '{agent}' already has a shift starting on {NodaTime.Text.LocalDatePattern.Iso.Format(start.Date)}; a roster has at most one per day");
                }

                shifts.Add(new BaselineShift(agent, start, end));
            }

            return new BaselineRoster(shifts, null);
        });
    }
}
