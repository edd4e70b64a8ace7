using Workforce.Files.Scenario.Capacity;

namespace Workforce.Files.Tests.Capacity;

public class RosterSummaryReaderTests
{
    private static Core.Common.InputResult<double> Read(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"summary-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            return RosterSummaryReader.ReadEfficiency(path, 0.165);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_scheduling_efficiency_is_covered_hours_over_on_phone_paid_hours()
    {
        var result = Read("""{ "status": "Feasible", "requiredGrossAgentHours": 3642, "underCoverageAgentHours": 200, "paidHours": 4556 }""");

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(3442 / (4556 * 0.835), result.Value, 12);
    }

    [Fact]
    public void A_summary_without_paid_hours_is_refused_by_field()
    {
        var result = Read("""{ "requiredGrossAgentHours": 3642, "underCoverageAgentHours": 200 }""");

        Assert.False(result.Succeeded);
        Assert.Equal("paidHours", result.Error!.Field);
    }
}
