namespace Workforce.Web.Security;

/// <summary>
/// Someone who may sign in: a name, a password hash (ASP.NET Core Identity's <c>PasswordHasher</c>: PBKDF2
/// with a per-user salt; never the password), roles, and the sites they may see (null: every site).
/// </summary>
public sealed record UserAccount(string Name, string? PasswordHash, IReadOnlyList<string> Roles, IReadOnlyList<string>? Sites)
{
    /// <summary>Whether the user may see <paramref name="siteId"/> at all.</summary>
    public bool MaySee(string siteId) => Sites is null || Sites.Contains(siteId, StringComparer.Ordinal);
}

/// <summary>Where users live: a file in the embedded mode, the database otherwise.</summary>
public interface IUserDirectory
{
    /// <summary>The user with this name, or null.</summary>
    Task<UserAccount?> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>The user holding a live bearer token whose SHA-256 (lower-case hex) is <paramref name="tokenSha256"/>, or null.</summary>
    Task<UserAccount?> FindByTokenAsync(string tokenSha256, CancellationToken cancellationToken);
}
