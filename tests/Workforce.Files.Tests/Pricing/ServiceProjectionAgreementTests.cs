using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;
using Workforce.Files.Tests.Output;

namespace Workforce.Files.Tests.Pricing;

/// <summary>The performance fee is simulated on the service the roster reports, not on a second opinion.</summary>
public class ServiceProjectionAgreementTests
{
    [Fact]
    public void At_the_forecast_volume_the_fee_simulation_sees_the_rosters_projected_service()
    {
        var site = HandMadeRoster.Site;
        var forecast = new List<ForecastInterval>();
        for (var hour = 9; hour < 17; hour++)
        {
            forecast.Add(new ForecastInterval(HandMadeRoster.At(0, hour), HandMadeRoster.Phone, 20 + hour, 240));
            forecast.Add(new ForecastInterval(HandMadeRoster.At(0, hour), HandMadeRoster.Chat, 10, 300));
        }

        var contract = new Contract(
            "day", Duration.Zero, Duration.FromHours(40), 5, Duration.FromHours(11), 5, 0, 1, 1,
            [Duration.FromHours(8)], new LocalTime(9, 0), new LocalTime(9, 0), [], 0m, 0m);
        var agents = Enumerable.Range(0, 4)
            .Select(i => new Agent($"A{i}", $"A{i}", [new AgentSkill(HandMadeRoster.Phone, 1), new AgentSkill(HandMadeRoster.Chat, 1)], "day", 12m, AgentStatus.Production, 1))
            .ToList();
        var data = RosterModelBuilder.Build(site, StaffingPlanner.Staff(site, forecast), forecast, new RosterInputs(agents, [contract], [], []), RosterWeights.Default);
        var phone = new int[data.Horizon.WeekIntervals];
        var chat = new int[data.Horizon.WeekIntervals];
        for (var hour = 9; hour < 17; hour++)
        {
            phone[hour] = hour % 2 == 0 ? 3 : 2; // A whole and a thin hour in turn.
            chat[hour] = 4 - phone[hour];
        }

        var group = data.Groups.Single().Index;
        var solution = new RosterSolution(
            RosterStatus.Feasible,
            0,
            0,
            0,
            [.. Enumerable.Range(0, 4).Select(a => new ScheduledShift(a, data.Agents[a].Candidates.First(c => c.Day == 0), []))],
            new Dictionary<(int Group, int Demand), int[]> { [(group, 0)] = phone, [(group, 1)] = chat });
        var report = RosterReportBuilder.Build(data, solution, []);
        var roster = new PricingRoster(site, agents, [contract], forecast, report.Roster, report.Coverage);

        var week = ServiceWeeks.From(roster, [HandMadeRoster.Phone, HandMadeRoster.Chat]);

        foreach (var (channel, index) in new[] { (HandMadeRoster.Phone, 0), (HandMadeRoster.Chat, 1) })
        {
            var fromCoverage = report.Coverage
                .Where(r => r.ChannelId == channel)
                .Sum(r => forecast.Where(f => f.ChannelId == channel && f.Start.ToInstant() == r.IntervalStart.ToInstant()).Sum(f => f.Volume) * r.ProjectedServiceLevel);
            Assert.True(fromCoverage > 0);
            Assert.Equal(fromCoverage, week.ServedWithinTarget(index, 0, 1), 9);
        }
    }
}
