using System.Text;
using Workforce.Core.Capacity;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;
using Workforce.Files.Output.Pricing;

namespace Workforce.Files.Output.Report;

/// <summary>
/// Writes <c>report.html</c>, the planner's page: one self-contained file (inline CSS and SVG, no
/// scripts or links) with the headline figures, a coverage chart and a table row per channel, and the
/// roster as a Gantt chart. Without agents, a staffing-only page with the required agents per channel.
/// </summary>
public static class ReportHtmlWriter
{
    public const string FileName = "report.html";

    /// <param name="sections">The optional sections after the roster: forecast, capacity plan, prices.</param>
    public static void Write(string directory, RosterReport report, ReportSections? sections = null)
    {
        var html = Render(report, sections);
        AtomicFile.WriteAllText(Path.Combine(directory, FileName), html);
    }

    public static void WriteStaffing(string directory, Site site, IReadOnlyList<IntervalRequirement> requirements, ReportSections? sections = null)
    {
        var html = RenderStaffing(site, requirements, sections);
        AtomicFile.WriteAllText(Path.Combine(directory, FileName), html);
    }

    /// <summary>The page of <c>workforce capacity</c>: the capacity plan alone.</summary>
    public static void WriteCapacity(string directory, Site site, CapacityPlan capacity)
    {
        ArgumentNullException.ThrowIfNull(site);
        var html = new StringBuilder();
        ReportPage.Open(html, $"Capacity: {site.Name}");
        html.Append("<h1>Capacity: ").Append(Markup.Escape(site.Name)).Append("</h1>\n");
        AppendSections(html, site, new ReportSections(Capacity: capacity));
        ReportPage.Close(html);
        AtomicFile.WriteAllText(Path.Combine(directory, FileName), html.ToString());
    }

    public static string Render(RosterReport report, ReportSections? sections = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var site = report.Data.Horizon.Site;
        var s = report.Summary;
        var html = new StringBuilder();
        ReportPage.Open(html, $"Roster: {site.Name}");
        html.Append("<h1>Roster: ").Append(Markup.Escape(site.Name)).Append("</h1>\n<p class=\"sub\">").Append(Markup.Escape(ReportPage.Week(site))).Append("</p>\n");

        html.Append("<dl class=\"figures\">\n");
        ReportPage.Figure(html, "Status", s.Status, "status-" + s.Status);
        ReportPage.Figure(html, "Objective", Cents(s.Objective, s.Currency));
        ReportPage.Figure(html, "Bound", Cents(s.Bound, s.Currency));
        ReportPage.Figure(html, "Normalised gap", double.IsFinite(s.NormalisedGap) ? Markup.Percent(s.NormalisedGap, 2) : "– (no bound)");
        ReportPage.Figure(html, "Required net agent-hours", Markup.Figure(s.RequiredNetAgentHours, 1));
        ReportPage.Figure(html, "Required gross agent-hours", Markup.Figure(s.RequiredGrossAgentHours, 1));
        ReportPage.Figure(html, "Under-coverage agent-hours", $"{Markup.Figure(s.UnderCoverageAgentHours, 1)} ({Markup.Percent(s.UnderCoverageShare, 2)})");
        ReportPage.Figure(html, "Paid hours", Markup.Figure(s.PaidHours, 1));
        ReportPage.Figure(html, "Labour cost", $"{Markup.Figure(s.LabourCost, 2)} {s.Currency}");
        ReportPage.Figure(html, "Agents", Markup.Figure(s.Agents));
        ReportPage.Figure(html, "Shifts", Markup.Figure(s.Shifts));
        ReportPage.Figure(html, "Solve time", $"{Markup.Figure(s.Seconds, 1)} s");
        html.Append("</dl>\n");
        html.Append("<p class=\"note\">Objective and bound are the solver's cost (labour plus the price of under-coverage) in cents of the site currency, ")
            .Append(Markup.Escape(s.Currency)).Append(", as in summary.json; the amount in ").Append(Markup.Escape(s.Currency)).Append(" follows in brackets. Labour cost is in ")
            .Append(Markup.Escape(s.Currency)).Append(". The gap is (objective − bound) ÷ max(objective, under-coverage price × required gross agent-hours).</p>\n");

        html.Append("<h2 id=\"channels\">Channels</h2>\n<table>\n");
        ReportPage.Header(html, "Channel", "Required net agent-hours", "Required gross agent-hours", "Scheduled agent-hours", "Under-coverage agent-hours", "Mean projected service level");
        html.Append("<tbody>\n");
        foreach (var figures in s.Channels)
        {
            ReportPage.Row(
                html,
                ChannelLabel(site, figures.Channel),
                Markup.Figure(figures.RequiredNetAgentHours, 1),
                Markup.Figure(figures.RequiredGrossAgentHours, 1),
                Markup.Figure(figures.ScheduledAgentHours, 1),
                Markup.Figure(figures.UnderCoverageAgentHours, 1),
                Markup.Percent(figures.MeanProjectedServiceLevel ?? double.NaN, 1));
        }

        html.Append("</tbody>\n</table>\n<p class=\"note\">Service level is the queueing model's projection at the scheduled agents after unplanned shrinkage, weighted by forecast volume")
            .Append(" (deferred channels: the share of work finished within its response window).</p>\n");

        html.Append("<h2 id=\"coverage\">Coverage</h2>\n");
        foreach (var demand in report.Data.Demands)
        {
            html.Append("<h3>").Append(Markup.Escape(ChannelLabel(site, demand.ChannelId))).Append("</h3>\n");
            if (demand is DeferredDemand)
            {
                html.Append("<p class=\"note\">Deferred work: <em>required gross</em> is staffing's smooth plan, not a hard head-count; red bands mark intervals whose arriving work finishes late (after its response window).</p>\n");
            }

            html.Append(SvgCoverageChart.Render(report, demand)).Append('\n');
        }

        html.Append("<h2 id=\"roster\">Roster</h2>\n<p class=\"note\">One row per agent, sorted by the start of their first shift; hover a bar for its times.</p>\n");
        html.Append(SvgGantt.Render(report)).Append('\n');
        AppendSections(html, site, sections);
        ReportPage.Close(html);
        return html.ToString();
    }

