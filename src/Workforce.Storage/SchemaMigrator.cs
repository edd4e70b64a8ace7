using Dapper;
using Npgsql;

namespace Workforce.Storage;

/// <summary>
/// Brings a database's schema up to date with the embedded migrations. All pending migrations run in
/// one transaction under an advisory lock: a failure leaves the schema as it was, a second run is a
/// no-op, and two migrators started at once apply each migration once (the second waits, then finds
/// nothing to do).
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource)
{
    /// <summary>Arbitrary but fixed key of the advisory lock that serialises migrators ("WFMIGRAT").</summary>
    internal const long AdvisoryLockKey = 0x57464D4947524154;

    /// <summary>Applies the pending migrations and returns them (empty when the schema was current).</summary>
    public Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken) =>
        MigrateAsync(Migration.Embedded(), cancellationToken);

    internal async Task<IReadOnlyList<Migration>> MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@key)", new { key = AdvisoryLockKey }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                checksum   text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            transaction: transaction,
            cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<AppliedMigration>(new CommandDefinition(
            "SELECT version, checksum FROM schema_migrations", transaction: transaction, cancellationToken: cancellationToken)))
            .ToDictionary(m => m.Version, m => m.Checksum);

        var pending = new List<Migration>();
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var checksum))
            {
                if (checksum != migration.Checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {migration.Version} ({migration.Name}) was changed after it was applied; add a new migration instead.");
                }

                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (@Version, @Name, @Checksum)",
                new { migration.Version, migration.Name, migration.Checksum },
                transaction,
                cancellationToken: cancellationToken));
            pending.Add(migration);
        }

        await transaction.CommitAsync(cancellationToken);
        return pending;
    }

    /// <summary>
    /// Compares the applied migrations with the embedded ones without changing anything, so a service can
    /// refuse to start on a schema it was not built for.
    /// </summary>
    public Task<SchemaCheck> CheckAsync(CancellationToken cancellationToken) => CheckAsync(Migration.Embedded(), cancellationToken);

    internal async Task<SchemaCheck> CheckAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        var expected = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // to_regclass follows the search path, as every other statement does.
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken: cancellationToken));
        if (!exists)
        {
            return new SchemaCheck(SchemaState.NotMigrated, null, expected);
        }

        var applied = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        if (applied.Count == 0)
        {
            return new SchemaCheck(SchemaState.NotMigrated, null, expected);
        }

        var known = migrations.Select(m => m.Version).ToHashSet();
        var state = applied.Any(v => !known.Contains(v)) ? SchemaState.Ahead
            : known.Any(v => !applied.Contains(v)) ? SchemaState.Behind
            : SchemaState.Current;
        return new SchemaCheck(state, applied.Max(), expected);
    }

    private sealed record AppliedMigration(int Version, string Checksum);
}
