using Microsoft.AspNetCore.Identity;
using Npgsql;
using Workforce.Storage.Users;
using Workforce.Tests.Database;

namespace Workforce.Cli.Tests;

public class DbUserCommandTests
{
    [DatabaseFact]
    public async Task A_user_added_with_a_password_on_standard_input_is_stored_hashed_and_a_token_finds_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        Assert.Equal(0, CliRunner.Run("db", "migrate", "--connection", database.ConnectionString).ExitCode);
        Assert.Equal(0, CliRunner.Run("db", "import", "--scenario", Path.Combine(CliRunner.RepositoryRoot(), "data", "sample"), "--connection", database.ConnectionString).ExitCode);

        var add = CliRunner.RunWithInput("correct horse battery\n", "db", "user", "add", "--name", "ana", "--role", "planner", "--role", "pricing", "--site", "sample", "--connection", database.ConnectionString);
        var token = CliRunner.Run("db", "user", "token", "--name", "ana", "--expires", "90d", "--connection", database.ConnectionString);
        var list = CliRunner.Run("db", "user", "list", "--connection", database.ConnectionString);

        Assert.True(add.ExitCode == 0, add.StandardError);
        Assert.True(token.ExitCode == 0, token.StandardError);
        Assert.Equal("ana\tplanner,pricing\tsample\n", list.StandardOutput);
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var users = new UserStore(dataSource);
        var user = (await users.FindByNameAsync("ana", CancellationToken.None))!;
        Assert.DoesNotContain("correct horse", user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<string>().VerifyHashedPassword("ana", user.PasswordHash, "correct horse battery"));
        var bearer = token.StandardOutput.Trim();
        Assert.Equal(43, bearer.Length);
        Assert.Equal("ana", (await users.FindByTokenAsync(UserStore.HashToken(bearer), CancellationToken.None))!.UserName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void An_empty_password_is_refused_with_exit_2_on_one_line(string input)
    {
        // The server does not exist: the password is checked before the database is touched.
        var outcome = CliRunner.RunWithInput(input, "db", "user", "add", "--name", "ana", "--role", "viewer", "--all-sites", "--connection", "Host=127.0.0.1;Port=1;Username=nobody");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: password: standard input has no password", Assert.Single(outcome.StandardError.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_that_does_not_exist_is_refused_with_exit_2()
    {
        var outcome = CliRunner.RunWithInput("pw\n", "db", "user", "add", "--name", "ana", "--role", "root", "--all-sites", "--connection", "Host=127.0.0.1;Port=1;Username=nobody");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --role: 'root' is not a role; expected one of viewer, planner, pricing, admin", outcome.StandardError.Trim());
    }

    [DatabaseFact]
    public async Task An_unknown_site_is_refused_with_exit_2()
    {
        await using var database = await TestDatabase.CreateAsync();
        Assert.Equal(0, CliRunner.Run("db", "migrate", "--connection", database.ConnectionString).ExitCode);

        var outcome = CliRunner.RunWithInput("pw\n", "db", "user", "add", "--name", "ana", "--role", "viewer", "--site", "nowhere", "--connection", database.ConnectionString);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --site: no site 'nowhere' in the database", outcome.StandardError.Trim());
    }
}
