using NodaTime;
using NodaTime.Text;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Sites;
using Workforce.Files.Csv;
using Workforce.Files.Scenario;

namespace Workforce.Files.Output;

/// <summary>
/// Reads a roster run's <c>roster.csv</c> and <c>coverage.csv</c> back (the files
/// <see cref="RosterOutputWriter"/> writes), so that a roster made once can be priced again without
/// re-solving it. Each row is checked against the scenario it claims to come from.
/// </summary>
public static class RosterOutputReader
{
    /// <summary>The shifts and coverage of a roster output folder.</summary>
    public sealed record RosterFiles(IReadOnlyList<RosterRow> Roster, IReadOnlyList<CoverageRow> Coverage);

    public static InputResult<RosterFiles> Read(string directory, Site site, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(agents);
        return InputErrorException.Capture(() => new RosterFiles(
            ReadRoster(Path.Combine(directory, RosterOutputWriter.RosterFile), site, agents),
            ReadCoverage(Path.Combine(directory, RosterOutputWriter.CoverageFile), site)));
    }

    private static List<RosterRow> ReadRoster(string path, Site site, IReadOnlyList<Agent> agents)
    {
        var ids = agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var rows = new List<RosterRow>();
        foreach (var row in CsvFile.Read(path, ["agent_id", "date", "shift_start", "shift_end", "paid_hours"]))
        {
            var agent = RosterCsv.KnownAgent(row, ids);
            var dateText = row.Text("date");
            var date = LocalDatePattern.Iso.Parse(dateText);
            if (!date.Success)
            {
                throw row.Fail("date", $"expected a date as YYYY-MM-DD, got '{dateText}'");
            }

            var start = Time(row, "shift_start", site);
            var end = Time(row, "shift_end", site);
            if (end.ToInstant() <= start.ToInstant())
            {
                throw row.Fail("shift_end", "must be after shift_start");
            }

            var paid = row.NonNegative("paid_hours");
            if (paid > (end.ToInstant() - start.ToInstant()).TotalHours + 1e-9)
            {
                throw row.Fail("paid_hours", $"exceeds the shift's span from {row.Text("shift_start")} to {row.Text("shift_end")}");
            }

            rows.Add(new RosterRow(agent, date.Value, start, end, paid));
        }

        return rows;
    }

    private static List<CoverageRow> ReadCoverage(string path, Site site)
    {
        var rows = new List<CoverageRow>();
        foreach (var row in CsvFile.Read(path, ["interval_start", "channel", "required_gross", "scheduled", "shortfall", "projected_service_level", "projected_asa_seconds"]))
        {
            var channel = row.Id("channel");
            if (site.FindChannel(channel) is null)
            {
                throw row.Fail("channel", $"unknown channel '{channel}'; site.json does not list it");
            }

            rows.Add(new CoverageRow(
                Time(row, "interval_start", site),
                channel,
                row.NonNegative("required_gross"),
                row.NonNegative("scheduled"),
                row.NonNegative("shortfall"),
                row.IsEmpty("projected_service_level") ? double.NaN : row.NonNegative("projected_service_level"),
                row.IsEmpty("projected_asa_seconds") ? double.PositiveInfinity : row.NonNegative("projected_asa_seconds")));
        }

        return rows;
    }

    private static ZonedDateTime Time(CsvRow row, string column, Site site) =>
        IntervalTimeParser.TryParse(row.Text(column), site.TimeZone, out var value, out var error) ? value : throw row.Fail(column, error);
}
