using Dapper;
using Workforce.Storage.Users;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

public class UserStoreTests
{
    [DatabaseFact]
    public async Task A_user_saved_comes_back_by_name_and_an_update_replaces_roles_and_sites()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await RosterDraftTests.ImportSampleAsync(database);
        var users = new UserStore(database.DataSource);

        var id = await users.SaveAsync(new UserAccount("ana", "hash-1", [UserRoles.Planner, UserRoles.Pricing], false, ["sample"]), CancellationToken.None);
        var saved = await users.FindByNameAsync("ana", CancellationToken.None);
        var sameId = await users.SaveAsync(new UserAccount("ana", "hash-2", [UserRoles.Admin], true, []), CancellationToken.None);
        var updated = await users.FindByNameAsync("ana", CancellationToken.None);

        Assert.Equal((id, "hash-1", "planner,pricing", false, "sample"), (saved!.UserId, saved.PasswordHash, string.Join(',', saved.Roles), saved.AllSites, string.Join(',', saved.SiteIds)));
        Assert.True(saved.MaySee("sample"));
        Assert.False(saved.MaySee("other"));
        Assert.Equal(id, sameId);
        Assert.Equal(("hash-2", "admin", true, 0), (updated!.PasswordHash, string.Join(',', updated.Roles), updated.AllSites, updated.SiteIds.Count));
        Assert.True(updated.MaySee("other"));
        Assert.Null(await users.FindByNameAsync("nobody", CancellationToken.None));
        Assert.Equal(["ana"], (await users.ListAsync(CancellationToken.None)).Select(u => u.UserName));
    }

    [DatabaseFact]
    public async Task A_role_that_does_not_exist_is_refused()
    {
        await using var database = await MigratedDatabase.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => new UserStore(database.DataSource).SaveAsync(new UserAccount("ana", "h", ["root"], true, []), CancellationToken.None));
    }

    [DatabaseFact]
    public async Task A_token_finds_its_user_until_it_is_revoked()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var users = new UserStore(database.DataSource);
        await users.SaveAsync(new UserAccount("ana", "h", [UserRoles.Viewer], true, []), CancellationToken.None);
        var hash = UserStore.HashToken("secret-token");

        var tokenId = await users.AddTokenAsync("ana", hash, "ci", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        var found = await users.FindByTokenAsync(hash, CancellationToken.None);
        var revoked = await users.RevokeTokenAsync(tokenId!.Value, CancellationToken.None);

        Assert.Equal("ana", found!.UserName);
        Assert.True(revoked);
        Assert.Null(await users.FindByTokenAsync(hash, CancellationToken.None));
        Assert.Null(await users.FindByTokenAsync(UserStore.HashToken("another"), CancellationToken.None));
        Assert.Null(await users.AddTokenAsync("nobody", UserStore.HashToken("x"), "ci", null, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task An_expired_token_finds_nobody()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var users = new UserStore(database.DataSource);
        await users.SaveAsync(new UserAccount("ana", "h", [UserRoles.Viewer], true, []), CancellationToken.None);
        var hash = UserStore.HashToken("secret-token");
        var tokenId = await users.AddTokenAsync("ana", hash, "ci", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        Assert.NotNull(await users.FindByTokenAsync(hash, CancellationToken.None));

        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                "UPDATE api_tokens SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE token_id = @Id", new { Id = tokenId });
        }

        Assert.Null(await users.FindByTokenAsync(hash, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task A_disabled_users_token_finds_nobody()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var users = new UserStore(database.DataSource);
        await users.SaveAsync(new UserAccount("ana", "h", [UserRoles.Viewer], true, []), CancellationToken.None);
        var hash = UserStore.HashToken("secret-token");
        await users.AddTokenAsync("ana", hash, "ci", null, CancellationToken.None);

        await users.SaveAsync(new UserAccount("ana", "h", [UserRoles.Viewer], true, []) { Disabled = true }, CancellationToken.None);

        Assert.Null(await users.FindByTokenAsync(hash, CancellationToken.None));
        Assert.True((await users.FindByNameAsync("ana", CancellationToken.None))!.Disabled);
    }
}
