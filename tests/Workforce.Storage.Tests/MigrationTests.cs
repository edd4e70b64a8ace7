using Dapper;
using Npgsql;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

public class MigrationTests
{
    [DatabaseFact]
    public async Task Migrating_twice_applies_every_migration_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = WorkforceDatabase.Create(database.ConnectionString);
        var migrator = new SchemaMigrator(dataSource);

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(Migration.Embedded().Select(m => m.Version), first.Select(m => m.Version));
        Assert.Empty(second);
        Assert.Equal(first.Count, await CountAsync(dataSource, "SELECT count(*) FROM schema_migrations"));
    }

    [DatabaseFact]
    public async Task Concurrent_migrators_apply_each_migration_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = WorkforceDatabase.Create(database.ConnectionString);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new SchemaMigrator(dataSource).MigrateAsync(CancellationToken.None))));

        Assert.Equal(Migration.Embedded().Count, runs.Sum(r => r.Count));
        Assert.Single(runs, r => r.Count > 0);
        Assert.Equal(Migration.Embedded().Count, await CountAsync(dataSource, "SELECT count(*) FROM schema_migrations"));
    }

    [DatabaseFact]
    public async Task A_failing_migration_leaves_the_schema_as_it_was()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = WorkforceDatabase.Create(database.ConnectionString);
        Migration[] migrations = [new(1, "good", "CREATE TABLE first_table (id integer)"), new(2, "bad", "CREATE TABLE broken (id no_such_type)")];

        await Assert.ThrowsAsync<PostgresException>(() => new SchemaMigrator(dataSource).MigrateAsync(migrations, CancellationToken.None));

        var tables = await CountAsync(dataSource, $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{database.Schema}'");
        Assert.Equal(0, tables);
    }

    [DatabaseFact]
    public async Task A_migration_edited_after_it_was_applied_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = WorkforceDatabase.Create(database.ConnectionString);
        var migrator = new SchemaMigrator(dataSource);
        await migrator.MigrateAsync([new(1, "first", "CREATE TABLE first_table (id integer)")], CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => migrator.MigrateAsync([new(1, "first", "CREATE TABLE first_table (id bigint)")], CancellationToken.None));

        Assert.Contains("changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_migrations_are_numbered_from_one_without_gaps()
    {
        var versions = Migration.Embedded().Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
