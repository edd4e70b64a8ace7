using System.Globalization;

namespace Workforce.Cli.Tests;

/// <summary>
/// Runs <c>workforce roster</c> once on a copy of data/sample (single thread, fixed seed, deterministic
/// time limit: the same roster every run) and reads its output files back, so
/// that each rule can be checked independently of the solver, from what a planner receives.
/// </summary>
public sealed class SampleRosterFixture : IDisposable
{
    private readonly SampleCopy _sample = new();

    public SampleRosterFixture()
    {
        OutDir = Path.Combine(_sample.Directory, "out");
        Outcome = CliRunner.Run("roster", "--scenario", _sample.Directory, "--out", OutDir, "--threads", "1", "--seed", "3", "--deterministic-time", "4", "--time-limit", "300s");
        if (Outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"roster failed ({Outcome.ExitCode}): {Outcome.StandardError}");
        }

        Shifts = [.. Rows("roster.csv").Select(r => new Shift(r["agent_id"], Time(r["shift_start"]), Time(r["shift_end"]), Number(r["paid_hours"])))];
        Activities = [.. Rows("activities.csv").Select(r => new Activity(r["agent_id"], r["activity"], Time(r["start"]), Time(r["end"])))];
        Coverage = [.. Rows("coverage.csv").Select(r => new CoverageLine(Time(r["interval_start"]), r["channel"], Number(r["scheduled"])))];
        Agents = Rows(Path.Combine(_sample.Directory, "agents.csv")).ToDictionary(
            r => r["agent_id"],
            r => new AgentLine(r["contract"], r["status"], [.. r["skills"].Split('|').Select(s => s.Split(':')[0])]));
        TimeOff = [.. Rows(Path.Combine(_sample.Directory, "time_off.csv")).Select(r => new Activity(r["agent_id"], "time_off", LocalTime(r["start"]), LocalTime(r["end"])))];
        CarryIn = Rows(Path.Combine(_sample.Directory, "carry_in.csv")).ToDictionary(
            r => r["agent_id"],
            r => (LastEnd: r["last_shift_end"].Length == 0 ? (DateTimeOffset?)null : LocalTime(r["last_shift_end"]), Days: int.Parse(r["consecutive_days_worked"], CultureInfo.InvariantCulture)));
        Contracts = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_sample.Directory, "contracts.json")))
            .RootElement.GetProperty("contracts").EnumerateArray()
            .ToDictionary(
                c => c.GetProperty("id").GetString()!,
                c => new ContractLine(
                    c.GetProperty("maxPaidHoursPerWeek").GetDouble(),
                    c.TryGetProperty("minRestHours", out var rest) ? rest.GetDouble() : 11,
                    c.GetProperty("maxConsecutiveWorkingDays").GetInt32()));
    }

    public CliRunner.Outcome Outcome { get; }

    public string OutDir { get; }

    public List<Shift> Shifts { get; }

    public List<Activity> Activities { get; }

    public List<CoverageLine> Coverage { get; }

    public Dictionary<string, AgentLine> Agents { get; }

    public List<Activity> TimeOff { get; }

    public Dictionary<string, (DateTimeOffset? LastEnd, int Days)> CarryIn { get; }

    public Dictionary<string, ContractLine> Contracts { get; }

    public sealed record Shift(string AgentId, DateTimeOffset Start, DateTimeOffset End, double PaidHours);

    public sealed record Activity(string AgentId, string Kind, DateTimeOffset Start, DateTimeOffset End);

    public sealed record CoverageLine(DateTimeOffset IntervalStart, string Channel, double Scheduled);

    public sealed record AgentLine(string Contract, string Status, IReadOnlyList<string> Skills);

    public sealed record ContractLine(double MaxPaidHours, double MinRestHours, int MaxConsecutiveDays);

    public void Dispose() => _sample.Dispose();

    private IEnumerable<Dictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(Path.IsPathRooted(file) ? file : Path.Combine(OutDir, file));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second));
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Scenario inputs are site-local without an offset; the sample site is at +02:00 that week.</summary>
    private static DateTimeOffset LocalTime(string text) => DateTimeOffset.Parse(text + "+02:00", CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
