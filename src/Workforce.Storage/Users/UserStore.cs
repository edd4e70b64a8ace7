using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace Workforce.Storage.Users;

/// <summary>The roles of the API, as <c>users.roles</c> spells them.</summary>
public static class UserRoles
{
    /// <summary>Reads rosters and coverage.</summary>
    public const string Viewer = "viewer";

    /// <summary>Also asks for what-ifs and publishes drafts.</summary>
    public const string Planner = "planner";

    /// <summary>Also sees bids, wages and costs.</summary>
    public const string Pricing = "pricing";

    /// <summary>Everything.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Planner, Pricing, Admin];
}

/// <summary>A user as an operator sets it: name, password hash, roles and the sites they may see.</summary>
/// <param name="UserName">Unique; no leading or trailing blanks.</param>
/// <param name="PasswordHash">The hash ASP.NET Core Identity's <c>PasswordHasher</c> made; never the password.</param>
/// <param name="Roles">At least one of <see cref="UserRoles"/>.</param>
/// <param name="AllSites">Every site, present and future; <paramref name="SiteIds"/> must then be empty.</param>
/// <param name="SiteIds">The sites the user may see, when not <paramref name="AllSites"/>.</param>
public sealed record UserAccount(string UserName, string PasswordHash, IReadOnlyList<string> Roles, bool AllSites, IReadOnlyList<string> SiteIds)
{
    /// <summary>A disabled user is found (so an operator can list it) but never signs in.</summary>
    public bool Disabled { get; init; }
}

/// <summary>A stored user.</summary>
/// <param name="SiteIds">The user's sites, ordered; empty when <paramref name="AllSites"/>.</param>
/// <param name="CreatedAt">UTC.</param>
public sealed record WorkforceUser(
    long UserId, string UserName, string PasswordHash, IReadOnlyList<string> Roles, bool AllSites, IReadOnlyList<string> SiteIds, bool Disabled, DateTimeOffset CreatedAt)
{
    /// <summary>Whether the user may see the site (scope only; what they may do there is the roles' business).</summary>
    public bool MaySee(string siteId) => AllSites || SiteIds.Contains(siteId, StringComparer.Ordinal);
}

/// <summary>
/// Users, their sites and their bearer tokens. A token is stored only as the hex SHA-256 of its text
/// (<see cref="HashToken"/>); the caller shows the token once and forgets it.
/// </summary>
public sealed class UserStore(NpgsqlDataSource dataSource)
{
    private const string UserColumns =
        """
        u.user_id, u.user_name, u.password_hash, u.roles, u.all_sites, u.disabled, u.created_at,
            ARRAY(SELECT s.site_id FROM user_sites s WHERE s.user_id = u.user_id ORDER BY s.site_id) AS site_ids
        """;

    /// <summary>The form a bearer token is stored and looked up in: the lowercase hex SHA-256 of its UTF-8 text.</summary>
    public static string HashToken(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Creates the user, or updates the one of that name (hash, roles, sites, disabled), in one transaction; returns its id.</summary>
    public async Task<long> SaveAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.UserName, nameof(account));
        ArgumentException.ThrowIfNullOrWhiteSpace(account.PasswordHash, nameof(account));
        if (account.Roles.Count == 0 || account.Roles.Any(r => !UserRoles.All.Contains(r, StringComparer.Ordinal)))
        {
            throw new ArgumentException($"Roles must be one or more of {string.Join(", ", UserRoles.All)}; got [{string.Join(", ", account.Roles)}].", nameof(account));
        }

        if (account.AllSites && account.SiteIds.Count > 0)
        {
            throw new ArgumentException("A user with all sites has no site list.", nameof(account));
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var userId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO users (user_name, password_hash, roles, all_sites, disabled)
            VALUES (@UserName, @PasswordHash, @Roles, @AllSites, @Disabled)
            ON CONFLICT (user_name) DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles,
                all_sites = EXCLUDED.all_sites, disabled = EXCLUDED.disabled
            RETURNING user_id
            """,
            new { account.UserName, account.PasswordHash, Roles = account.Roles.Distinct().ToArray(), account.AllSites, account.Disabled },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM user_sites WHERE user_id = @UserId", new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO user_sites (user_id, site_id) SELECT @UserId, unnest(@SiteIds::text[])",
            new { UserId = userId, SiteIds = account.SiteIds.Distinct().ToArray() },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return userId;
    }

    /// <summary>The user of that name (disabled or not), or null.</summary>
    public async Task<WorkforceUser?> FindByNameAsync(string userName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        return (await QueryAsync($"SELECT {UserColumns} FROM users u WHERE u.user_name = @UserName", new { UserName = userName }, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// The enabled user holding the token whose hash is <paramref name="tokenSha256"/> (see <see cref="HashToken"/>),
    /// or null when no such token exists, or it is revoked or expired, or its user is disabled.
    /// </summary>
    public async Task<WorkforceUser?> FindByTokenAsync(string tokenSha256, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenSha256);
        return (await QueryAsync(
            $"""
            SELECT {UserColumns} FROM users u JOIN api_tokens t USING (user_id)
            WHERE t.token_sha256 = @Hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND NOT u.disabled
            """,
            new { Hash = tokenSha256 },
            cancellationToken)).SingleOrDefault();
    }

    /// <summary>Every user, by name.</summary>
    public Task<IReadOnlyList<WorkforceUser>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {UserColumns} FROM users u ORDER BY u.user_name", null, cancellationToken);

    /// <summary>Adds a token for the user, returning its id, or null when no user has that name.</summary>
    /// <param name="tokenSha256">The token's hash (<see cref="HashToken"/>), never the token.</param>
    /// <param name="name">What the token is for, for the operator.</param>
    /// <param name="expiresAt">When it stops working; null for never.</param>
    public async Task<long?> AddTokenAsync(string userName, string tokenSha256, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenSha256);
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO api_tokens (user_id, token_sha256, name, expires_at)
            SELECT user_id, @Hash, @Name, @ExpiresAt FROM users WHERE user_name = @UserName
            RETURNING token_id
            """,
            new { UserName = userName, Hash = tokenSha256, Name = name, ExpiresAt = expiresAt?.UtcDateTime },
            cancellationToken: cancellationToken));
    }

    /// <summary>Revokes the token now; false when there is no such token or it was already revoked.</summary>
    public async Task<bool> RevokeTokenAsync(long tokenId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_tokens SET revoked_at = now() WHERE token_id = @Id AND revoked_at IS NULL",
            new { Id = tokenId },
            cancellationToken: cancellationToken)) == 1;
    }

    private async Task<IReadOnlyList<WorkforceUser>> QueryAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new WorkforceUser(r.UserId, r.UserName, r.PasswordHash, r.Roles, r.AllSites, r.SiteIds, r.Disabled, new DateTimeOffset(r.CreatedAt, TimeSpan.Zero)))];
    }

    /// <summary>Settable properties rather than a constructor: Npgsql reports array columns as <see cref="Array"/>, which Dapper converts only when setting a property.</summary>
    private sealed class UserRow
    {
        public long UserId { get; init; }

        public string UserName { get; init; } = string.Empty;

        public string PasswordHash { get; init; } = string.Empty;

        public string[] Roles { get; init; } = [];

        public bool AllSites { get; init; }

        public bool Disabled { get; init; }

        public DateTime CreatedAt { get; init; }

        public string[] SiteIds { get; init; } = [];
    }
}
