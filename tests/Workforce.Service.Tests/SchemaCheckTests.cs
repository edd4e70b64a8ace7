using Workforce.Tests.Database;

namespace Workforce.Service.Tests;

/// <summary>The schema check at start: the service plans only against the schema it was built for.</summary>
public class SchemaCheckTests
{
    [DatabaseFact]
    public async Task Once_against_an_empty_database_exits_2_with_the_migrate_hint_and_no_stack_trace()
    {
        await using var database = await TestDatabase.CreateAsync();

        var outcome = await ServiceProcess.RunOnceAsync(database.ConnectionString);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("run `workforce db migrate`", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Output, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task An_older_schema_exits_2_with_the_migrate_hint()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.CountAsync("DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations) RETURNING 0");

        var outcome = await ServiceProcess.RunOnceAsync(database.ConnectionString);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("this build needs version", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("run `workforce db migrate`", outcome.Output, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_newer_schema_exits_2_and_asks_for_a_newer_workforce()
    {
        await using var database = await ServiceDatabase.CreateAsync();
        await database.CountAsync("INSERT INTO schema_migrations (version, name, checksum) VALUES (999, 'from_the_future', 'x') RETURNING 0");

        var outcome = await ServiceProcess.RunOnceAsync(database.ConnectionString);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("upgrade workforce", outcome.Output, StringComparison.Ordinal);
    }
}
