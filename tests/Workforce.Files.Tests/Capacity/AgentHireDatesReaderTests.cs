using NodaTime;
using Workforce.Files.Scenario.Capacity;

namespace Workforce.Files.Tests.Capacity;

public class AgentHireDatesReaderTests
{
    private static readonly LocalDate Start = new(2026, 3, 23);

    private static Core.Common.InputResult<IReadOnlyDictionary<string, LocalDate>> Read(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"agents-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        try
        {
            return AgentHireDatesReader.Read(path, Start);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_agents_file_without_the_column_is_still_valid_for_agents_in_production()
    {
        var result = Read("agent_id,name,skills,contract,hourly_wage,status,productivity\nA1,A,phone,ft,15,production,\n");

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Hire_dates_are_read_by_agent()
    {
        var result = Read("agent_id,name,skills,contract,hourly_wage,status,productivity,hire_date\nA1,A,phone,ft,15,production,,2024-01-07\nA2,B,phone,ft,15,production,,\n");

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(new LocalDate(2024, 1, 7), Assert.Single(result.Value).Value);
    }

    [Fact]
    public void An_agent_in_training_without_a_hire_date_is_refused_at_its_line()
    {
        var result = Read("agent_id,name,skills,contract,hourly_wage,status,productivity\nA1,A,phone,ft,15,production,\nA2,B,phone,ft,15,in_training,\n");

        Assert.False(result.Succeeded);
        Assert.Equal((3, "hire_date"), (result.Error!.Line, result.Error.Field));
    }

    [Fact]
    public void A_hire_date_after_the_first_week_is_refused()
    {
        var result = Read("agent_id,status,hire_date\nA1,production,2026-04-01\n");

        Assert.False(result.Succeeded);
        Assert.Equal((2, "hire_date"), (result.Error!.Line, result.Error.Field));
    }
}
