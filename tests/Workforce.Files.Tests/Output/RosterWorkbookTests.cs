using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using Workforce.Core.Rostering.Reporting;
using Workforce.Files.Output;

namespace Workforce.Files.Tests.Output;

public sealed class RosterWorkbookTests
{
    [Fact]
    public void Text_that_starts_like_a_formula_is_a_string_with_an_apostrophe_and_no_cell_holds_a_formula()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var start = new LocalDateTime(2026, 3, 9, 8, 0).InZoneLeniently(zone);
        var shifts = new[] { new RosterRow("=HYPERLINK(\"http://x\")", start.Date, start, start.PlusHours(8), 7.5) };
        using var stream = new MemoryStream();
        RosterWorkbook.Write(stream, shifts, new Dictionary<string, string> { [shifts[0].AgentId] = "@SUM(A1)" });

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        var cells = sheet.Descendants<Row>().Last().Elements<Cell>().ToList();
        Assert.Equal("'=HYPERLINK(\"http://x\")", cells[0].InlineString!.InnerText);
        Assert.Equal("'@SUM(A1)", cells[1].InlineString!.InnerText);
        Assert.Equal("2026-03-09T08:00:00+01:00", cells[3].InlineString!.InnerText);
        Assert.Equal("7.5", cells[5].CellValue!.Text);
    }
}
