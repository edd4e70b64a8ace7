using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

public class WorkedTimeCsvReaderTests
{
    private const string Header = "agent_id,start,end\n";

    private static InputResult<IReadOnlyList<BaselineShift>> Read(string csv)
    {
        using var folder = new RosterFolder();
        var path = Path.Combine(folder.Directory, WorkedTimeCsvReader.FileName);
        File.WriteAllText(path, csv);
        var site = folder.Site;
        var agents = AgentsCsvReader.Read(folder.AgentsPath, site, ContractsFileReader.Read(folder.ContractsPath, site).Value).Value;
        return WorkedTimeCsvReader.Read(path, site, agents);
    }

    [Fact]
    public void Worked_time_reads_as_site_local_stretches_in_the_files_order()
    {
        var rows = Read(Header + "A2,2026-03-22T08:00,2026-03-22T13:30\nA1,2026-03-21T22:00,2026-03-22T06:15\n").Value;

        Assert.Equal(
            [new BaselineShift("A2", new LocalDateTime(2026, 3, 22, 8, 0), new LocalDateTime(2026, 3, 22, 13, 30)),
             new BaselineShift("A1", new LocalDateTime(2026, 3, 21, 22, 0), new LocalDateTime(2026, 3, 22, 6, 15))],
            rows);
    }

    [Fact]
    public void What_the_writer_writes_reads_back_as_the_same_stretches()
    {
        var rows = Read(Header + "A1,2026-03-21T22:00,2026-03-22T06:15\nA1,2026-03-22T06:15,2026-03-22T10:00\n").Value;
        var path = Path.Combine(Path.GetTempPath(), $"worked-time-{Guid.NewGuid():N}.csv");
        WorkedTimeCsvWriter.Write(path, rows);

        Assert.Equal(Header + "A1,2026-03-21T22:00,2026-03-22T06:15\nA1,2026-03-22T06:15,2026-03-22T10:00\n", File.ReadAllText(path));
        File.Delete(path);
    }

    [Fact]
    public void A_stretch_for_an_unknown_agent_is_refused()
    {
        var error = Read(Header + "A1,2026-03-22T08:00,2026-03-22T16:00\nZ9,2026-03-22T08:00,2026-03-22T16:00\n").Error!;

        Assert.EndsWith(WorkedTimeCsvReader.FileName, error.File, StringComparison.Ordinal);
        Assert.Equal((3, "agent_id"), (error.Line, error.Field));
    }

    [Fact]
    public void An_agent_id_with_a_tab_is_refused_as_a_control_character()
    {
        var error = Read(Header + "\"A\t1\",2026-03-22T08:00,2026-03-22T16:00\n").Error!;

        Assert.Equal((2, "agent_id"), (error.Line, error.Field));
        Assert.Contains("control characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stretch_that_ends_at_its_start_is_refused()
    {
        var error = Read(Header + "A1,2026-03-22T08:00,2026-03-22T08:00\n").Error!;

        Assert.Equal((2, "end"), (error.Line, error.Field));
    }

    [Fact]
    public void A_stretch_of_more_than_24_hours_is_refused_and_one_of_24_is_read()
    {
        Assert.True(Read(Header + "A1,2026-03-21T08:00,2026-03-22T08:00\n").Succeeded);

        var error = Read(Header + "A1,2026-03-21T08:00,2026-03-22T08:15\n").Error!;

        Assert.Equal((2, "end"), (error.Line, error.Field));
    }

    [Fact]
    public void Overlapping_stretches_of_one_agent_are_refused_on_the_later_line_naming_the_other()
    {
        var error = Read(Header + "A1,2026-03-22T12:00,2026-03-22T16:00\nA2,2026-03-22T08:00,2026-03-22T16:00\nA1,2026-03-22T08:00,2026-03-22T12:30\n").Error!;

        Assert.Equal((4, "start"), (error.Line, error.Field));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stretches_of_one_agent_that_touch_and_of_two_agents_at_once_are_read()
    {
        var rows = Read(Header + "A1,2026-03-22T08:00,2026-03-22T12:00\nA1,2026-03-22T12:00,2026-03-22T16:00\nA2,2026-03-22T08:00,2026-03-22T16:00\n");

        Assert.True(rows.Succeeded, rows.Error?.ToString());
        Assert.Equal(3, rows.Value.Count);
    }

    [Fact]
    public void The_roster_inputs_of_a_folder_with_worked_time_load_as_without_it()
    {
        using var folder = new RosterFolder();
        File.WriteAllText(Path.Combine(folder.Directory, WorkedTimeCsvReader.FileName), Header + "Z9,not a time,\n");

        var inputs = RosterInputsFolder.Load(folder.Directory, folder.Site);

        Assert.True(inputs.Succeeded, inputs.Error?.ToString());
        Assert.Equal(3, inputs.Value!.Agents.Count);
    }
}
