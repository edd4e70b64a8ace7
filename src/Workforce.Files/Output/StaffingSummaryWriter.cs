using System.Globalization;
using System.Text;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;

namespace Workforce.Files.Output;

/// <summary>
/// Renders <c>summary.md</c>, a Markdown page a planner can read in any viewer: staffing per channel and
/// day and, after a roster, the roster's week per channel in the same words and numbers as
/// <c>summary.json</c> and <c>report.html</c> (the glossary is in docs/scenario-format.md).
/// </summary>
public static class StaffingSummaryWriter
{
    public static string Render(Site site, StaffingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(summary);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"# Staffing plan: {site.Name}");
        text.AppendLine();
        text.AppendLine(c, $"Time zone {site.TimeZone.Id}, {site.IntervalLength.TotalMinutes:0}-minute intervals, week starting {site.WeekStart:uuuu-MM-dd}.");
        text.AppendLine(c, $"Unplanned shrinkage {site.Shrinkage.UnplannedFraction:P1} is grossed up from the required net agents into the required gross (what the roster must cover); planned shrinkage ({site.Shrinkage.PlannedFraction:P1}: breaks, lunch, training) is placed by the roster, not grossed up.");
        text.AppendLine();

        foreach (var channel in site.Channels)
        {
            var days = summary.Days.Where(d => d.ChannelId == channel.Id).OrderBy(d => d.Date).ToList();
            if (days.Count == 0)
            {
                continue;
            }

            text.AppendLine(c, $"## {channel.Name} ({channel.Id}, {Describe(channel.Model)})");
            text.AppendLine();
            text.AppendLine("| Date | Intervals | Volume | Required net agent-hours | Required gross agent-hours | Peak required gross | Service level at required net |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var d in days)
            {
                text.AppendLine(c, $"| {d.Date:uuuu-MM-dd ddd} | {d.Intervals} | {d.Volume:0} | {d.RequiredNetAgentHours:N1} | {d.RequiredGrossAgentHours:N1} | {d.PeakRequiredGross} | {d.ServiceLevel:P1} |");
            }

            text.AppendLine(c, $"| **Total** | {days.Sum(d => d.Intervals)} | {days.Sum(d => d.Volume):0} | {days.Sum(d => d.RequiredNetAgentHours):N1} | {days.Sum(d => d.RequiredGrossAgentHours):N1} | {days.Max(d => d.PeakRequiredGross)} | |");
            text.AppendLine();
        }

        if (summary.LowVolumeIntervals > 0)
        {
            text.AppendLine(c, $"Note: {summary.LowVolumeIntervals} live-channel intervals have fewer than {StaffingSummary.LowVolumeContacts:0} contacts. Erlang models assume a steady state within each interval, which such low volumes do not reach: treat those figures as indicative.");
        }

        return text.ToString();
    }

    /// <summary>
    /// The roster's section of <c>summary.md</c>: per channel the week's required net and gross,
    /// scheduled and under-coverage agent-hours and the mean projected service level (from
    /// <see cref="RosterSummary.Channels"/>, as <c>summary.json</c> and <c>report.html</c> show them).
    /// </summary>
    public static string RenderRoster(Site site, RosterSummary summary)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(summary);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("## Roster");
        text.AppendLine();
        text.AppendLine(c, $"Status {summary.Status}, {summary.Agents} agents, {summary.Shifts} shifts, {summary.PaidHours:N1} paid hours, labour cost {summary.LabourCost:N2} {summary.Currency}.");
        text.AppendLine();
        text.AppendLine("| Channel | Required net agent-hours | Required gross agent-hours | Scheduled agent-hours | Under-coverage agent-hours | Mean projected service level |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var w in summary.Channels)
        {
            var level = w.MeanProjectedServiceLevel is { } l ? l.ToString("P1", c) : "–";
            text.AppendLine(c, $"| {site.FindChannel(w.Channel)?.Name ?? w.Channel} ({w.Channel}) | {w.RequiredNetAgentHours:N1} | {w.RequiredGrossAgentHours:N1} | {w.ScheduledAgentHours:N1} | {w.UnderCoverageAgentHours:N1} | {level} |");
        }

        text.AppendLine(c, $"| **Total** | {summary.RequiredNetAgentHours:N1} | {summary.RequiredGrossAgentHours:N1} | {summary.Channels.Sum(w => w.ScheduledAgentHours):N1} | {summary.UnderCoverageAgentHours:N1} | |");
        text.AppendLine();
        text.AppendLine("Scheduled agent-hours are the roster's effective agents on the channel (nesting agents at their productivity); the service level is projected at them after unplanned shrinkage, weighted by forecast volume (deferred channels: the share of work finished within its response window).");
        return text.ToString();
    }

    private static string Describe(ChannelModel model) => model switch
    {
        VoiceModel { PatienceSeconds: { } p, Target: var t } => string.Create(CultureInfo.InvariantCulture, $"voice, Erlang A, patience {p:0} s, {Target(t)}"),
        VoiceModel v => $"voice, Erlang C, {Target(v.Target)}",
        ChatModel chat => string.Create(CultureInfo.InvariantCulture, $"chat, up to {chat.Concurrency} sessions, {Target(chat.Target)}"),
        DeferredModel d => string.Create(CultureInfo.InvariantCulture, $"deferred, {d.TargetFraction:P0} within {d.ResponseWindow.TotalHours:0.#} h"),
        _ => model.Kind.ToString(),
    };

    private static string Target(Core.Staffing.Queueing.QueueTarget t)
    {
        var parts = new List<string>();
        if (t.ServiceLevelFraction is { } sl)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{sl:P0} answered within {t.AnswerWithinSeconds:0} s of all offered"));
        }

        if (t.AsaTargetSeconds is { } asa)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"ASA ≤ {asa:0} s"));
        }

        if (t.MaxOccupancy < 1)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"occupancy ≤ {t.MaxOccupancy:P0}"));
        }

        return string.Join(", ", parts);
    }
}
