using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Output;
using Workforce.Files.Scenario.Pricing;
using Workforce.Files.Tests.Output;

namespace Workforce.Files.Tests.Pricing;

public sealed class PricingFileReaderTests : IDisposable
{
    private const string Valid = """
        {
          "profit": { "margin": 0.2 },
          "employerOnCost": 0.1,
          "overtime": { "premium": 0.5, "thresholdHoursPerWeek": { "ft": 40 } },
          "seatCostPerMonth": 100,
          "overhead": 0.05,
          "channels": {
            "phone": { "talkSeconds": 200, "holdSeconds": 40, "afterCallWorkSeconds": 60 },
            "chat": { "billableShareOfAht": 0.9 }
          },
          "performance": {
            "perPoint": { "target": 0.8, "penaltyPerPoint": 0.02, "maxPenalty": 0.1, "bonusFrom": 0.85, "bonusPerPoint": 0.01, "maxBonus": 0.03 }
          }
        }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "workforce-pricing-tests", Guid.NewGuid().ToString("N"));

    private static readonly Contract Ft = new(
        "ft", NodaTime.Duration.FromHours(37.5), NodaTime.Duration.FromHours(40), 5, Contract.DefaultMinRest, 6, 2, 2, 4,
        [NodaTime.Duration.FromHours(8)], new NodaTime.LocalTime(8, 0), new NodaTime.LocalTime(10, 0), [], 0.25m, 0.5m);

    [Fact]
    public void A_valid_file_reads_with_its_defaults()
    {
        var terms = Read(Valid).Value;

        Assert.Equal(new Margin(0.2m), terms.Target);
        Assert.Equal(0.8m, terms.Rates.BillableShareOfAht["phone"]);
        Assert.Equal(0.9m, terms.Rates.BillableShareOfAht["chat"]);
        Assert.Equal(40m, terms.Rates.OvertimeThresholdHours["ft"]);
        Assert.Equal(PricePrecision.Default, terms.Precision);
        Assert.Equal(12, terms.ContractMonths);
        Assert.Equal(["phone", "chat"], terms.Performance.Channels);
        Assert.Equal(AttritionCost.None, terms.Rates.Attrition);
    }

    [Theory]
    [InlineData(0.70, 0.9)]
    [InlineData(0.795, 0.98)]
    [InlineData(0.80, 1.0)]
    [InlineData(0.86, 1.01)]
    [InlineData(0.95, 1.03)]
    public void A_per_point_schedule_moves_the_fee_per_point_up_to_its_caps(double serviceLevel, double factor) =>
        Assert.Equal((decimal)factor, Read(Valid).Value.Performance.FeeFactor(serviceLevel));

    [Theory]
    [InlineData("\"margin\": 0.2", "\"margin\": 1", "pricing.json:2: profit.margin: a margin is a share of the price and must be at least 0 and below 1, got 1")]
    [InlineData("\"margin\": 0.2", "\"markup\": -0.5", "pricing.json:2: profit.markup: a markup is a share of the cost and must not be negative, got -0.5")]
    [InlineData("\"employerOnCost\": 0.1", "\"employerOnCost\": -0.1", "pricing.json:3: employerOnCost: must not be negative, got -0.1")]
    [InlineData("\"thresholdHoursPerWeek\": { \"ft\": 40 }", "\"thresholdHoursPerWeek\": { \"pt\": 40 }", "pricing.json:4: overtime.thresholdHoursPerWeek.pt: unknown contract 'pt'")]
    [InlineData("\"chat\": { \"billableShareOfAht\": 0.9 }", "\"email\": { \"billableShareOfAht\": 0.9 }", "pricing.json:7: channels: no rate for channel 'chat'")]
    [InlineData("\"billableShareOfAht\": 0.9", "\"billableShareOfAht\": 1.5", "pricing.json:9: channels.chat.billableShareOfAht: a share of handle time must lie in [0, 1], got 1.5")]
    [InlineData("\"target\": 0.8,", "\"target\": 0.805,", "pricing.json:12: performance.perPoint.target: expected a service level in [0, 1] on whole points")]
    [InlineData("\"perPoint\"", "\"points\"", "pricing.json:11: performance: give exactly one of bands")]
    public void Bad_values_name_the_line_and_field(string find, string replace, string message)
    {
        var result = Read(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_performance_contract_on_a_deferred_channel_is_refused()
    {
        var json = Valid
            .Replace("\"perPoint\"", "\"channels\": [\"email\"], \"perPoint\"", StringComparison.Ordinal)
            .Replace("\"chat\": {", "\"email\": { \"billableShareOfAht\": 1 }, \"chat\": {", StringComparison.Ordinal);

        var result = Read(json, priced: ["phone", "chat", "email"]);

        Assert.Contains("performance.channels[0]: channel 'email' is deferred", result.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_roster_folder_reads_back_what_the_roster_wrote()
    {
        var report = HandMadeRoster.Build();
        RosterOutputWriter.Write(_directory, report);
        var agents = report.Data.Agents.Select(a => a.Agent).ToList();

        var files = RosterOutputReader.Read(_directory, HandMadeRoster.Site, agents).Value;

        Assert.Equal(report.Roster.Select(r => (r.AgentId, r.Date, r.ShiftStart.ToInstant(), r.ShiftEnd.ToInstant(), r.PaidHours)), files.Roster.Select(r => (r.AgentId, r.Date, r.ShiftStart.ToInstant(), r.ShiftEnd.ToInstant(), r.PaidHours)));
        Assert.Equal(report.Coverage.Select(c => (c.IntervalStart.ToInstant(), c.ChannelId, Math.Round(c.Scheduled, 2))), files.Coverage.Select(c => (c.IntervalStart.ToInstant(), c.ChannelId, c.Scheduled)));
    }

    [Fact]
    public void A_coverage_row_for_an_unknown_channel_names_its_line()
    {
        var report = HandMadeRoster.Build();
        RosterOutputWriter.Write(_directory, report);
        File.AppendAllText(Path.Combine(_directory, "coverage.csv"), "2026-03-02T09:00:00+00,fax,1,1,0,1,0\n");

        var result = RosterOutputReader.Read(_directory, HandMadeRoster.Site, [.. report.Data.Agents.Select(a => a.Agent)]);

        var lines = File.ReadAllLines(Path.Combine(_directory, "coverage.csv")).Length;
        Assert.Contains($"coverage.csv:{lines}: channel: unknown channel 'fax'", result.Error!.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private Core.Common.InputResult<PricingTerms> Read(string json, IReadOnlyCollection<string>? priced = null)
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, PricingFileReader.FileName);
        File.WriteAllText(path, json);
        var site = HandMadeRoster.Site with
        {
            Channels = [.. HandMadeRoster.Site.Channels, new Channel("email", "Email", new DeferredModel(TimeSpan.FromHours(4), 0.9, 0.9))],
        };
        return PricingFileReader.Read(path, site, [Ft], priced ?? ["phone", "chat"]);
    }
}
