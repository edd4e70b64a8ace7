using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

public class TimeOffAndCarryInTests
{
    private const string TimeOffHeader = "agent_id,start,end,reason\n";
    private const string CarryInHeader = "agent_id,last_shift_end,consecutive_days_worked,weekends_worked\n";

    private static InputResult<IReadOnlyList<TimeOff>> ReadTimeOff(string csv)
    {
        using var folder = new RosterFolder(timeOffCsv: csv);
        var site = folder.Site;
        var agents = AgentsCsvReader.Read(folder.AgentsPath, site, ContractsFileReader.Read(folder.ContractsPath, site).Value).Value;
        return TimeOffCsvReader.Read(folder.TimeOffPath, site, agents);
    }

    private static InputResult<IReadOnlyList<AgentCarryIn>> ReadCarryIn(string csv)
    {
        using var folder = new RosterFolder(carryInCsv: csv);
        var site = folder.Site;
        var agents = AgentsCsvReader.Read(folder.AgentsPath, site, ContractsFileReader.Read(folder.ContractsPath, site).Value).Value;
        return CarryInCsvReader.Read(folder.CarryInPath, site, agents);
    }

    [Fact]
    public void Time_off_reads_as_site_local_half_open_spans()
    {
        var rows = ReadTimeOff(TimeOffHeader + "A1,2026-03-24T00:00,2026-03-25T00:00,holiday\nA2,2026-03-26T10:00,2026-03-26T12:30,doctor\n").Value;
        Assert.Equal(new TimeOff("A2", new LocalDateTime(2026, 3, 26, 10, 0), new LocalDateTime(2026, 3, 26, 12, 30), "doctor"), rows[1]);
    }

    [Fact]
    public void Time_off_that_ends_before_it_starts_is_refused()
    {
        var error = ReadTimeOff(TimeOffHeader + "A1,2026-03-24T10:00,2026-03-24T10:00,holiday\n").Error!;
        Assert.EndsWith("time_off.csv", error.File, StringComparison.Ordinal);
        Assert.Equal((2, "end"), (error.Line, error.Field));
    }

    [Fact]
    public void Time_off_for_an_unknown_agent_is_refused()
    {
        var error = ReadTimeOff(TimeOffHeader + "A1,2026-03-24T00:00,2026-03-25T00:00,holiday\nB7,2026-03-24T00:00,2026-03-25T00:00,holiday\n").Error!;
        Assert.Equal((3, "agent_id"), (error.Line, error.Field));
    }

    [Fact]
    public void Carry_in_for_an_agent_id_with_a_line_break_is_refused_as_a_control_character_not_an_unknown_agent()
    {
        var error = ReadCarryIn(CarryInHeader + "A1,2026-03-22T22:00,4,1\n\"A\n2\",,0,0\n").Error!;
        Assert.Equal((3, "agent_id"), (error.Line, error.Field));
        Assert.Contains("control characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_off_with_a_malformed_date_time_is_refused()
    {
        var error = ReadTimeOff(TimeOffHeader + "A1,24/03/2026,2026-03-25T00:00,holiday\n").Error!;
        Assert.Equal((2, "start"), (error.Line, error.Field));
    }

    [Fact]
    public void Carry_in_reads_with_an_empty_last_shift_meaning_none()
    {
        var rows = ReadCarryIn(CarryInHeader + "A1,2026-03-22T22:00,4,1\nA2,,0,0\n").Value;
        Assert.Equal(new AgentCarryIn("A1", new LocalDateTime(2026, 3, 22, 22, 0), 4, 1), rows[0]);
        Assert.Null(rows[1].LastShiftEnd);
    }

    [Fact]
    public void Carry_in_with_a_fractional_day_count_is_refused()
    {
        var error = ReadCarryIn(CarryInHeader + "A1,2026-03-22T22:00,2.5,1\n").Error!;
        Assert.Equal((2, "consecutive_days_worked"), (error.Line, error.Field));
    }

    [Fact]
    public void Carry_in_for_an_agent_twice_is_refused()
    {
        var error = ReadCarryIn(CarryInHeader + "A1,2026-03-22T22:00,4,1\nA1,2026-03-21T22:00,3,1\n").Error!;
        Assert.Equal((3, "agent_id"), (error.Line, error.Field));
    }

    [Fact]
    public void Carry_in_reads_late_shifts_worked_from_its_optional_column()
    {
        var rows = ReadCarryIn("agent_id,last_shift_end,consecutive_days_worked,weekends_worked,late_shifts_worked\nA1,2026-03-22T22:00,4,1,3\nA2,,0,0,\n").Value;
        Assert.Equal((3, 0), (rows[0].LateShiftsWorkedInReferencePeriod, rows[1].LateShiftsWorkedInReferencePeriod));
    }

    [Fact]
    public void Carry_in_days_off_after_a_worked_day_are_refused()
    {
        var error = ReadCarryIn("agent_id,last_shift_end,consecutive_days_worked,weekends_worked,consecutive_days_off\nA1,2026-03-22T22:00,4,1,2\n").Error!;
        Assert.Equal((2, "consecutive_days_off"), (error.Line, error.Field));
    }
}
