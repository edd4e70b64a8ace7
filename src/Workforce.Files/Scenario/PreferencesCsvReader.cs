using NodaTime;
using NodaTime.Text;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>preferences.csv</c> (<c>agent_id,day,preference,start</c>): preferred days off and start
/// times. <c>day</c> is <c>*</c> (every day), a weekday name (<c>Friday</c>) or a date
/// (<c>2026-03-10</c>); <c>preference</c> is <c>day_off</c> or <c>start</c>, the latter with a local
/// <c>start</c> time (<c>HH:mm</c>).
/// </summary>
public static class PreferencesCsvReader
{
    public const string FileName = "preferences.csv";

    internal const string DayOff = "day_off";

    internal const string Start = "start";

    internal static readonly string[] Columns = ["agent_id", "day", "preference", "start"];

    internal static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static InputResult<IReadOnlyList<AgentPreference>> Read(string path, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(agents);
        return InputErrorException.Capture<IReadOnlyList<AgentPreference>>(() =>
        {
            var ids = agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var rows = new List<AgentPreference>();
            foreach (var row in CsvFile.Read(path, Columns))
            {
                var agent = RosterCsv.KnownAgent(row, ids);
                var (date, weekday) = Day(row);
                var kind = row.Text("preference") switch
                {
                    DayOff => PreferenceKind.DayOff,
                    Start => PreferenceKind.Start,
                    var other => throw row.Fail("preference", $"expected {DayOff} or {Start}, got '{other}'"),
                };
                LocalTime? start = null;
                if (kind == PreferenceKind.Start)
                {
                    var parsed = TimePattern.Parse(row.Text("start"));
                    start = parsed.Success ? parsed.Value : throw row.Fail("start", $"expected a local time as HH:mm, got '{row.Text("start")}'");
                }
                else if (!row.IsEmpty("start"))
                {
                    throw row.Fail("start", $"must be empty for {DayOff}");
                }

                rows.Add(new AgentPreference(agent, kind, date, weekday, start));
            }

            return rows;
        });
    }

    private static (LocalDate? Date, IsoDayOfWeek? Weekday) Day(CsvRow row)
    {
        var text = row.Text("day");
        if (text == "*")
        {
            return (null, null);
        }

        if (Enum.TryParse<IsoDayOfWeek>(text, ignoreCase: true, out var weekday) && weekday != IsoDayOfWeek.None && !int.TryParse(text, out _))
        {
            return (null, weekday);
        }

        var date = LocalDatePattern.Iso.Parse(text);
        return date.Success ? (date.Value, null) : throw row.Fail("day", $"expected *, a weekday name or a date as yyyy-MM-dd, got '{text}'");
    }
}
