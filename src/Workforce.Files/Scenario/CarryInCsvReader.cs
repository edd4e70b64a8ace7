using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>carry_in.csv</c> (<c>agent_id,last_shift_end,consecutive_days_worked,weekends_worked</c>): each
/// known agent's history from before the planning week, at most one row per agent.
/// </summary>
public static class CarryInCsvReader
{
    public const string FileName = "carry_in.csv";

    internal const string LateShiftsColumn = "late_shifts_worked";

    internal const string DaysOffColumn = "consecutive_days_off";

    /// <summary>The optional days-off run; it only makes sense when the agent did not work the day before the week.</summary>
    private static int DaysOff(CsvRow row)
    {
        if (row.IsEmpty(DaysOffColumn))
        {
            return 0;
        }

        var daysOff = RosterCsv.WholeNumber(row, DaysOffColumn);
        return daysOff > 0 && RosterCsv.WholeNumber(row, "consecutive_days_worked") > 0
            ? throw row.Fail(DaysOffColumn, "must be 0 or empty when consecutive_days_worked is above 0: the day before the week was either worked or off")
            : daysOff;
    }

    internal static readonly string[] Columns = ["agent_id", "last_shift_end", "consecutive_days_worked", "weekends_worked"];

    public static InputResult<IReadOnlyList<AgentCarryIn>> Read(string path, Site site, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(agents);
        return InputErrorException.Capture<IReadOnlyList<AgentCarryIn>>(() =>
        {
            var ids = agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<AgentCarryIn>();
            foreach (var row in CsvFile.Read(path, Columns))
            {
                var agent = RosterCsv.KnownAgent(row, ids);
                if (seen.TryGetValue(agent, out var firstLine))
                {
                    throw row.Fail("agent_id", $"agent '{agent}' already has a row on line {firstLine}");
                }

                seen.Add(agent, row.Line);
                var lastEnd = row.IsEmpty("last_shift_end") ? (NodaTime.LocalDateTime?)null : RosterCsv.LocalTime(row, "last_shift_end", site);
                if (lastEnd is { } end && end.Date >= site.WeekStart.PlusDays(1))
                {
                    throw row.Fail("last_shift_end", $"must be before {RosterCsv.LocalPattern.Format(site.WeekStart.PlusDays(1).AtMidnight())}: a shift before the week may run into its first day, no further");
                }

                rows.Add(new AgentCarryIn(agent, lastEnd, RosterCsv.WholeNumber(row, "consecutive_days_worked"), RosterCsv.WholeNumber(row, "weekends_worked"))
                {
                    // Optional column: files written before it existed carry no late-shift history.
                    LateShiftsWorkedInReferencePeriod = row.IsEmpty(LateShiftsColumn) ? 0 : RosterCsv.WholeNumber(row, LateShiftsColumn),
                    ConsecutiveDaysOff = DaysOff(row),
                });
            }

            return rows;
        });
    }
}
