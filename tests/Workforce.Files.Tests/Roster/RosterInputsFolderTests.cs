using NodaTime;
using Workforce.Core.Samples;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

public class RosterInputsFolderTests
{
    [Fact]
    public void A_folder_without_agents_has_no_roster_inputs()
    {
        using var scenario = new TestScenario();
        var result = RosterInputsFolder.Load(scenario.Directory, SiteFileReader.Read(scenario.SitePath).Value);
        Assert.True(result.Succeeded);
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_folder_with_all_four_files_loads_them()
    {
        using var folder = new RosterFolder();
        var inputs = RosterInputsFolder.Load(folder.Directory, folder.Site).Value!;
        Assert.Equal(3, inputs.Agents.Count);
        Assert.Equal(2, inputs.Contracts.Count);
        Assert.Single(inputs.TimeOff);
        Assert.Equal(4, inputs.CarryInFor("A1").ConsecutiveDaysWorked);
        Assert.Equal(0, inputs.CarryInFor("A3").ConsecutiveDaysWorked);
    }

    [Fact]
    public void Agents_without_contracts_json_are_refused()
    {
        using var folder = new RosterFolder();
        File.Delete(folder.ContractsPath);
        var error = RosterInputsFolder.Load(folder.Directory, folder.Site).Error!;
        Assert.EndsWith("contracts.json", error.File, StringComparison.Ordinal);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_off_and_carry_in_are_optional()
    {
        using var folder = new RosterFolder();
        File.Delete(folder.TimeOffPath);
        File.Delete(folder.CarryInPath);
        var inputs = RosterInputsFolder.Load(folder.Directory, folder.Site).Value!;
        Assert.Empty(inputs.TimeOff);
        Assert.Empty(inputs.CarryIn);
    }

    [Fact]
    public void A_written_sample_reads_back_equal()
    {
        using var scenario = new TestScenario();
        var site = SiteFileReader.Read(scenario.SitePath).Value with { WeekStart = new LocalDate(2026, 3, 23) };
        var hours = new Dictionary<string, double> { ["phone"] = 900, ["chat"] = 300, ["email"] = 200 };
        var sample = SampleAgentGenerator.Generate(site, hours, 7);

        RosterInputsFolder.Write(scenario.Directory, sample);
        var read = RosterInputsFolder.Load(scenario.Directory, site).Value!;

        Assert.Equal(sample.Contracts, read.Contracts);
        Assert.Equal(sample.Agents, read.Agents);
        Assert.Equal(sample.TimeOff, read.TimeOff);
        Assert.Equal(sample.CarryIn, read.CarryIn);
    }
}
