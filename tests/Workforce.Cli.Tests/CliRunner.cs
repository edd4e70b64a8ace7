using System.Diagnostics;

namespace Workforce.Cli.Tests;

/// <summary>Runs the real <c>workforce</c> executable in a child process, as a planner's shell would.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static Outcome Run(params string[] args) => RunWithEnvironment(new Dictionary<string, string?>(), args);

    /// <summary>Runs with <paramref name="standardInput"/> piped to the process, as <c>printf ... | workforce ...</c> would.</summary>
    public static Outcome RunWithInput(string standardInput, params string[] args) => Run(new Dictionary<string, string?>(), standardInput, args);

    /// <summary>Runs with these environment variables set (a null value removes the variable).</summary>
    public static Outcome RunWithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] args) => Run(environment, null, args);

    private static Outcome Run(IReadOnlyDictionary<string, string?> environment, string? standardInput, string[] args)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "workforce.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(standardInput ?? string.Empty);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Outcome(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// Starts <c>workforce</c> without waiting: each line of stderr is kept with the time it arrived
    /// (from the start), so a test can read the pace of progress lines, or signal the process.
    /// </summary>
    /// <remarks>
    /// A test host, like a background job of a shell, may hand its children SIGINT ignored, and a
    /// process keeps an inherited "ignore" (as .NET does for SIGINT). A planner's Ctrl+C goes to a
    /// foreground job that never has it ignored, so the child starts as that job would: through
    /// coreutils' <c>env --default-signal=INT</c>, which restores the default and execs in place (same PID).
    /// </remarks>
    public static Running Start(params string[] args)
    {
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "workforce.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new Running(Process.Start(start)!);
    }

    /// <summary>A running <c>workforce</c> process.</summary>
    public sealed class Running : IDisposable
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<(TimeSpan At, string Line)> _errorLines = [];
        private readonly Task<string> _output;

        public Running(Process process)
        {
            Process = process;
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_errorLines)
                    {
                        _errorLines.Add((_clock.Elapsed, e.Data));
                    }
                }
            };
            process.BeginErrorReadLine();
            _output = process.StandardOutput.ReadToEndAsync();
        }

        public Process Process { get; }

        /// <summary>Time since the process was started.</summary>
        public TimeSpan Elapsed => _clock.Elapsed;

        public IReadOnlyList<(TimeSpan At, string Line)> ErrorLines
        {
            get
            {
                lock (_errorLines)
                {
                    return [.. _errorLines];
                }
            }
        }

        /// <summary>Sends a POSIX signal (INT or TERM), as a shell's Ctrl+C or a service manager would.</summary>
        public void Signal(string name)
        {
            using var kill = Process.Start("kill", ["-" + name, Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            kill.WaitForExit();
        }

        /// <summary>Waits for the process to end (at most <paramref name="timeout"/>); its exit code, standard output, and when it ended.</summary>
        public (int ExitCode, string StandardOutput, TimeSpan EndedAt) WaitForExit(TimeSpan timeout)
        {
            if (!Process.WaitForExit(timeout))
            {
                Process.Kill(entireProcessTree: true);
                throw new TimeoutException($"workforce still running after {timeout}");
            }

            var ended = _clock.Elapsed;
            Process.WaitForExit();
            return (Process.ExitCode, _output.Result, ended);
        }

        public void Dispose() => Process.Dispose();
    }

    /// <summary>The repository root, found from the test binaries so tests can read data/sample.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workforce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Workforce.sln not found above the test binaries.");
    }
}
