using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using Workforce.Core.Rostering.Reporting;
using Workforce.Files.Csv;
using Workforce.Files.Scenario;

namespace Workforce.Files.Output;

/// <summary>
/// Writes a roster run's files: <c>roster.csv</c>, <c>activities.csv</c>, <c>coverage.csv</c> and
/// <c>summary.json</c> (formats and the glossary of their words in docs/scenario-format.md). Each file is
/// written whole or not at all; no file holds <c>inf</c> or <c>NaN</c>: a figure without a finite value is an
/// empty CSV field or JSON null.
/// </summary>
public static class RosterOutputWriter
{
    public const string RosterFile = "roster.csv";
    public const string ActivitiesFile = "activities.csv";
    public const string CoverageFile = "coverage.csv";
    public const string SummaryFile = "summary.json";

    public static void Write(string directory, RosterReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        AtomicFile.Write(Path.Combine(directory, RosterFile), writer => WriteRoster(writer, report.Roster));
        CsvFile.Write(
            Path.Combine(directory, ActivitiesFile),
            ["agent_id", "activity", "start", "end"],
            report.Activities,
            row => [row.AgentId, row.Activity, IntervalTimeParser.Format(row.Start), IntervalTimeParser.Format(row.End)]);
        CsvFile.Write(
            Path.Combine(directory, CoverageFile),
            ["interval_start", "channel", "required_gross", "scheduled", "shortfall", "projected_service_level", "projected_asa_seconds"],
            report.Coverage,
            row =>
            [
                IntervalTimeParser.Format(row.IntervalStart),
                row.ChannelId,
                Number(row.Required, "0.##"),
                Number(row.Scheduled, "0.##"),
                Number(row.Shortfall, "0.####"),
                Number(row.ProjectedServiceLevel, "0.0000"),
                Number(row.ProjectedAsaSeconds, "0.00"),
            ]);
        AtomicFile.WriteAllText(Path.Combine(directory, SummaryFile), SummaryJson(report.Summary) + "\n");
    }

    /// <summary><c>roster.csv</c>'s columns and rows, to any writer (the file, or a download of a stored version).</summary>
    public static void WriteRoster(TextWriter writer, IEnumerable<RosterRow> shifts) => CsvFile.Write(
        writer,
        RosterColumns,
        shifts,
        row => [row.AgentId, LocalDatePattern.Iso.Format(row.Date), IntervalTimeParser.Format(row.ShiftStart), IntervalTimeParser.Format(row.ShiftEnd), Number(row.PaidHours, "0.##")]);

    /// <summary>The columns of <c>roster.csv</c>.</summary>
    public static readonly IReadOnlyList<string> RosterColumns = ["agent_id", "date", "shift_start", "shift_end", "paid_hours"];

    public static string SummaryJson(RosterSummary summary) => JsonSerializer.Serialize(summary, SummaryOptions);

    private static readonly JsonSerializerOptions SummaryOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new FiniteOrNullConverter() },
    };

    /// <summary>A figure, or an empty field when it has no finite value (the ASA of a queue that never clears).</summary>
    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Writes a figure that has no finite value (no bound proven, no gap) as JSON null, never as "NaN" or "Infinity".</summary>
    private sealed class FiniteOrNullConverter : System.Text.Json.Serialization.JsonConverter<double>
    {
        public override bool HandleNull => false;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
