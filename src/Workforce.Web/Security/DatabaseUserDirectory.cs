using Workforce.Storage.Users;

namespace Workforce.Web.Security;

/// <summary>The database mode's users (<c>workforce db user add</c>); a disabled user finds no sign-in.</summary>
public sealed class DatabaseUserDirectory(UserStore users) : IUserDirectory
{
    public async Task<UserAccount?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        Account(await users.FindByNameAsync(name, cancellationToken));

    public async Task<UserAccount?> FindByTokenAsync(string tokenSha256, CancellationToken cancellationToken) =>
        Account(await users.FindByTokenAsync(tokenSha256, cancellationToken));

    private static UserAccount? Account(WorkforceUser? user) =>
        user is null || user.Disabled ? null : new UserAccount(user.UserName, user.PasswordHash, user.Roles, user.AllSites ? null : user.SiteIds);
}
