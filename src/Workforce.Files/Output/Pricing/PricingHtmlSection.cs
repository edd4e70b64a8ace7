using System.Text;
using Workforce.Core.Pricing;
using Workforce.Files.Output.Report;
using Html = Workforce.Files.Output.Report.Markup;

namespace Workforce.Files.Output.Pricing;

/// <summary>
/// The report's pricing section: the price table and the sensitivity grid. <c>workforce plan</c> adds it
/// to <c>report.html</c>; <c>workforce price</c> writes it as a page of its own, <c>pricing.html</c>.
/// </summary>
public static class PricingHtmlSection
{
    public const string PageFile = "pricing.html";

    public static void Append(StringBuilder html, PriceSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(sheet);
        var precision = sheet.Precision;
        var cost = sheet.Cost;
        html.Append("<h2 id=\"pricing\">Pricing</h2>\n<dl class=\"figures\">\n");
        ReportPage.Figure(html, "Monthly cost", $"{PriceFigures.Money(cost.Total, precision)} {sheet.Currency}");
        ReportPage.Figure(html, "Profit target", sheet.Target.ToString()!);
        ReportPage.Figure(html, "Cost per paid hour", PriceFigures.Money(cost.PerPaidHour, precision));
        ReportPage.Figure(html, "Cost per productive hour", PriceFigures.Money(cost.PerProductiveHour, precision));
        ReportPage.Figure(html, "Cost per handled hour", PriceFigures.Money(cost.PerHandledHour, precision));
        ReportPage.Figure(html, "Performance fee at risk (expected − P10)", PriceFigures.Money(sheet.Performance.FeeAtRisk, precision));
        html.Append("</dl>\n<table>\n");
        ReportPage.Header(html, PriceTables.PriceHeader[0], [.. PriceTables.PriceHeader.Skip(1)]);
        html.Append("<tbody>\n");
        foreach (var row in PriceTables.PriceRows(sheet))
        {
            ReportPage.Row(html, row[0], row[1..]);
        }

        html.Append("</tbody>\n</table>\n<p class=\"note\">An average month is 52/12 roster weeks. Revenue is at the forecast volume; the performance model's is its expected fee over ")
            .Append(Html.Figure(sheet.Performance.Distribution.Trials)).Append(" simulated months.</p>\n");

        if (sheet.Sensitivity.Count > 0)
        {
            html.Append("<h3 id=\"sensitivity\">Sensitivity: the margin each model earns at the quoted prices</h3>\n<table>\n");
            ReportPage.Header(html, PriceTables.SensitivityHeader[0], [.. PriceTables.SensitivityHeader.Skip(1)]);
            html.Append("<tbody>\n");
            foreach (var row in PriceTables.SensitivityRows(sheet))
            {
                ReportPage.Row(html, row[0], row[1..]);
            }

            html.Append("</tbody>\n</table>\n<p class=\"note\">The base cell is the real roster; the others re-staff the moved forecast and scale paid hours by the base roster's paid-to-required ratio.</p>\n");
        }
    }

    /// <summary>A page of its own for <c>workforce price</c>.</summary>
    public static void WritePage(string directory, string siteName, PriceSheet sheet)
    {
        var html = new StringBuilder();
        ReportPage.Open(html, $"Pricing: {siteName}");
        html.Append("<h1>Pricing: ").Append(Html.Escape(siteName)).Append("</h1>\n");
        Append(html, sheet);
        ReportPage.Close(html);
        AtomicFile.WriteAllText(Path.Combine(directory, PageFile), html.ToString());
    }
}
