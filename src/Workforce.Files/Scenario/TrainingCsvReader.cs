using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>training.csv</c> (<c>session_id,attendees,start,end,length_minutes</c>). Attendees are agent
/// ids separated by <c>|</c>, or <c>skill:CHANNEL</c> for every agent with that skill. An empty
/// <c>length_minutes</c> makes the session fixed at [start, end); a length shorter than the window lets
/// the optimiser place it for each attendee.
/// </summary>
public static class TrainingCsvReader
{
    public const string FileName = "training.csv";

    /// <summary>Separates the agent ids in the attendees field, so no agent id may hold it.</summary>
    public const char AttendeeSeparator = '|';

    internal const string SkillPrefix = "skill:";

    internal static readonly string[] Columns = ["session_id", "attendees", "start", "end", "length_minutes"];

    public static InputResult<IReadOnlyList<TrainingSession>> Read(string path, Core.Sites.Site site, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(agents);
        return InputErrorException.Capture<IReadOnlyList<TrainingSession>>(() =>
        {
            var ids = agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var sessions = new List<TrainingSession>();
            foreach (var row in CsvFile.Read(path, Columns))
            {
                var id = row.Id("session_id");
                if (!seen.Add(id))
                {
                    throw row.Fail("session_id", $"session '{id}' is listed twice");
                }

                var attendees = Attendees(row, site, agents, ids);
                var (start, end) = RosterCsv.LocalSpan(row, "start", "end", site);
                var window = Period.Between(start, end, PeriodUnits.Minutes).Minutes;
                var length = row.IsEmpty("length_minutes") ? window : row.NonNegative("length_minutes");
                if (length <= 0 || length > window)
                {
                    throw row.Fail("length_minutes", $"must be above 0 and at most the window from start to end ({window} minutes), got {row.Text("length_minutes")}");
                }

                sessions.Add(new TrainingSession(id, attendees, start, end, Duration.FromMinutes(length)));
            }

            return sessions;
        });
    }

    private static List<string> Attendees(CsvRow row, Core.Sites.Site site, IReadOnlyList<Agent> agents, HashSet<string> ids)
    {
        var text = row.Id("attendees");
        if (text.StartsWith(SkillPrefix, StringComparison.Ordinal))
        {
            var channel = text[SkillPrefix.Length..];
            if (site.Channels.All(c => c.Id != channel))
            {
                throw row.Fail("attendees", $"unknown channel '{channel}'; site.json does not list it");
            }

            var skilled = agents.Where(a => a.Skills.Any(s => s.ChannelId == channel)).Select(a => a.Id).ToList();
            return skilled.Count > 0 ? skilled : throw row.Fail("attendees", $"no agent has the skill '{channel}', so nobody can attend");
        }

        var named = text.Split(AttendeeSeparator, StringSplitOptions.TrimEntries).ToList();
        var unknown = named.FirstOrDefault(a => !ids.Contains(a));
        return unknown is null ? named : throw row.Fail("attendees", $"unknown agent '{unknown}'; {AgentsCsvReader.FileName} does not list it");
    }
}
