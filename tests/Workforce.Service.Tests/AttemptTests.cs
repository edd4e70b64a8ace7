using System.Text.RegularExpressions;
using Workforce.Tests.Database;
using Xunit.Abstractions;

namespace Workforce.Service.Tests;

/// <summary>A site that fails every time is tried a bounded number of times, and never stops the others.</summary>
public partial class AttemptTests(ITestOutputHelper output)
{
    [DatabaseFact]
    public async Task A_site_that_always_fails_is_attempted_at_most_max_attempts_times_and_the_other_site_is_planned()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.ImportTinySiteAsync("broken");
        await database.ImportTinySiteAsync("good");
        // Bad data the schema lets through and the domain refuses: a 30-hour shift. Loading the site fails every time.
        await database.CountAsync("UPDATE contracts SET shift_lengths = ARRAY[interval '30 hours'] WHERE site_id = 'broken' RETURNING 0");
        var settings = new Dictionary<string, string> { ["MaxAttempts"] = "2", ["RetryFailedAfter"] = "00:00:00" };

        var outputs = new List<string>();
        for (var cycle = 0; cycle < 4; cycle++)
        {
            var outcome = await ServiceProcess.RunOnceAsync(database.ConnectionString, settings, "--plan-date", "2026-03-02");
            outputs.Add(outcome.Output);
            output.WriteLine($"cycle {cycle + 1}: exit {outcome.ExitCode}");
        }

        var runs = await database.RunsAsync();
        var broken = runs.Where(r => r.SiteId == "broken").ToList();
        Assert.Equal(2, broken.Count);
        Assert.All(broken, r => Assert.Equal("failed", r.Status));
        Assert.All(broken, r => Assert.Contains("At least one shift length", r.Error ?? string.Empty, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("completed", Assert.Single(runs, r => r.SiteId == "good").Status);
        var all = string.Concat(outputs);
        Assert.Single(GaveUp().Matches(all));
        Assert.Contains("given up after 2 failed attempts", outputs[1], StringComparison.Ordinal);
        output.WriteLine($"runs: {string.Join(", ", runs.Select(r => $"{r.SiteId} {r.Status}"))}");
    }

    [GeneratedRegex("given up after")]
    private static partial Regex GaveUp();
}
