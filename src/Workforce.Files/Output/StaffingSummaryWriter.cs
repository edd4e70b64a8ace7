using System.Globalization;
using System.Text;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;

namespace Workforce.Files.Output;

/// <summary>Renders a staffing summary as a Markdown page a planner can read in any viewer.</summary>
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
        text.AppendLine(c, $"Unplanned shrinkage {site.Shrinkage.UnplannedFraction:P1} is grossed up into scheduled agents; planned shrinkage ({site.Shrinkage.PlannedFraction:P1}: breaks, lunch, training) is placed by the roster, not grossed up.");
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
            text.AppendLine("| Date | Intervals | Volume | Required agent-hours | Scheduled agent-hours | Peak scheduled | Service level |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var d in days)
            {
                text.AppendLine(c, $"| {d.Date:uuuu-MM-dd ddd} | {d.Intervals} | {d.Volume:0} | {d.RequiredAgentHours:0.0} | {d.ScheduledAgentHours:0.0} | {d.PeakScheduledAgents} | {d.ServiceLevel:P1} |");
            }

            text.AppendLine(c, $"| **Total** | {days.Sum(d => d.Intervals)} | {days.Sum(d => d.Volume):0} | {days.Sum(d => d.RequiredAgentHours):0.0} | {days.Sum(d => d.ScheduledAgentHours):0.0} | {days.Max(d => d.PeakScheduledAgents)} | |");
            text.AppendLine();
        }

        if (summary.LowVolumeIntervals > 0)
        {
            text.AppendLine(c, $"Note: {summary.LowVolumeIntervals} live-channel intervals have fewer than {StaffingSummary.LowVolumeContacts:0} contacts. Erlang models assume a steady state within each interval, which such low volumes do not reach: treat those figures as indicative.");
        }

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
