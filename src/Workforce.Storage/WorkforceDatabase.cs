using Npgsql;

namespace Workforce.Storage;

/// <summary>Builds the connection pool for a Workforce database from a connection string.</summary>
public static class WorkforceDatabase
{
    /// <summary>
    /// A data source for the connection string. A malformed string throws <see cref="ArgumentException"/>
    /// here, before any connection is tried.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.ApplicationName))
        {
            builder.ConnectionStringBuilder.ApplicationName = "workforce";
        }

        return builder.Build();
    }
}
