using System.Diagnostics;
using Workforce.Tests.Database;

namespace Workforce.Service.Tests;

/// <summary>The service's command line: System.CommandLine's parse, so a typo is an error that names it, never the long-running mode.</summary>
public class ArgumentTests
{
    [DatabaseFact]
    public async Task A_mistyped_option_against_a_migrated_database_exits_2_within_seconds_and_names_it()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("tiny");
        var clock = Stopwatch.StartNew();

        using var service = ServiceProcess.Start(database.ConnectionString, null, "--onse");
        var exitCode = await service.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Contains("'--onse'", service.Output, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Empty(await database.RunsAsync());
    }

    [Fact]
    public async Task A_bad_plan_date_is_one_line_with_exit_code_2()
    {
        using var service = ServiceProcess.Start("Host=127.0.0.1;Port=1;Username=nobody", null, "--once", "--plan-date", "2026-02-30");
        var exitCode = await service.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, exitCode);
        Assert.Equal("error: --plan-date: expected a date as yyyy-MM-dd, got '2026-02-30'", service.Output.Trim());
    }

    [Fact]
    public void The_plan_date_and_the_flags_are_parsed()
    {
        var (arguments, exitCode) = ServiceCommandLine.Parse(["--once", "--force", "--plan-date", "2026-03-03"], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Equal(new RunMode(true, true, new NodaTime.LocalDate(2026, 3, 3)), arguments!.Mode);
        Assert.False(arguments.Health);
    }

    [Fact]
    public void Settings_are_not_taken_from_the_command_line()
    {
        using var error = new StringWriter();

        var (arguments, exitCode) = ServiceCommandLine.Parse(["--Planning:FreezeDays=1", "--once"], TextWriter.Null, error);

        Assert.Null(arguments);
        Assert.Equal(2, exitCode);
        Assert.Contains("--Planning:FreezeDays=1", error.ToString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_connection_string_on_the_command_line_works_but_is_warned_about()
    {
        await using var database = await ServiceDatabase.CreateAsync();

        using var health = ServiceProcess.Start("Host=127.0.0.1;Port=1;Username=nobody", null, "health", "--connection", database.ConnectionString);
        var exitCode = await health.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(exitCode == 0, health.Output);
        Assert.Contains("warning: --connection puts the connection string, password included, on the process list", health.Output, StringComparison.Ordinal);
    }
}
