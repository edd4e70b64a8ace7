using System.Diagnostics;

namespace Workforce.Cli;

/// <summary>
/// The one deadline of a command that rosters: <c>--time-limit</c> counted from the start of the
/// process, so reading the files, staffing, the model, the search and writing the results all come out
/// of it. Writing is reserved its share before the search is given what is left.
/// </summary>
internal sealed class RunDeadline(TimeSpan limit)
{
    private static readonly DateTime ProcessStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>Where commands run in process (a test host), the start to count from instead of the process's.</summary>
    private static readonly AsyncLocal<DateTime?> HostedStart = new();

    public TimeSpan Limit { get; } = limit;

    /// <summary>Time since the process started (or since <see cref="CountFromNow"/>).</summary>
    public static TimeSpan Elapsed => DateTime.UtcNow - (HostedStart.Value ?? ProcessStarted);

    /// <summary>
    /// For a host that runs commands in its own process: deadlines on this flow count from now, as if
    /// the process had just started.
    /// </summary>
    internal static void CountFromNow() => HostedStart.Value = DateTime.UtcNow;

    /// <summary>What is left for the search once <paramref name="writing"/> is set aside.</summary>
    public TimeSpan LeftFor(TimeSpan writing) => Limit - Elapsed - writing;

    /// <summary>
    /// Time to set aside for writing the roster's files and report: measured about 0.2 s for the
    /// 128-agent sample and 1.5 s for 2,025 agents, with a margin.
    /// </summary>
    public static TimeSpan WritingReserve(int agents) => TimeSpan.FromSeconds(0.4 + (agents * 0.0008));
}
