using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

/// <summary>The optional <c>last_shift_start</c> column of <c>carry_in.csv</c> (the test site's week starts on 2026-03-23).</summary>
public class CarryInLastShiftStartTests
{
    private const string Header = "agent_id,last_shift_end,consecutive_days_worked,weekends_worked,last_shift_start\n";

    private static InputResult<IReadOnlyList<AgentCarryIn>> Read(string csv)
    {
        using var folder = new RosterFolder(carryInCsv: csv);
        var site = folder.Site;
        var agents = AgentsCsvReader.Read(folder.AgentsPath, site, ContractsFileReader.Read(folder.ContractsPath, site).Value).Value;
        return CarryInCsvReader.Read(folder.CarryInPath, site, agents);
    }

    private static void AssertRefused(string csv, int line)
    {
        var error = Read(csv).Error!;
        Assert.EndsWith(CarryInCsvReader.FileName, error.File, StringComparison.Ordinal);
        Assert.Equal((line, "last_shift_start"), (error.Line, error.Field));
    }

    [Fact]
    public void A_night_shift_that_runs_into_the_week_reads_with_its_start()
    {
        var rows = Read(Header + "A1,2026-03-23T06:00,4,1,2026-03-22T22:00\n").Value;
        Assert.Equal(new LocalDateTime(2026, 3, 22, 22, 0), rows[0].LastShiftStart);
        Assert.Equal(new LocalDateTime(2026, 3, 23, 6, 0), rows[0].LastShiftEnd);
    }

    [Fact]
    public void An_empty_start_means_unknown()
    {
        var rows = Read(Header + "A1,2026-03-22T17:00,4,1,\nA2,,0,0,\n").Value;
        Assert.All(rows, r => Assert.Null(r.LastShiftStart));
        Assert.Equal(new LocalDateTime(2026, 3, 22, 17, 0), rows[0].LastShiftEnd);
    }

    [Fact]
    public void A_file_without_the_column_reads_as_before()
    {
        var rows = Read("agent_id,last_shift_end,consecutive_days_worked,weekends_worked\nA1,2026-03-22T22:00,4,1\n").Value;
        Assert.Equal(new AgentCarryIn("A1", new LocalDateTime(2026, 3, 22, 22, 0), 4, 1), rows[0]);
        Assert.Null(rows[0].LastShiftStart);
    }

    [Fact]
    public void A_start_without_an_end_is_refused() => AssertRefused(Header + "A1,2026-03-22T17:00,4,1,2026-03-22T09:00\nA2,,0,0,2026-03-20T09:00\n", 3);

    [Fact]
    public void A_start_at_or_after_the_end_is_refused()
    {
        AssertRefused(Header + "A1,2026-03-22T17:00,4,1,2026-03-22T17:00\n", 2);
        AssertRefused(Header + "A1,2026-03-22T17:00,4,1,2026-03-22T18:00\n", 2);
    }

    [Fact]
    public void A_last_shift_longer_than_a_day_is_refused()
    {
        Assert.Equal(new LocalDateTime(2026, 3, 21, 17, 0), Read(Header + "A1,2026-03-22T17:00,4,1,2026-03-21T17:00\n").Value[0].LastShiftStart);
        AssertRefused(Header + "A1,2026-03-22T17:00,4,1,2026-03-21T16:45\n", 2);
    }

    [Fact]
    public void A_start_inside_the_week_is_refused() => AssertRefused(Header + "A1,2026-03-23T06:00,4,1,2026-03-23T00:00\n", 2);

    [Fact]
    public void A_malformed_start_is_refused() => AssertRefused(Header + "A1,2026-03-22T17:00,4,1,22/03/2026 09:00\n", 2);

    [Fact]
    public void The_writer_writes_the_column_back_empty_for_unknown_starts()
    {
        using var folder = new RosterFolder();
        var path = Path.Combine(folder.Directory, "written.csv");
        CarryInCsvWriter.Write(
            path,
            [
                new AgentCarryIn("A1", new LocalDateTime(2026, 3, 23, 6, 0), 4, 1) { LastShiftStart = new LocalDateTime(2026, 3, 22, 22, 0) },
                new AgentCarryIn("A2", new LocalDateTime(2026, 3, 21, 13, 0), 1, 0),
                AgentCarryIn.None("A3"),
            ]);

        Assert.Equal(
            "agent_id,last_shift_end,consecutive_days_worked,weekends_worked,last_shift_start\n"
            + "A1,2026-03-23T06:00,4,1,2026-03-22T22:00\nA2,2026-03-21T13:00,1,0,\nA3,,0,0,\n",
            File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_writer_leaves_the_column_out_when_no_start_is_known()
    {
        using var folder = new RosterFolder();
        var path = Path.Combine(folder.Directory, "written.csv");
        CarryInCsvWriter.Write(path, [new AgentCarryIn("A1", new LocalDateTime(2026, 3, 22, 22, 0), 4, 1)]);
        Assert.Equal("agent_id,last_shift_end,consecutive_days_worked,weekends_worked", File.ReadLines(path).First());
    }
}
