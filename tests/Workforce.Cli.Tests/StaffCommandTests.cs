using System.Text.RegularExpressions;

namespace Workforce.Cli.Tests;

public class StaffCommandTests
{
    private static string[] StaffRows(SampleCopy sample)
    {
        var outFile = Path.Combine(sample.Directory, "requirements.csv");
        var outcome = CliRunner.Run("staff", "--scenario", sample.Directory, "--out", outFile);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        return File.ReadAllLines(outFile);
    }

    private static int Column(string[] rows, string name) => Array.IndexOf(rows[0].Split(','), name);

    [Fact]
    public void Changing_planned_shrinkage_leaves_staffing_unchanged()
    {
        using var sample = new SampleCopy();
        var before = StaffRows(sample);
        sample.EditSite(json => Regex.Replace(json, "\"breaks\": [0-9.]+", "\"breaks\": 0.2"));
        var after = StaffRows(sample);

        Assert.Equal(before, after);
    }

    [Fact]
    public void Lengthening_breaks_leaves_staffing_unchanged()
    {
        using var sample = new SampleCopy();
        var before = StaffRows(sample);
        var contracts = Path.Combine(sample.Directory, "contracts.json");
        File.WriteAllText(contracts, Regex.Replace(File.ReadAllText(contracts), "\"minutes\": 15", "\"minutes\": 30"));
        var after = StaffRows(sample);

        Assert.Equal(before, after);
    }

    [Fact]
    public void Unplanned_shrinkage_scales_scheduled_agents_only()
    {
        using var sample = new SampleCopy();
        sample.EditSite(json => Regex.Replace(Regex.Replace(Regex.Replace(Regex.Replace(json,
            "\"absence\": [0-9.]+", "\"absence\": 0"), "\"sickness\": [0-9.]+", "\"sickness\": 0"),
            "\"lateLogin\": [0-9.]+", "\"lateLogin\": 0"), "\"systemDowntime\": [0-9.]+", "\"systemDowntime\": 0"));
        var without = StaffRows(sample);
        sample.EditSite(json => json.Replace("\"absence\": 0", "\"absence\": 0.2", StringComparison.Ordinal));
        var with = StaffRows(sample);

        var required = Column(without, "required_net");
        var scheduled = Column(without, "required_gross");
        for (var i = 1; i < without.Length; i++)
        {
            var a = without[i].Split(',');
            var b = with[i].Split(',');
            Assert.Equal(a[required], b[required]);
            Assert.Equal(a[required], a[scheduled]);
            Assert.Equal((int)Math.Ceiling((int.Parse(a[required], System.Globalization.CultureInfo.InvariantCulture) / 0.8) - 1e-9), int.Parse(b[scheduled], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static TheoryData<string, Action<SampleCopy>, string> BadInputs => new()
    {
        { "missing forecast", s => File.Delete(s.ForecastPath), "forecast.csv: file not found" },
        { "malformed row", s => s.ReplaceForecastLine(5, "2026-03-08T01:00,phone"), "forecast.csv:5: expected 4 fields" },
        { "negative volume", s => s.ReplaceForecastLine(6, Field(s.ForecastLine(6), 2, "-3")), "forecast.csv:6: volume:" },
        { "zero AHT", s => s.ReplaceForecastLine(7, Field(Field(s.ForecastLine(7), 2, "12"), 3, "0")), "forecast.csv:7: aht_seconds:" },
        { "NaN volume", s => s.ReplaceForecastLine(8, Field(s.ForecastLine(8), 2, "NaN")), "forecast.csv:8: volume: expected a finite number" },
        { "infinite AHT", s => s.ReplaceForecastLine(9, Field(Field(s.ForecastLine(9), 2, "4"), 3, "Infinity")), "forecast.csv:9: aht_seconds: expected a finite number" },
        { "unknown channel", s => s.ReplaceForecastLine(10, Field(s.ForecastLine(10), 1, "telex")), "forecast.csv:10: channel: unknown channel 'telex'" },
        { "duplicate interval", s => s.ReplaceForecastLine(11, s.ForecastLine(2)), "forecast.csv:11: interval_start: duplicate interval" },
        { "unknown time zone", s => s.EditSite(j => j.Replace("Asia/Jerusalem", "Asia/Atlantis", StringComparison.Ordinal)), "site.json:3: timeZone: unknown time zone" },
        { "impossible SL", s => s.EditSite(j => j.Replace("\"target\": 0.8", "\"target\": 1.5", StringComparison.Ordinal)), ": channels[0].serviceLevel.target: must lie strictly between 0 and 1" },
    };

    private static string Field(string line, int index, string value)
    {
        var fields = line.Split(',');
        fields[index] = value;
        return string.Join(',', fields);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_2_with_one_line_and_writes_nothing(string _, Action<SampleCopy> spoil, string expected)
    {
        using var sample = new SampleCopy();
        spoil(sample);
        var outFile = Path.Combine(sample.Directory, "out", "requirements.csv");

        var outcome = CliRunner.Run("staff", "--scenario", sample.Directory, "--out", outFile);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }
}
