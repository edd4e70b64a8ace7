using NodaTime;
using NodaTime.Text;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>Field readers and formats shared by the roster input CSV files.</summary>
internal static class RosterCsv
{
    public static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static string KnownAgent(CsvRow row, IReadOnlySet<string> agentIds)
    {
        var id = row.Id("agent_id");
        return agentIds.Contains(id) ? id : throw row.Fail("agent_id", $"unknown agent '{id}'; {AgentsCsvReader.FileName} does not list it");
    }

    /// <summary>A site-local date-time, read as interval starts are (<see cref="IntervalTimeParser"/>), kept as local time.</summary>
    public static LocalDateTime LocalTime(CsvRow row, string column, Site site)
    {
        var text = row.Text(column);
        return IntervalTimeParser.TryParse(text, site.TimeZone, out var value, out var error) ? value.LocalDateTime : throw row.Fail(column, error);
    }

    /// <summary>
    /// A span of site-local time from two columns (<see cref="LocalTime"/>), its end after its start;
    /// <paramref name="note"/> is added to the message when it is not.
    /// </summary>
    public static (LocalDateTime Start, LocalDateTime End) LocalSpan(CsvRow row, string startColumn, string endColumn, Site site, string note = "")
    {
        var start = LocalTime(row, startColumn, site);
        var end = LocalTime(row, endColumn, site);
        return end > start ? (start, end) : throw row.Fail(endColumn, $"must be after {startColumn} ({row.Text(startColumn)}){note}");
    }

    public static int WholeNumber(CsvRow row, string column)
    {
        var value = row.NonNegative(column);
        return value == Math.Floor(value) && value <= int.MaxValue ? (int)value : throw row.Fail(column, $"expected a whole number, got {row.Text(column)}");
    }
}
