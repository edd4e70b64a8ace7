using Dapper;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

public class SchemaCheckTests
{
    [DatabaseFact]
    public async Task A_database_never_migrated_is_not_migrated()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = WorkforceDatabase.Create(database.ConnectionString);

        var check = await new SchemaMigrator(dataSource).CheckAsync(CancellationToken.None);

        Assert.Equal(SchemaState.NotMigrated, check.State);
        Assert.EndsWith("run `workforce db migrate`", check.Problem, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_migrated_database_is_current()
    {
        await using var database = await MigratedDatabase.CreateAsync();

        var check = await new SchemaMigrator(database.DataSource).CheckAsync(CancellationToken.None);

        Assert.Equal(new SchemaCheck(SchemaState.Current, Migration.Embedded()[^1].Version, Migration.Embedded()[^1].Version), check);
        Assert.Null(check.Problem);
    }

    [DatabaseFact]
    public async Task A_database_missing_a_migration_is_behind()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = WorkforceDatabase.Create(database.ConnectionString);
        var migrator = new SchemaMigrator(dataSource);
        await migrator.MigrateAsync([.. Migration.Embedded().SkipLast(1)], CancellationToken.None);

        var check = await migrator.CheckAsync(CancellationToken.None);

        Assert.Equal(SchemaState.Behind, check.State);
        Assert.EndsWith("run `workforce db migrate`", check.Problem, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_database_with_a_migration_this_build_does_not_know_is_ahead()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, checksum) VALUES (999, 'later', 'x')");
        }

        var check = await new SchemaMigrator(database.DataSource).CheckAsync(CancellationToken.None);

        Assert.Equal(SchemaState.Ahead, check.State);
        Assert.EndsWith("upgrade workforce", check.Problem, StringComparison.Ordinal);
    }
}
