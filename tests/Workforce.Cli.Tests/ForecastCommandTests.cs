using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Workforce.Cli.Tests;

public sealed class ForecastCommandTests : IDisposable
{
    private static readonly string BankHistory = Path.Combine(CliRunner.RepositoryRoot(), "data", "anonymous-bank-week4", "history.csv");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));

    public ForecastCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteHistory(string text)
    {
        var path = Path.Combine(_directory, "history.csv");
        File.WriteAllText(path, "interval_start,channel,volume,aht_seconds\n" + text);
        return path;
    }

    /// <summary>Hourly rows for two channels in London over <paramref name="days"/> days from 15 March 2026, across the spring clock change.</summary>
    private string LondonHistory(int days)
    {
        var text = new StringBuilder();
        var first = new DateTime(2026, 3, 15, 0, 0, 0, DateTimeKind.Unspecified);
        for (var hour = 0; hour < days * 24; hour++)
        {
            var local = first.AddHours(hour);
            if (local.Date == new DateTime(2026, 3, 29) && local.Hour == 1)
            {
                continue; // 01:00 does not exist on the day the clocks go forward
            }

            var volume = local.Hour is >= 8 and < 20 ? 20 + local.Hour + (int)local.DayOfWeek : 0;
            text.Append(CultureInfo.InvariantCulture, $"{local:yyyy-MM-ddTHH:mm},phone,{volume},{(volume > 0 ? "240" : string.Empty)}\n");
            text.Append(CultureInfo.InvariantCulture, $"{local:yyyy-MM-ddTHH:mm},email,{volume / 4},{(volume > 0 ? "400" : string.Empty)}\n");
        }

        return WriteHistory(text.ToString());
    }

    [Fact]
    public void Forecast_writes_volume_AHT_and_quantiles_for_every_half_hour_of_the_week()
    {
        var outPath = Path.Combine(_directory, "forecast.csv");

        var outcome = CliRunner.Run("forecast", "--history", BankHistory, "--time-zone", "Asia/Jerusalem", "--from", "1999-02-22", "--days", "7", "--out", outPath);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("interval_start,channel,volume,aht_seconds,volume_p10,volume_p80,volume_p90", lines[0]);
        Assert.Equal(336, lines.Length - 1);
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')))
        {
            var (p50, p10, p80, p90) = (Number(fields[2]), Number(fields[4]), Number(fields[5]), Number(fields[6]));
            Assert.True(p10 <= p50 && p50 <= p80 && p80 <= p90, string.Join(',', fields));
        }

        Assert.Contains("phone: ", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_on_fourteen_days_of_the_bank_writes_a_forecast_and_names_the_methods_it_left_out()
    {
        // --from 1999-02-15 leaves 1–14 February: enough for seasonal naïve, too little to backtest the weekly models.
        var outPath = Path.Combine(_directory, "forecast.csv");

        var outcome = CliRunner.Run("forecast", "--history", BankHistory, "--time-zone", "Asia/Jerusalem", "--from", "1999-02-15", "--method", "auto", "--out", outPath);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal(7 * 48, File.ReadAllLines(outPath).Length - 1);
        Assert.StartsWith("phone: seasonal-naive", outcome.StandardOutput, StringComparison.Ordinal);
        var leftOut = outcome.StandardError.Split('\n').Single(l => l.Contains("left out", StringComparison.Ordinal));
        foreach (var method in new[] { "seasonal-profile", "holt-winters-taylor", "poisson-regression" })
        {
            Assert.Contains(method, leftOut, StringComparison.Ordinal);
            Assert.Contains(method, outcome.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Backtest_prints_WAPE_MASE_and_coverage_per_channel_and_method_for_any_history()
    {
        var outcome = CliRunner.Run("forecast", "--history", LondonHistory(21), "--time-zone", "Europe/London", "--backtest", "--json");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        foreach (var channel in json.RootElement.EnumerateArray())
        {
            Assert.Equal(4, channel.GetProperty("methods").GetArrayLength());
            Assert.All(channel.GetProperty("methods").EnumerateArray(), m => Assert.True(m.GetProperty("wape").GetDouble() >= 0));
        }
    }

    [Fact]
    public void Backtest_as_text_names_every_method()
    {
        var outcome = CliRunner.Run("forecast", "--history", BankHistory, "--time-zone", "Asia/Jerusalem", "--backtest");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        foreach (var method in new[] { "seasonal-naive", "seasonal-profile", "holt-winters-taylor", "poisson-regression" })
        {
            Assert.Contains(method, outcome.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_history_across_the_clock_change_forecasts_23_hours_on_the_next_change_day()
    {
        // History 15 Mar – 30 Sep 2026 (clocks forward on 29 Mar), so the forecast starts within 35 days of its
        // last day; forecast the autumn change day, 25 Oct, which has 25 hours.
        var outPath = Path.Combine(_directory, "forecast.csv");

        var outcome = CliRunner.Run("forecast", "--history", LondonHistory(200), "--time-zone", "Europe/London", "--from", "2026-10-25", "--days", "1", "--out", outPath);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var phone = File.ReadAllLines(outPath).Skip(1).Where(l => l.Split(',')[1] == "phone").ToList();
        Assert.Equal(25, phone.Count);
        Assert.Contains(phone, l => l.StartsWith("2026-10-25T01:00:00+01", StringComparison.Ordinal));
        Assert.Contains(phone, l => l.StartsWith("2026-10-25T01:00:00+00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-03-15T08:00,phone,-3,240\n", "history.csv:2: volume: must not be negative")]
    [InlineData("2026-03-15T08:00,phone,3,240\n2026-03-15T08:00,phone,4,240\n", "history.csv:3: interval_start: duplicate interval")]
    [InlineData("2026-03-15T08:00,phone,3,240\n", "channel 'phone' has 1 days of history")]
    public void Bad_history_exits_2_with_one_line_naming_the_file(string rows, string expected)
    {
        var outPath = Path.Combine(_directory, "forecast.csv");

        var outcome = CliRunner.Run("forecast", "--history", WriteHistory(rows), "--from", "2026-03-16", "--out", outPath);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, outcome.StandardError, StringComparison.Ordinal);
        Assert.Single(outcome.StandardError.Trim().Split('\n'));
        Assert.False(File.Exists(outPath));
    }

    [Theory]
    [InlineData("--time-zone", "Mars/Olympus", "unknown time zone")]
    [InlineData("--method", "crystal-ball", "crystal-ball")]
    [InlineData("--days", "0", "--days")]
    public void Bad_options_exit_2(string option, string value, string expected)
    {
        var outcome = CliRunner.Run("forecast", "--history", BankHistory, "--from", "1999-02-22", "--out", Path.Combine(_directory, "f.csv"), option, value);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Staffing_at_P80_needs_a_forecast_with_quantiles()
    {
        using var sample = new SampleCopy();

        var outcome = CliRunner.Run("staff", "--scenario", sample.Directory, "--out", Path.Combine(_directory, "r.csv"), "--staff-at", "p80");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("volume_p80", outcome.StandardError, StringComparison.Ordinal);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
