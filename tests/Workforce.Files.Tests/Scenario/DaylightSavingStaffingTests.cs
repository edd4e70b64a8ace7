using NodaTime;
using Workforce.Core.Staffing;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Scenario;

public class DaylightSavingStaffingTests
{
    [Fact]
    public void Clock_change_days_are_staffed_with_92_and_100_quarter_hours()
    {
        var springForward = new LocalDate(2026, 3, 29);
        var fallBack = new LocalDate(2026, 10, 25);
        var ordinary = new LocalDate(2026, 3, 30);
        using var scenario = new TestScenario(forecastCsv: TestScenario.QuarterHourForecast("phone", springForward, ordinary, fallBack));
        var loaded = ScenarioFolder.Load(scenario.Directory);
        Assert.True(loaded.Succeeded, loaded.Error?.ToString());

        var requirements = StaffingPlanner.Staff(loaded.Value.Site, loaded.Value.Forecast);
        var perDay = requirements.GroupBy(r => r.Start.Date).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(92, perDay[springForward]);
        Assert.Equal(96, perDay[ordinary]);
        Assert.Equal(100, perDay[fallBack]);
    }
}
