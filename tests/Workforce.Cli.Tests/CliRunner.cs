using System.Diagnostics;

namespace Workforce.Cli.Tests;

/// <summary>Runs the real <c>workforce</c> executable in a child process, as a planner's shell would.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static Outcome Run(params string[] args) => RunWithEnvironment(new Dictionary<string, string?>(), args);

    /// <summary>Runs with these environment variables set (a null value removes the variable).</summary>
    public static Outcome RunWithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "workforce.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
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
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Outcome(process.ExitCode, output.Result, error.Result);
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
