using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime.Text;
using Workforce.Core.Rostering.Reporting;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;

namespace Workforce.Files.Output;

/// <summary>
/// A roster as an Excel workbook (DocumentFormat.OpenXml): one sheet, <c>roster.csv</c>'s columns with the
/// agent's name after the id. Dates and times are text in roster.csv's format, paid hours a number. Text
/// cells are strings, never formulas, and text that starts like a formula (<c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>) gets a leading apostrophe (<see cref="Markup.Neutral"/>), so a sheet copied elsewhere stays inert.
/// </summary>
public static class RosterWorkbook
{
    public const string SheetName = "Roster";

    public static readonly IReadOnlyList<string> Columns = ["agent_id", "agent_name", "date", "shift_start", "shift_end", "paid_hours"];

    /// <param name="stream">Where to write the .xlsx; left open.</param>
    /// <param name="shifts">The roster's shifts, in order.</param>
    /// <param name="names">Agent names by id (an id without one shows the id).</param>
    public static void Write(Stream stream, IEnumerable<RosterRow> shifts, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(shifts);
        ArgumentNullException.ThrowIfNull(names);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName });
        data.Append(new Row(Columns.Select(Text)));
        foreach (var shift in shifts)
        {
            data.Append(new Row(
                Text(shift.AgentId),
                Text(names.GetValueOrDefault(shift.AgentId, shift.AgentId)),
                Text(LocalDatePattern.Iso.Format(shift.Date)),
                Text(IntervalTimeParser.Format(shift.ShiftStart)),
                Text(IntervalTimeParser.Format(shift.ShiftEnd)),
                new Cell { DataType = CellValues.Number, CellValue = new CellValue(Math.Round(shift.PaidHours, 2).ToString(CultureInfo.InvariantCulture)) }));
        }

        workbook.Workbook.Save();
    }

    private static Cell Text(string value) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Markup.Neutral(value)) { Space = SpaceProcessingModeValues.Preserve }) };
}
