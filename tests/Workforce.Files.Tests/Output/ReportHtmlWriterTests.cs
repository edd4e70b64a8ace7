using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Workforce.Core.Rostering.Reporting;
using Workforce.Files.Output.Report;

namespace Workforce.Files.Tests.Output;

public sealed class ReportHtmlWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly RosterReport Report = HandMadeRoster.Build();

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static List<XElement> Charts(XDocument page, string cssClass) =>
        [.. page.Descendants(Svg + "svg").Where(s => (string?)s.Attribute("class") == cssClass)];

    private static IEnumerable<XElement> Rects(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == cssClass);

    [Fact]
    public void The_page_parses_as_xml_with_a_coverage_chart_per_channel_and_one_gantt()
    {
        var page = Parse(ReportHtmlWriter.Render(Report));

        Assert.Equal(Report.Data.Demands.Count, Charts(page, "chart").Count);
        Assert.Equal(2, Charts(page, "chart").Count);
        Assert.Single(Charts(page, "gantt"));
    }

    [Fact]
    public void The_page_is_self_contained_with_no_scripts_or_links()
    {
        var html = ReportHtmlWriter.Render(Report);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_shortfall_interval_gets_a_red_band_and_covered_channels_get_none()
    {
        var page = Parse(ReportHtmlWriter.Render(Report));
        var charts = Charts(page, "chart");
        var phone = Rects(charts[0], "shortfall").ToList();

        // One band per shortfall run (09:00 and 12:00 on Monday), placed over its hour; chat is covered.
        Assert.Equal(HandMadeRoster.ShortfallHours.Length, phone.Count);
        var xs = phone.Select(r => double.Parse((string)r.Attribute("x")!, CultureInfo.InvariantCulture)).Order().ToList();
        Assert.True(xs[0] < xs[1]);
        var plot = Rects(charts[0], "plot").Single();
        var left = double.Parse((string)plot.Attribute("x")!, CultureInfo.InvariantCulture);
        var width = double.Parse((string)plot.Attribute("width")!, CultureInfo.InvariantCulture);
        Assert.Equal(left + (width * HandMadeRoster.ShortHour / (7 * 24.0)), xs[1], 1);
        Assert.Empty(Rects(charts[1], "shortfall"));
    }

    [Fact]
    public void An_agent_id_with_markup_characters_is_escaped()
    {
        var html = ReportHtmlWriter.Render(Report);

        Assert.DoesNotContain(HandMadeRoster.AwkwardId, html, StringComparison.Ordinal);
        Assert.Contains("A&lt;&amp;&gt;1", html, StringComparison.Ordinal);
        var gantt = Charts(Parse(html), "gantt").Single();
        Assert.Contains(gantt.Descendants(Svg + "text"), t => t.Value == HandMadeRoster.AwkwardId);
    }

    [Fact]
    public void The_gantt_draws_one_bar_per_shift_and_breaks_and_time_off_in_their_own_colours()
    {
        var gantt = Charts(Parse(ReportHtmlWriter.Render(Report)), "gantt").Single();

        Assert.Equal(Report.Summary.Shifts, Rects(gantt, "shift").Count());
        Assert.Equal(3, Rects(gantt, "shift").Count());
        Assert.Single(Rects(gantt, "lunch"));
        Assert.Single(Rects(gantt, "timeoff"));
    }

    [Fact]
    public void The_gantt_has_a_row_per_agent_sorted_by_first_shift()
    {
        var gantt = Charts(Parse(ReportHtmlWriter.Render(Report)), "gantt").Single();
        var labels = gantt.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "agent").Select(t => t.Value).ToList();

        // Both start Monday 09:00, so the tie goes by id (ordinal: 'A' < 'B').
        Assert.Equal([HandMadeRoster.AwkwardId, HandMadeRoster.PlainId], labels);
    }

    [Fact]
    public void Headline_figures_are_formatted_for_people()
    {
        var html = ReportHtmlWriter.Render(Report);

        // Objective 123,456 cents → 1,234.56 EUR; site names are escaped too.
        Assert.Contains("1,234.56 EUR", html, StringComparison.Ordinal);
        Assert.Contains("Hand &amp; made", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_puts_report_html_in_the_folder_and_leaves_no_temporary_file()
    {
        var directory = Path.Combine(Path.GetTempPath(), "workforce-tests", Guid.NewGuid().ToString("N"));
        try
        {
            ReportHtmlWriter.Write(directory, Report);

            Assert.Equal([ReportHtmlWriter.FileName], Directory.GetFiles(directory).Select(Path.GetFileName));
            Parse(File.ReadAllText(Path.Combine(directory, ReportHtmlWriter.FileName)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_staffing_only_page_has_a_required_agents_chart_per_channel()
    {
        var page = Parse(ReportHtmlWriter.RenderStaffing(HandMadeRoster.Site, HandMadeRoster.Requirements()));

        Assert.Equal(2, Charts(page, "chart").Count);
        Assert.Empty(Charts(page, "gantt"));
        Assert.All(Charts(page, "chart"), c => Assert.Contains(c.Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "required"));
    }
}
