using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Workforce.Cli.Tests;

/// <summary><c>workforce serve</c> and <c>workforce users</c> as an operator runs them, on a real Kestrel.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"wf-serve-{Guid.NewGuid():N}");

    public ServeCommandTests() => Directory.CreateDirectory(_root);

    [Fact]
    public async Task The_embedded_server_prints_a_login_link_that_signs_in_once_on_loopback()
    {
        var scenario = SmallScenario();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "workforce.dll"), "serve", "--scenario", scenario, "--port", $"{port}", "--time-limit", "3s" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            _ = process.StandardError.ReadToEndAsync();
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var second = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal($"Serving Tel Aviv multichannel hub (small) at http://127.0.0.1:{port}/", first);
            var link = second!.Split(": ", 2)[1];
            Assert.StartsWith($"http://127.0.0.1:{port}/login?token=", link, StringComparison.Ordinal);

            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
            using var client = new HttpClient(handler);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"http://127.0.0.1:{port}/api/sites")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(link)).StatusCode);
            var sites = JsonDocument.Parse(await client.GetStringAsync($"http://127.0.0.1:{port}/api/sites")).RootElement;
            Assert.Equal("small", sites[0].GetProperty("id").GetString());

            using var other = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync(link)).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void A_bad_scenario_stops_serve_before_it_listens()
    {
        var scenario = SmallScenario();
        File.WriteAllText(Path.Combine(scenario, "site.json"), "{");
        var run = CliRunner.Run("serve", "--scenario", scenario, "--port", $"{FreePort()}");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("site.json", run.StandardError, StringComparison.Ordinal);
        Assert.Single(run.StandardError.TrimEnd().Split('\n'));
        Assert.Equal("", run.StandardOutput);
    }

    [Fact]
    public void Users_are_written_with_a_password_hash_and_a_token_hash_only()
    {
        var file = Path.Combine(_root, "users.json");

        var added = CliRunner.RunWithInput("a long passphrase\n", "users", "add", "--file", file, "--name", "dana", "--role", "planner", "--site", "small");
        Assert.Equal(0, added.ExitCode);
        var token = CliRunner.Run("users", "token", "--file", file, "--name", "dana");
        Assert.Equal(0, token.ExitCode);
        var text = File.ReadAllText(file);
        Assert.DoesNotContain("a long passphrase", text, StringComparison.Ordinal);
        Assert.DoesNotContain(token.StandardOutput.Trim(), text, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var empty = CliRunner.RunWithInput("\n", "users", "add", "--file", file, "--name", "sam", "--role", "viewer", "--site", "small");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("password", empty.StandardError, StringComparison.Ordinal);
    }

    /// <summary>site.json, forecast.csv and contracts.json of the sample with its first 8 agents, in a folder named "small".</summary>
    private string SmallScenario()
    {
        var scenario = Path.Combine(_root, "small");
        Directory.CreateDirectory(scenario);
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "data", "sample");
        foreach (var file in new[] { "site.json", "forecast.csv", "contracts.json" })
        {
            File.Copy(Path.Combine(sample, file), Path.Combine(scenario, file), overwrite: true);
        }

        File.WriteAllLines(Path.Combine(scenario, "agents.csv"), File.ReadAllLines(Path.Combine(sample, "agents.csv")).Take(9));
        return scenario;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