    public static string RenderStaffing(Site site, IReadOnlyList<IntervalRequirement> requirements, ReportSections? sections = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(requirements);
        var summary = StaffingSummary.Build(site, requirements);
        var hours = site.IntervalLength.TotalHours;
        var html = new StringBuilder();
        ReportPage.Open(html, $"Staffing: {site.Name}");
        html.Append("<h1>Staffing: ").Append(Markup.Escape(site.Name)).Append("</h1>\n<p class=\"sub\">").Append(Markup.Escape(ReportPage.Week(site))).Append("</p>\n");
        html.Append("<dl class=\"figures\">\n");
        ReportPage.Figure(html, "Status", "Staffing only (no agents)");
        ReportPage.Figure(html, "Volume", Markup.Figure(requirements.Sum(r => r.Volume)));
        ReportPage.Figure(html, "Required net agent-hours", Markup.Figure(requirements.Sum(r => r.RequiredAgents) * hours, 1));
        ReportPage.Figure(html, "Required gross agent-hours", Markup.Figure(requirements.Sum(r => r.ScheduledAgents) * hours, 1));
        ReportPage.Figure(html, "Unplanned shrinkage", Markup.Percent(site.Shrinkage.UnplannedFraction, 1));
        html.Append("</dl>\n");

        html.Append("<h2 id=\"channels\">Channels</h2>\n<table>\n");
        ReportPage.Header(html, "Channel", "Volume", "Required net agent-hours", "Required gross agent-hours", "Peak required gross agents", "Service level at required net");
        html.Append("<tbody>\n");
        foreach (var channel in site.Channels)
        {
            var days = summary.Days.Where(d => d.ChannelId == channel.Id).ToList();
            if (days.Count == 0)
            {
                continue;
            }

            var volume = days.Sum(d => d.Volume);
            ReportPage.Row(
                html,
                ChannelLabel(site, channel.Id),
                Markup.Figure(volume),
                Markup.Figure(days.Sum(d => d.RequiredNetAgentHours), 1),
                Markup.Figure(days.Sum(d => d.RequiredGrossAgentHours), 1),
                Markup.Figure(days.Max(d => d.PeakRequiredGross)),
                Markup.Percent(volume > 0 ? days.Sum(d => d.ServiceLevel * d.Volume) / volume : 1, 1));
        }

        html.Append("</tbody>\n</table>\n");
        if (summary.LowVolumeIntervals > 0)
        {
            html.Append("<p class=\"note\">").Append(Markup.Figure(summary.LowVolumeIntervals))
                .Append(" live-channel intervals have fewer than ").Append(Markup.Figure(StaffingSummary.LowVolumeContacts))
                .Append(" contacts: Erlang's steady-state assumption is strained there, so treat those figures as indicative.</p>\n");
        }

        html.Append("<h2 id=\"required-agents\">Required agents</h2>\n");
        foreach (var channel in site.Channels.Where(c => requirements.Any(r => r.ChannelId == c.Id)))
        {
            html.Append("<h3>").Append(Markup.Escape(ChannelLabel(site, channel.Id))).Append("</h3>\n");
            if (channel.Kind == ChannelKind.Deferred)
            {
                html.Append("<p class=\"note\">Deferred work: required agents are staffing's smooth plan; the roster may move the work within its response window.</p>\n");
            }

            html.Append(SvgStaffingChart.Render(site, channel.Id, requirements)).Append('\n');
        }

        AppendSections(html, site, sections);
        ReportPage.Close(html);
        return html.ToString();
    }

    private static void AppendSections(StringBuilder html, Site site, ReportSections? sections)
    {
        if (sections?.Forecast is { } forecast)
        {
            ForecastSection.Append(html, site, forecast);
        }

        if (sections?.Capacity is { } capacity)
        {
            CapacityReportSection.Append(html, capacity, site.Currency);
        }

        if (sections?.Pricing is { } pricing)
        {
            PricingHtmlSection.Append(html, pricing);
        }
    }

    /// <summary>A channel's name, id and kind, neutralised for spreadsheets (<see cref="Markup.Neutral"/>); escape it where it is written.</summary>
    private static string ChannelLabel(Site site, string channelId) => Markup.Neutral(site.FindChannel(channelId) is { } channel
        ? channel.Name == channel.Id ? $"{channel.Id} ({Kind(channel.Kind)})" : $"{channel.Name} ({channel.Id}, {Kind(channel.Kind)})"
        : channelId);

    /// <summary>An amount in cents of the site currency, as summary.json has it, with the currency amount beside it; the solver may end without a bound, shown as a dash.</summary>
    private static string Cents(double cents, string currency) =>
        double.IsFinite(cents) ? $"{Markup.Figure(cents)} cents of {currency} ({Markup.Figure(cents / 100, 2)} {currency})" : "– (none proven)";

    private static string Kind(ChannelKind kind) => kind.ToString().ToLowerInvariant();
}
