using Workforce.Core.Sites;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

/// <summary>A <see cref="TestScenario"/> with valid roster files, for tests to spoil one thing at a time.</summary>
internal sealed class RosterFolder : IDisposable
{
    public const string ContractsJson = """
        {
          "contracts": [
            {
              "id": "ft",
              "minPaidHoursPerWeek": 37.5,
              "maxPaidHoursPerWeek": 40,
              "maxWorkingDays": 5,
              "maxConsecutiveWorkingDays": 6,
              "minConsecutiveDaysOff": 2,
              "maxWeekendsWorked": 2,
              "weekendReferenceWeeks": 4,
              "shiftLengthsHours": [8, 9],
              "earliestStart": "06:00",
              "latestStart": "14:00",
              "breaks": [
                { "activity": "break", "minutes": 15, "paid": true, "minShiftHours": 4, "earliestAfterHours": 1.5, "latestAfterHours": 3 },
                { "activity": "lunch", "minutes": 30, "paid": false, "minShiftHours": 6, "earliestAfterHours": 3, "latestAfterHours": 5 }
              ],
              "nightPremium": 0.25,
              "weekendPremium": 0.5
            },
            {
              "id": "pt",
              "minPaidHoursPerWeek": 20,
              "maxPaidHoursPerWeek": 30,
              "maxWorkingDays": 5,
              "minRestHours": 12,
              "maxConsecutiveWorkingDays": 5,
              "minConsecutiveDaysOff": 1,
              "maxWeekendsWorked": 3,
              "weekendReferenceWeeks": 4,
              "shiftLengthsHours": [4, 5, 6],
              "earliestStart": "08:00",
              "latestStart": "18:00"
            }
          ]
        }
        """;

    public const string AgentsHeader = "agent_id,name,skills,contract,hourly_wage,status,productivity\n";

    public const string AgentsCsv = AgentsHeader
        + "A1,Noa Cohen,phone:1.0|chat:0.8,ft,16.50,production,\n"
        + "A2,\"Levi, Dana\",chat,pt,15,nesting,0.6\n"
        + "A3,Omer Katz,phone:1,ft,14,in_training,\n";

    public RosterFolder(string? contractsJson = null, string? agentsCsv = null, string? timeOffCsv = null, string? carryInCsv = null)
    {
        File.WriteAllText(Path.Combine(Directory, ContractsFileReader.FileName), contractsJson ?? ContractsJson);
        File.WriteAllText(AgentsPath, agentsCsv ?? AgentsCsv);
        File.WriteAllText(TimeOffPath, timeOffCsv ?? "agent_id,start,end,reason\nA1,2026-03-24T00:00,2026-03-25T00:00,holiday\n");
        File.WriteAllText(CarryInPath, carryInCsv ?? "agent_id,last_shift_end,consecutive_days_worked,weekends_worked\nA1,2026-03-22T22:00,4,1\nA2,,0,0\n");
    }

    public TestScenario Scenario { get; } = new();

    public string Directory => Scenario.Directory;

    public string ContractsPath => Path.Combine(Directory, ContractsFileReader.FileName);

    public string AgentsPath => Path.Combine(Directory, AgentsCsvReader.FileName);

    public string TimeOffPath => Path.Combine(Directory, TimeOffCsvReader.FileName);

    public string CarryInPath => Path.Combine(Directory, CarryInCsvReader.FileName);

    public Site Site => SiteFileReader.Read(Scenario.SitePath).Value;

    public void Dispose() => Scenario.Dispose();
}
