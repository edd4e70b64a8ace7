using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

public class TrainingCsvReaderTests
{
    private const string Header = "session_id,attendees,start,end,length_minutes\n";

    private static InputResult<IReadOnlyList<TrainingSession>> Read(string csv)
    {
        using var folder = new RosterFolder();
        var path = Path.Combine(folder.Directory, TrainingCsvReader.FileName);
        File.WriteAllText(path, csv);
        var site = folder.Site;
        var agents = AgentsCsvReader.Read(folder.AgentsPath, site, ContractsFileReader.Read(folder.ContractsPath, site).Value).Value;
        return TrainingCsvReader.Read(path, site, agents);
    }

    [Fact]
    public void A_session_without_a_length_is_fixed_to_its_window()
    {
        var session = Assert.Single(Read(Header + "T1,A1|A3,2026-03-24T09:00,2026-03-24T11:00,\n").Value);

        Assert.Equal(["A1", "A3"], session.AgentIds);
        Assert.Equal(Duration.FromHours(2), session.Length);
        Assert.True(session.IsFixed);
    }

    [Fact]
    public void A_skill_selects_every_agent_with_it_and_a_length_makes_the_session_flexible()
    {
        var session = Assert.Single(Read(Header + "T2,skill:chat,2026-03-23T00:00,2026-03-30T00:00,120\n").Value);

        Assert.Equal(["A1", "A2"], session.AgentIds);
        Assert.False(session.IsFixed);
    }

    [Fact]
    public void An_unknown_attendee_is_refused()
    {
        var error = Read(Header + "T1,A1|Z9,2026-03-24T09:00,2026-03-24T11:00,\n").Error!;
        Assert.EndsWith("training.csv", error.File, StringComparison.Ordinal);
        Assert.Equal((2, "attendees"), (error.Line, error.Field));
    }

    [Fact]
    public void A_length_longer_than_the_window_is_refused()
    {
        var error = Read(Header + "T1,A1,2026-03-24T09:00,2026-03-24T11:00,180\n").Error!;
        Assert.Equal((2, "length_minutes"), (error.Line, error.Field));
    }

    [Fact]
    public void A_session_listed_twice_is_refused()
    {
        var error = Read(Header + "T1,A1,2026-03-24T09:00,2026-03-24T11:00,\nT1,A3,2026-03-25T09:00,2026-03-25T11:00,\n").Error!;
        Assert.Equal((3, "session_id"), (error.Line, error.Field));
    }
}
