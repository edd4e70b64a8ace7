using System.Diagnostics;
using System.Text;

namespace Workforce.Service.Tests;

/// <summary>A real <c>workforce-service</c> process, as cron or systemd would start it.</summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the service against <paramref name="connectionString"/> with every site due now, one solver
    /// thread, and the settings given (as <c>Planning__Name</c> environment variables).
    /// </summary>
    public static ServiceProcess Start(string connectionString, IReadOnlyDictionary<string, string>? settings = null, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "workforce-service.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["WORKFORCE_DB"] = connectionString;
        start.Environment["Planning__RunAt"] = "00:00";
        start.Environment["Planning__SolverThreads"] = "1";
        start.Environment["Planning__SolverTimeLimit"] = "00:00:20";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[$"Planning__{name}"] = value;
        }

        return new ServiceProcess(Process.Start(start)!);
    }

    public static async Task<(int ExitCode, string Output)> RunOnceAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null, params string[] extraArgs)
    {
        using var service = Start(connectionString, settings, ["--once", .. extraArgs]);
        var exitCode = await service.WaitAsync(TimeSpan.FromMinutes(4));
        return (exitCode, service.Output);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as systemd or Kubernetes stop a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>SIGKILL: the process gets no chance to clean up.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
