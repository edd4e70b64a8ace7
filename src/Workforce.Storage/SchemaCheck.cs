namespace Workforce.Storage;

/// <summary>How a database's schema stands against the migrations this build embeds.</summary>
public enum SchemaState
{
    /// <summary>Every embedded migration is applied, and no other.</summary>
    Current,

    /// <summary>No migration was ever applied (no <c>schema_migrations</c> table).</summary>
    NotMigrated,

    /// <summary>Some embedded migrations are not applied yet.</summary>
    Behind,

    /// <summary>The database has migrations this build does not know: a newer Workforce migrated it.</summary>
    Ahead,
}

/// <summary>The schema's state, the highest version applied (null when none) and the highest this build knows.</summary>
public sealed record SchemaCheck(SchemaState State, int? AppliedVersion, int ExpectedVersion)
{
    /// <summary>What the operator must do, as one line; null when the schema is current.</summary>
    public string? Problem => State switch
    {
        SchemaState.NotMigrated => $"the database has no Workforce schema (this build needs version {ExpectedVersion}): run `workforce db migrate`",
        SchemaState.Behind => $"the database schema is at version {AppliedVersion}, this build needs version {ExpectedVersion}: run `workforce db migrate`",
        SchemaState.Ahead => $"the database schema is at version {AppliedVersion}, newer than this build's version {ExpectedVersion}: upgrade workforce",
        _ => null,
    };
}
