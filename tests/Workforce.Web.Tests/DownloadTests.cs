using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Workforce.Web.Tests;

/// <summary>A roster version downloads as roster.csv and as an Excel workbook that reads back to the same shifts.</summary>
[Collection(EmbeddedSiteTests.Name)]
public sealed class DownloadTests(EmbeddedSite site)
{
    [Fact]
    public async Task The_workbook_reads_back_to_the_csv_and_both_hold_every_shift_of_the_version()
    {
        using var client = site.Bearer("viewer");
        var versionId = site.FirstPlan().View().RosterVersionId!.Value;
        var path = $"/api/sites/{EmbeddedSite.SiteId}/roster-versions/{versionId}";
        var version = await EmbeddedSite.JsonAsync(await client.GetAsync(path));

        var csvResponse = await client.GetAsync($"{path}/roster.csv");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        var lines = (await csvResponse.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal("agent_id,date,shift_start,shift_end,paid_hours", lines[0]);
        var csv = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var shifts = version.GetProperty("shifts").EnumerateArray().ToList();
        Assert.Equal(shifts.Count, csv.Count);
        for (var i = 0; i < shifts.Count; i++)
        {
            Assert.Equal(shifts[i].GetProperty("agentId").GetString(), csv[i][0]);
            Assert.Equal(shifts[i].GetProperty("date").GetString(), csv[i][1]);
            Assert.StartsWith(shifts[i].GetProperty("start").GetString()![..16], csv[i][2], StringComparison.Ordinal);
            Assert.StartsWith(shifts[i].GetProperty("end").GetString()![..16], csv[i][3], StringComparison.Ordinal);
        }

        var xlsx = await client.GetByteArrayAsync($"{path}/roster.xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue!.Text).ToList())
            .ToList();
        Assert.Equal(["agent_id", "agent_name", "date", "shift_start", "shift_end", "paid_hours"], rows[0]);
        Assert.Equal(csv.Count, rows.Count - 1);
        for (var i = 0; i < csv.Count; i++)
        {
            var row = rows[i + 1];
            Assert.Equal<string>(csv[i].Take(4), new[] { row[0], row[2], row[3], row[4] });
            Assert.Equal(double.Parse(csv[i][4], System.Globalization.CultureInfo.InvariantCulture), double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture), 6);
            Assert.Equal(shifts[i].GetProperty("agentName").GetString(), row[1]);
        }
    }
}
