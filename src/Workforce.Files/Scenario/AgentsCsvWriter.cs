using System.Globalization;
using Workforce.Core.Rostering;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>agents.csv</c> in the layout <see cref="AgentsCsvReader"/> reads.</summary>
public static class AgentsCsvWriter
{
    public static void Write(string path, IEnumerable<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        CsvFile.Write(
            path,
            AgentsCsvReader.Columns,
            agents,
            agent =>
            [
                agent.Id,
                agent.Name,
                string.Join('|', agent.Skills.Select(s => $"{s.ChannelId}:{s.Proficiency.ToString("0.0##", CultureInfo.InvariantCulture)}")),
                agent.ContractId,
                agent.HourlyWage.ToString("0.00", CultureInfo.InvariantCulture),
                AgentsCsvReader.Statuses.Single(s => s.Value == agent.Status).Key,
                agent.Status == AgentStatus.Nesting ? agent.ProductivityFactor.ToString("0.###", CultureInfo.InvariantCulture) : string.Empty,
            ]);
    }
}
