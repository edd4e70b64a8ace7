using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

public class PreferencesCsvReaderTests
{
    private const string Header = "agent_id,day,preference,start\n";

    private static InputResult<IReadOnlyList<AgentPreference>> Read(string csv)
    {
        using var folder = new RosterFolder();
        var path = Path.Combine(folder.Directory, PreferencesCsvReader.FileName);
        File.WriteAllText(path, csv);
        var site = folder.Site;
        var agents = AgentsCsvReader.Read(folder.AgentsPath, site, ContractsFileReader.Read(folder.ContractsPath, site).Value).Value;
        return PreferencesCsvReader.Read(path, agents);
    }

    [Fact]
    public void Days_read_as_every_day_a_weekday_or_a_date()
    {
        var rows = Read(Header + "A1,*,start,08:30\nA1,friday,day_off,\nA2,2026-03-24,day_off,\n").Value;

        Assert.Equal(new AgentPreference("A1", PreferenceKind.Start, null, null, new LocalTime(8, 30)), rows[0]);
        Assert.Equal(new AgentPreference("A1", PreferenceKind.DayOff, null, IsoDayOfWeek.Friday, null), rows[1]);
        Assert.Equal(new AgentPreference("A2", PreferenceKind.DayOff, new LocalDate(2026, 3, 24), null, null), rows[2]);
    }

    [Fact]
    public void An_unknown_preference_is_refused()
    {
        var error = Read(Header + "A1,*,late_start,\n").Error!;
        Assert.EndsWith("preferences.csv", error.File, StringComparison.Ordinal);
        Assert.Equal((2, "preference"), (error.Line, error.Field));
    }

    [Fact]
    public void A_start_preference_without_a_time_is_refused()
    {
        var error = Read(Header + "A1,monday,start,\n").Error!;
        Assert.Equal((2, "start"), (error.Line, error.Field));
    }

    [Fact]
    public void A_day_that_is_neither_a_weekday_nor_a_date_is_refused()
    {
        var error = Read(Header + "A1,someday,day_off,\n").Error!;
        Assert.Equal((2, "day"), (error.Line, error.Field));
    }

    [Fact]
    public void Preferences_written_read_back_the_same()
    {
        var rows = Read(Header + "A1,*,start,08:30\nA1,Friday,day_off,\nA2,2026-03-24,day_off,\n").Value;
        using var folder = new RosterFolder();
        var path = Path.Combine(folder.Directory, "written.csv");
        PreferencesCsvWriter.Write(path, rows);
        var agents = AgentsCsvReader.Read(folder.AgentsPath, folder.Site, ContractsFileReader.Read(folder.ContractsPath, folder.Site).Value).Value;

        Assert.Equal(rows, PreferencesCsvReader.Read(path, agents).Value);
    }
}
