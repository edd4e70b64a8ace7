using System.Xml;
using System.Xml.Linq;
using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Staffing;
using Workforce.Files.Output.Report;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Output;

public class ForecastSectionTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_plan_forecast_from_history_gets_a_section_with_its_method_and_a_chart_of_forecast_against_history()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value;
        var history = Enumerable.Range(0, 14 * 96)
            .Select(i => new ForecastInterval(site.TimeZone.AtStrictly(site.WeekStart.PlusDays(-14).AtMidnight().PlusMinutes(15 * i)), "phone", 10, 200))
            .ToList();
        var forecast = SlotSeries.RealIntervals(site.TimeZone, site.IntervalLength, site.WeekStart)
            .Select(s => new QuantileForecastInterval(s.Start, "phone", 10, 6, 10, 13, 15, 200))
            .ToList();
        var channel = new ChannelForecast("phone", "seasonal-profile", new ModelFit(new Dictionary<string, double>(), []), 0.05, [new BacktestScore("seasonal-profile", 7, 672, 0.2, 0.7, 0.8, 0.05)], forecast);
        var requirements = StaffingPlanner.Staff(site, [.. forecast.Select(f => f.At(StaffingQuantile.P50))]);

        var html = ReportHtmlWriter.RenderStaffing(site, requirements, new ReportSections(new ForecastAgainstHistory(history, [channel])));

        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var page = XDocument.Load(reader);
        Assert.Contains("<h2 id=\"forecast\">Forecast</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">seasonal-profile</td>", html, StringComparison.Ordinal);
        var chart = page.Descendants(Svg + "svg").Single(s => (string?)s.Attribute("class") == "chart forecast");
        var paths = chart.Descendants(Svg + "path").Select(p => (string?)p.Attribute("class")).ToList();
        Assert.Contains("band", paths);
        Assert.Contains("history", paths);
        Assert.Contains("p50", paths);
    }
}
