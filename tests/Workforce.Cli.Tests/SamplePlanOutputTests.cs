using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Workforce.Cli.Tests;

/// <summary>
/// Runs <c>workforce plan</c> once on a copy of data/sample for the tests that read every output file: one
/// thread and a short deterministic limit, so a loaded machine slows it down but does not change the roster.
/// </summary>
public sealed class SamplePlanFixture : IDisposable
{
    private readonly SampleCopy _sample = new();

    public SamplePlanFixture()
    {
        OutDir = Path.Combine(_sample.Directory, "out");
        var outcome = CliRunner.Run("plan", "--scenario", _sample.Directory, "--out", OutDir, "--threads", "1", "--seed", "3", "--deterministic-time", "2", "--time-limit", "300s");
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"plan failed ({outcome.ExitCode}): {outcome.StandardError}");
        }
    }

    public string OutDir { get; }

    public string Read(string file) => File.ReadAllText(Path.Combine(OutDir, file));

    public void Dispose() => _sample.Dispose();
}

/// <summary>
/// One vocabulary: required net, required gross, scheduled and under-coverage agent-hours are the same
/// numbers per channel in summary.md, summary.json, report.html and coverage.csv; and no output holds a
/// non-finite number.
/// </summary>
public sealed partial class SamplePlanOutputTests(SamplePlanFixture plan) : IClassFixture<SamplePlanFixture>
{
    /// <summary>summary.md and report.html show agent-hours to one decimal.</summary>
    private const double Shown = 0.05 + 1e-9;

    [Fact]
    public void Every_file_and_page_gives_the_same_agent_hours_per_channel()
    {
        var json = FromSummaryJson();
        var coverage = FromCoverageCsv();
        var markdown = FromSummaryMarkdown();
        var staffing = StaffingTotalsFromSummaryMarkdown();
        var html = FromReportHtml();

        Assert.Equal(6, json.Count);
        foreach (var (channel, figures) in json)
        {
            // coverage.csv has no net column: it holds what the roster covers.
            Assert.Equal(figures.Gross, coverage[channel].Gross, 6);
            Assert.Equal(figures.Scheduled, coverage[channel].Scheduled, 6);
            // coverage.csv gives a deferred channel's late work to 4 decimals: 672 rows round off less than 0.01 agent-hours.
            Assert.True(Math.Abs(figures.Under - coverage[channel].Under) < 0.01, $"coverage.csv {channel} under-coverage {coverage[channel].Under} vs {figures.Under}");
            foreach (var (shown, where) in new[] { (markdown[channel], "summary.md"), (html[channel], "report.html") })
            {
                Assert.True(Math.Abs(shown.Net - figures.Net) <= Shown, $"{where} {channel} required net {shown.Net} vs {figures.Net}");
                Assert.True(Math.Abs(shown.Gross - figures.Gross) <= Shown, $"{where} {channel} required gross {shown.Gross} vs {figures.Gross}");
                Assert.True(Math.Abs(shown.Scheduled - figures.Scheduled) <= Shown, $"{where} {channel} scheduled {shown.Scheduled} vs {figures.Scheduled}");
                Assert.True(Math.Abs(shown.Under - figures.Under) <= Shown, $"{where} {channel} under-coverage {shown.Under} vs {figures.Under}");
            }

            Assert.True(Math.Abs(staffing[channel].Net - figures.Net) <= Shown, $"summary.md staffing table {channel} required net");
            Assert.True(Math.Abs(staffing[channel].Gross - figures.Gross) <= Shown, $"summary.md staffing table {channel} required gross");
            Assert.Equal(markdown[channel], html[channel]);
        }

        using var summary = JsonDocument.Parse(plan.Read("summary.json"));
        Assert.Equal(json.Values.Sum(f => f.Gross), summary.RootElement.GetProperty("requiredGrossAgentHours").GetDouble(), 6);
        Assert.Equal(json.Values.Sum(f => f.Net), summary.RootElement.GetProperty("requiredNetAgentHours").GetDouble(), 6);
        Assert.Equal(json.Values.Sum(f => f.Under), summary.RootElement.GetProperty("underCoverageAgentHours").GetDouble(), 6);
    }

