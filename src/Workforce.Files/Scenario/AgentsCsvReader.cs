using System.Globalization;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>agents.csv</c> (<c>agent_id,name,skills,contract,hourly_wage,status,productivity</c>) against the
/// site's channels and the contracts: unique ids, at least one skill on a known channel, a known contract.
/// </summary>
public static class AgentsCsvReader
{
    public const string FileName = "agents.csv";

    internal static readonly string[] Columns = ["agent_id", "name", "skills", "contract", "hourly_wage", "status", "productivity"];

    internal static readonly IReadOnlyDictionary<string, AgentStatus> Statuses = new Dictionary<string, AgentStatus>(StringComparer.Ordinal)
    {
        ["production"] = AgentStatus.Production,
        ["nesting"] = AgentStatus.Nesting,
        ["in_training"] = AgentStatus.InTraining,
    };

    /// <summary>Reads and validates the file; agents come back in the file's order.</summary>
    public static InputResult<IReadOnlyList<Agent>> Read(string path, Site site, IReadOnlyList<Contract> contracts)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(contracts);
        return InputErrorException.Capture<IReadOnlyList<Agent>>(() => ReadRows(path, site, contracts));
    }

    private static List<Agent> ReadRows(string path, Site site, IReadOnlyList<Contract> contracts)
    {
        var agents = new List<Agent>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var id = row.Id("agent_id");
            if (id.Contains(TrainingCsvReader.AttendeeSeparator))
            {
                throw row.Fail("agent_id", $"an agent id must not hold '{TrainingCsvReader.AttendeeSeparator}', which separates the attendees in {TrainingCsvReader.FileName}, got '{id}'");
            }
            if (seen.TryGetValue(id, out var firstLine))
            {
                throw row.Fail("agent_id", $"duplicate agent id '{id}': it already appears on line {firstLine}");
            }

            seen.Add(id, row.Line);
            var contract = row.Id("contract");
            if (!contracts.Any(c => c.Id == contract))
            {
                throw row.Fail("contract", $"unknown contract '{contract}'; {ContractsFileReader.FileName} defines {string.Join(", ", contracts.Select(c => c.Id))}");
            }

            var status = ReadStatus(row);
            agents.Add(new Agent(
                id,
                row.IsEmpty("name") ? id : row.Text("name"),
                ReadSkills(row, site),
                contract,
                PhysicalRanges.HourlyWage(row, "hourly_wage"),
                status,
                ReadProductivity(row, status)));
        }

        return agents;
    }

    /// <summary>Skills as <c>channel:proficiency</c> separated by <c>|</c>, e.g. <c>phone:1.0|chat:0.8</c>; a bare channel means 1.</summary>
    private static List<AgentSkill> ReadSkills(CsvRow row, Site site)
    {
        var text = row.OptionalText("skills");
        if (text.Length == 0)
        {
            throw row.Fail("skills", "an agent needs at least one skill, e.g. phone:1.0|chat:0.8");
        }

        var skills = new List<AgentSkill>();
        foreach (var part in text.Split('|', StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', StringSplitOptions.TrimEntries);
            var channel = pieces[0];
            if (pieces.Length > 2 || channel.Length == 0)
            {
                throw row.Fail("skills", $"expected channel:proficiency separated by '|', e.g. phone:1.0|chat:0.8, got '{part}'");
            }

            if (site.FindChannel(channel) is null)
            {
                throw row.Fail("skills", $"unknown channel '{channel}'; site.json defines {string.Join(", ", site.Channels.Select(c => c.Id))}");
            }

            var proficiency = 1.0;
            if (pieces.Length == 2
                && (!double.TryParse(pieces[1], NumberStyles.Float, CultureInfo.InvariantCulture, out proficiency) || proficiency is not (> 0 and <= 1)))
            {
                throw row.Fail("skills", $"the proficiency of '{channel}' must be a number in (0, 1], got '{pieces[1]}'");
            }

            if (skills.Any(s => s.ChannelId == channel))
            {
                throw row.Fail("skills", $"channel '{channel}' is listed more than once");
            }

            skills.Add(new AgentSkill(channel, proficiency));
        }

        return skills;
    }

    private static AgentStatus ReadStatus(CsvRow row)
    {
        var text = row.Text("status");
        return Statuses.TryGetValue(text, out var status)
            ? status
            : throw row.Fail("status", $"expected {string.Join(", ", Statuses.Keys)}, got '{text}'");
    }

    /// <summary>Empty means 1 in production and 0 in training; nesting needs a value in (0, 1].</summary>
    private static double ReadProductivity(CsvRow row, AgentStatus status)
    {
        if (row.IsEmpty("productivity"))
        {
            return status switch
            {
                AgentStatus.Production => 1,
                AgentStatus.InTraining => 0,
                _ => throw row.Fail("productivity", "a nesting agent needs a productivity in (0, 1], e.g. 0.6"),
            };
        }

        var value = row.Number("productivity");
        return status switch
        {
            AgentStatus.Production when value != 1 => throw row.Fail("productivity", $"must be 1 (or empty) for an agent in production, got {row.Text("productivity")}"),
            AgentStatus.InTraining when value != 0 => throw row.Fail("productivity", $"must be 0 (or empty) for an agent in training, got {row.Text("productivity")}"),
            AgentStatus.Nesting when value is not (> 0 and <= 1) => throw row.Fail("productivity", $"must lie in (0, 1] for a nesting agent, got {row.Text("productivity")}"),
            _ => value,
        };
    }
}
