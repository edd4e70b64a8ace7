using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

public class BaselineRosterCsvReaderTests
{
    private const string Header = "agent_id,date,shift_start,shift_end,paid_hours\n";

    private static InputResult<BaselineRoster> Read(string csv)
    {
        using var folder = new RosterFolder();
        File.WriteAllText(Path.Combine(folder.Directory, BaselineRosterCsvReader.FileName), csv);
        var site = folder.Site;
        var agents = AgentsCsvReader.Read(folder.AgentsPath, site, ContractsFileReader.Read(folder.ContractsPath, site).Value).Value;
        return BaselineRosterCsvReader.Read(Path.Combine(folder.Directory, BaselineRosterCsvReader.FileName), site, agents);
    }

    [Fact]
    public void A_roster_csv_written_by_workforce_reads_back_as_site_local_shifts()
    {
        var baseline = Read(Header + "A1,2026-03-23,2026-03-23T08:00:00+00:00,2026-03-23T16:30:00+00:00,8\n").Value;

        var shift = Assert.Single(baseline.Shifts);
        Assert.Equal(new BaselineShift("A1", new LocalDateTime(2026, 3, 23, 8, 0), new LocalDateTime(2026, 3, 23, 16, 30)), shift);
        Assert.Null(baseline.FrozenThrough);
    }

    [Fact]
    public void Two_shifts_starting_on_one_day_for_one_agent_are_refused()
    {
        var error = Read(Header + "A1,2026-03-23,2026-03-23T08:00,2026-03-23T12:00,4\nA1,2026-03-23,2026-03-23T13:00,2026-03-23T17:00,4\n").Error!;
        Assert.EndsWith("baseline_roster.csv", error.File, StringComparison.Ordinal);
        Assert.Equal((3, "shift_start"), (error.Line, error.Field));
    }

    [Fact]
    public void A_shift_that_ends_before_it_starts_is_refused()
    {
        var error = Read(Header + "A1,2026-03-23,2026-03-23T08:00,2026-03-23T07:00,0\n").Error!;
        Assert.Equal((2, "shift_end"), (error.Line, error.Field));
    }

    [Fact]
    public void A_shift_for_an_unknown_agent_is_refused()
    {
        var error = Read(Header + "Z9,2026-03-23,2026-03-23T08:00,2026-03-23T16:00,8\n").Error!;
        Assert.Equal((2, "agent_id"), (error.Line, error.Field));
    }
}
