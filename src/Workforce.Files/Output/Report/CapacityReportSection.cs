using System.Text;
using Workforce.Core.Capacity;

namespace Workforce.Files.Output.Report;

/// <summary>The capacity plan's part of <c>report.html</c>: headline figures, the chart and the hiring schedule.</summary>
internal static class CapacityReportSection
{
    public static void Append(StringBuilder html, CapacityPlan plan, string currency)
    {
        var c = plan.Costs;
        var problem = plan.Problem;
        html.Append("<h2 id=\"capacity\">Capacity plan</h2>\n<p class=\"sub\">")
            .Append(Markup.Escape($"{problem.Weeks} weeks from {problem.WeekStarts[0]:uuuu-MM-dd}, {problem.Skills.Count} skills; training {problem.Training.TrainingWeeks} weeks, nesting {problem.Training.NestingWeeks} weeks"))
            .Append("</p>\n<dl class=\"figures\">\n");
        ReportPage.Figure(html, "Solver", plan.Decision.Status, "status-" + plan.Decision.Status);
        ReportPage.Figure(html, "Hires", $"{Markup.Figure(c.Hires)} in {Markup.Figure(c.Classes)} classes");
        ReportPage.Figure(html, "Hiring cost", $"{Markup.Figure(c.HiringCost, 2)} {currency}");
        ReportPage.Figure(html, "Expected leavers", Markup.Figure(c.ExpectedLeavers, 1));
        ReportPage.Figure(html, "Cost of attrition", $"{Markup.Figure(c.CostOfAttrition, 2)} {currency}");
        ReportPage.Figure(html, "Shortfall FTE-weeks", Markup.Figure(c.ShortfallFteWeeks, 1));
        ReportPage.Figure(html, "Surplus FTE-weeks", Markup.Figure(c.SurplusFteWeeks, 1));
        ReportPage.Figure(html, "Scheduling efficiency", Markup.Percent(problem.Requirements.Conversion.SchedulingEfficiency, 1));
        html.Append("</dl>\n");
        html.Append(SvgCapacityChart.Render(plan)).Append('\n');
        html.Append("<p class=\"note\">Required FTE comes from staffing every interval of each week (far weeks spread over the intraday and weekly shape), converted to FTE. ")
            .Append("Productive FTE counts nesting agents at their productivity and trainees at 0; the band is the P10–P90 of ")
            .Append(Markup.Figure(plan.Band.Runs)).Append(" simulated attrition draws (seed ").Append(Markup.Figure(plan.Band.Seed)).Append(").</p>\n");

        html.Append("<h3>Hiring schedule</h3>\n<table>\n");
        ReportPage.Header(html, "Training starts", "Skill", "Hires", "Nesting from", "Production from");
        html.Append("<tbody>\n");
        foreach (var h in plan.Classes)
        {
            html.Append("<tr><td>").Append(Markup.Escape($"{h.WeekStart:uuuu-MM-dd}")).Append("</td><td class=\"n\">").Append(Markup.Text(h.Skill))
                .Append("</td><td class=\"n\">").Append(Markup.Figure(h.Size)).Append("</td><td class=\"n\">").Append(Markup.Escape($"{h.NestingFrom:uuuu-MM-dd}"))
                .Append("</td><td class=\"n\">").Append(Markup.Escape($"{h.ProductionFrom:uuuu-MM-dd}")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
