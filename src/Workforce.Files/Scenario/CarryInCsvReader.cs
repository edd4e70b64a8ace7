using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>carry_in.csv</c> (<c>agent_id,last_shift_end,consecutive_days_worked,weekends_worked</c>, with the
/// optional <c>last_shift_start</c>, <c>late_shifts_worked</c> and <c>consecutive_days_off</c>): each known
/// agent's history from before the planning week, at most one row per agent.
/// </summary>
public static class CarryInCsvReader
{
    public const string FileName = "carry_in.csv";

    internal const string LateShiftsColumn = "late_shifts_worked";

    internal const string DaysOffColumn = "consecutive_days_off";

    internal const string LastStartColumn = "last_shift_start";

    /// <summary>The longest a carried shift may last, start to end on the local clock: a day.</summary>
    private static readonly Period LongestLastShift = Period.FromHours(24);

    /// <summary>
    /// The optional start of the last shift: only with its end, before it and before the week, and at most
    /// <see cref="LongestLastShift"/> earlier than the end.
    /// </summary>
    private static LocalDateTime? LastStart(CsvRow row, Site site, LocalDateTime? lastEnd)
    {
        if (row.IsEmpty(LastStartColumn))
        {
            return null;
        }

        var start = RosterCsv.LocalTime(row, LastStartColumn, site);
        if (lastEnd is not { } end)
        {
            throw row.Fail(LastStartColumn, "needs last_shift_end too: a shift with a start has an end");
        }

        if (start >= end)
        {
            throw row.Fail(LastStartColumn, $"must be before last_shift_end ({RosterCsv.LocalPattern.Format(end)})");
        }

        if (start >= site.WeekStart.AtMidnight())
        {
            throw row.Fail(LastStartColumn, $"must be before {RosterCsv.LocalPattern.Format(site.WeekStart.AtMidnight())}: the last shift before the week starts before it");
        }

        return start.Plus(LongestLastShift) < end
            ? throw row.Fail(LastStartColumn, $"must be at most 24 h before last_shift_end ({RosterCsv.LocalPattern.Format(end)}): a shift lasts a day at most")
            : start;
    }

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
                    LastShiftStart = LastStart(row, site, lastEnd),
                });
            }

            return rows;
        });
    }
}