    [Fact]
    public void The_report_says_the_objective_is_in_cents_of_the_site_currency()
    {
        using var summary = JsonDocument.Parse(plan.Read("summary.json"));
        var cents = summary.RootElement.GetProperty("objective").GetDouble();

        Assert.Contains($"{cents.ToString("N0", CultureInfo.InvariantCulture)} cents of EUR", plan.Read("report.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_output_file_holds_inf_or_NaN()
    {
        var files = Directory.GetFiles(plan.OutDir);

        Assert.Contains(files, f => f.EndsWith("coverage.csv", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("summary.json", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var match = NonFinite().Match(File.ReadAllText(file));
            Assert.False(match.Success, $"{Path.GetFileName(file)} holds '{match.Value}'");
        }
    }

    private Dictionary<string, Hours> FromSummaryJson()
    {
        using var summary = JsonDocument.Parse(plan.Read("summary.json"));
        return summary.RootElement.GetProperty("channels").EnumerateArray().ToDictionary(
            c => c.GetProperty("channel").GetString()!,
            c => new Hours(
                c.GetProperty("requiredNetAgentHours").GetDouble(),
                c.GetProperty("requiredGrossAgentHours").GetDouble(),
                c.GetProperty("scheduledAgentHours").GetDouble(),
                c.GetProperty("underCoverageAgentHours").GetDouble()));
    }

    /// <summary>Per channel, the sums of coverage.csv's columns × the interval's hours (net is not in the file: NaN).</summary>
    private Dictionary<string, Hours> FromCoverageCsv()
    {
        var lines = plan.Read("coverage.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
        var starts = rows.Select(r => DateTimeOffset.Parse(r["interval_start"], CultureInfo.InvariantCulture)).Distinct().Order().Take(2).ToList();
        var hours = (starts[1] - starts[0]).TotalHours;
        return rows.GroupBy(r => r["channel"]).ToDictionary(
            g => g.Key,
            g => new Hours(double.NaN, g.Sum(r => Number(r["required_gross"])) * hours, g.Sum(r => Number(r["scheduled"])) * hours, g.Sum(r => Number(r["shortfall"])) * hours));
    }

    /// <summary>The roster section of summary.md: "| Name (id) | net | gross | scheduled | under-coverage | level |".</summary>
    private Dictionary<string, Hours> FromSummaryMarkdown()
    {
        var roster = plan.Read("summary.md").Split("## Roster")[1];
        return MarkdownRow().Matches(roster).ToDictionary(
            m => m.Groups["id"].Value,
            m => new Hours(Number(m.Groups["net"].Value), Number(m.Groups["gross"].Value), Number(m.Groups["scheduled"].Value), Number(m.Groups["under"].Value)));
    }

    /// <summary>The staffing tables of summary.md: under each "## Name (id, …)", the Total row's net and gross.</summary>
    private Dictionary<string, Hours> StaffingTotalsFromSummaryMarkdown()
    {
        var staffing = plan.Read("summary.md").Split("## Roster")[0];
        return StaffingTotal().Matches(staffing).ToDictionary(
            m => m.Groups["id"].Value,
            m => new Hours(Number(m.Groups["net"].Value), Number(m.Groups["gross"].Value), double.NaN, double.NaN));
    }

    /// <summary>The Channels table of report.html: "&lt;td&gt;Name (id, kind)&lt;/td&gt;" then the four agent-hour cells.</summary>
    private Dictionary<string, Hours> FromReportHtml()
    {
        var channels = plan.Read("report.html").Split("<h2 id=\"channels\">")[1].Split("</table>")[0];
        return HtmlRow().Matches(channels).ToDictionary(
            m => m.Groups["id"].Value,
            m => new Hours(Number(m.Groups["net"].Value), Number(m.Groups["gross"].Value), Number(m.Groups["scheduled"].Value), Number(m.Groups["under"].Value)));
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\| [^|]*\((?<id>[^(),]+)\) \| (?<net>[\d,.]+) \| (?<gross>[\d,.]+) \| (?<scheduled>[\d,.]+) \| (?<under>[\d,.]+) \|", RegexOptions.Multiline)]
    private static partial Regex MarkdownRow();

    [GeneratedRegex(@"^## [^\n]*\((?<id>[^(),]+), [^\n]*\n(?:(?!## )[^\n]*\n)*?\| \*\*Total\*\* \| \d+ \| \d+ \| (?<net>[\d,.]+) \| (?<gross>[\d,.]+) \|", RegexOptions.Multiline)]
    private static partial Regex StaffingTotal();

    [GeneratedRegex(@"<tr><td>[^<]*\((?<id>[^(),]+), [^<]*\)</td><td class=""n"">(?<net>[\d,.]+)</td><td class=""n"">(?<gross>[\d,.]+)</td><td class=""n"">(?<scheduled>[\d,.]+)</td><td class=""n"">(?<under>[\d,.]+)</td>")]
    private static partial Regex HtmlRow();

    [GeneratedRegex(@"\b(inf|infinity|nan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonFinite();

    private sealed record Hours(double Net, double Gross, double Scheduled, double Under);
}
