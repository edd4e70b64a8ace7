using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

public class AgentsCsvReaderTests
{
    private static InputResult<IReadOnlyList<Agent>> Read(string csv)
    {
        using var folder = new RosterFolder(agentsCsv: csv);
        var site = folder.Site;
        return AgentsCsvReader.Read(folder.AgentsPath, site, ContractsFileReader.Read(folder.ContractsPath, site).Value);
    }

    private static InputError ErrorFor(string row, string field)
    {
        var result = Read(RosterFolder.AgentsCsv + row + "\n");
        Assert.False(result.Succeeded);
        var error = result.Error!;
        Assert.EndsWith("agents.csv", error.File, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
        Assert.Equal(field, error.Field);
        return error;
    }

    [Fact]
    public void A_valid_file_reads_skills_statuses_and_productivity()
    {
        var agents = Read(RosterFolder.AgentsCsv).Value;

        Assert.Equal(["A1", "A2", "A3"], agents.Select(a => a.Id));
        Assert.Equal([new AgentSkill("phone", 1.0), new AgentSkill("chat", 0.8)], agents[0].Skills);
        Assert.Equal(16.50m, agents[0].HourlyWage);
        Assert.Equal("Levi, Dana", agents[1].Name);
        Assert.Equal([AgentStatus.Production, AgentStatus.Nesting, AgentStatus.InTraining], agents.Select(a => a.Status));
        Assert.Equal([1.0, 0.6, 0.0], agents.Select(a => a.ProductivityFactor));
    }

    [Fact]
    public void A_duplicate_agent_id_is_refused() =>
        Assert.Contains("line 2", ErrorFor("A1,Someone,phone,ft,15,production,", "agent_id").Message, StringComparison.Ordinal);

    [Fact]
    public void An_agent_id_with_a_line_break_is_refused_on_one_line() =>
        Assert.Contains("'A\\n9'", ErrorFor("\"A\n9\",Someone,phone,ft,15,production,", "agent_id").ToString(), StringComparison.Ordinal);

    [Fact]
    public void An_agent_id_with_the_attendee_separator_is_refused() => ErrorFor("A|9,Someone,phone,ft,15,production,", "agent_id");

    [Fact]
    public void A_contract_id_with_a_tab_is_refused() => ErrorFor("A9,Someone,phone,\"f\tt\",15,production,", "contract");

    [Fact]
    public void An_agent_with_no_skills_is_refused() => ErrorFor("A9,Someone,,ft,15,production,", "skills");

    [Fact]
    public void A_skill_on_a_channel_the_site_does_not_have_is_refused() =>
        Assert.Contains("unknown channel 'fax'", ErrorFor("A9,Someone,phone|fax:0.5,ft,15,production,", "skills").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("0")]
    [InlineData("1.2")]
    [InlineData("-0.5")]
    [InlineData("good")]
    public void A_proficiency_outside_zero_to_one_is_refused(string proficiency) =>
        ErrorFor($"A9,Someone,phone:{proficiency},ft,15,production,", "skills");

    [Fact]
    public void An_unknown_contract_is_refused() => ErrorFor("A9,Someone,phone,night,15,production,", "contract");

    [Fact]
    public void A_negative_wage_is_refused() => ErrorFor("A9,Someone,phone,ft,-15,production,", "hourly_wage");

    [Fact]
    public void An_unknown_status_is_refused() => ErrorFor("A9,Someone,phone,ft,15,retired,", "status");

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1.5")]
    public void A_nesting_agent_needs_a_productivity_in_zero_to_one(string productivity) =>
        ErrorFor($"A9,Someone,phone,ft,15,nesting,{productivity}", "productivity");
}
