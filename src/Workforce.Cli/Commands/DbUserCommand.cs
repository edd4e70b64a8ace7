using System.Buffers.Text;
using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Workforce.Storage.Users;
using Workforce.Storage.Queries;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce db user</c>: the operators' way to give people access to the HTTP API. <c>add</c> creates or
/// updates a user, reading the password from standard input (one line, never an argument, never a default)
/// and storing only its ASP.NET Core Identity hash; <c>token</c> prints a new bearer token once (only its
/// SHA-256 is stored); <c>list</c> shows the users.
/// </summary>
internal static class DbUserCommand
{
    private static readonly Option<string> Name = new("--name") { Description = "User name", Required = true };

    public static Command Build() => new("user", "Users of the HTTP API: add or update one, issue a bearer token, list them")
    {
        Add(),
        Token(),
        List(),
    };

    private static Command Add()
    {
        var roles = new Option<string[]>("--role")
        {
            Description = $"A role: {string.Join(", ", UserRoles.All)} (repeat for several)",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var sites = new Option<string[]>("--site") { Description = "A site the user may see (repeat for several)" };
        var allSites = new Option<bool>("--all-sites") { Description = "The user sees every site, present and future" };
        var connection = DatabaseOption.Create();
        var command = new Command("add", "Add or update a user; the password is read from standard input (one line)") { Name, roles, sites, allSites, connection };
        command.SetAction((parse, cancellationToken) =>
        {
            var name = CheckedName(parse.GetValue(Name)!);
            var roleList = parse.GetValue(roles) ?? [];
            if (roleList.FirstOrDefault(r => !UserRoles.All.Contains(r, StringComparer.Ordinal)) is { } unknown)
            {
                throw new UsageException("--role", $"'{unknown}' is not a role; expected one of {string.Join(", ", UserRoles.All)}");
            }

            var siteList = parse.GetValue(sites) ?? [];
            var everySite = parse.GetValue(allSites);
            if (everySite == (siteList.Length > 0))
            {
                throw new UsageException("--site", everySite ? "give either --site or --all-sites, not both" : "give the user's sites with --site, or --all-sites");
            }

            var hash = PasswordInput.HashFromStandardInput(name, "db user add");
            return DatabaseOption.RunAsync(parse, connection, async dataSource =>
            {
                var known = (await new SiteQueries(dataSource).ListSitesAsync(siteList, cancellationToken)).Select(s => s.SiteId).ToHashSet(StringComparer.Ordinal);
                if (siteList.FirstOrDefault(s => !known.Contains(s)) is { } missing)
                {
                    throw new UsageException("--site", $"no site '{missing}' in the database");
                }

                var store = new UserStore(dataSource);
                var existed = await store.FindByNameAsync(name, cancellationToken) is not null;
                await store.SaveAsync(new UserAccount(name, hash, roleList, everySite, siteList), cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine(
                    $"{(existed ? "Updated" : "Added")} user '{name}': {string.Join(", ", roleList.Distinct())} on {(everySite ? "all sites" : string.Join(", ", siteList.Distinct()))}");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Token()
    {
        var expires = new Option<TimeSpan?>("--expires")
        {
            Description = "How long the token works, e.g. 90d or 12h (default: until revoked)",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (TryParseLifetime(text, out var lifetime))
                {
                    return lifetime;
                }

                result.AddError($"--expires: expected a positive duration such as 90d, 12h or 30m, got '{text}'");
                return null;
            },
        };
        var label = new Option<string?>("--label") { Description = "What the token is for (default: cli)" };
        var connection = DatabaseOption.Create();
        var command = new Command("token", "Issue a new bearer token for a user; it is printed once and never stored") { Name, expires, label, connection };
        command.SetAction((parse, cancellationToken) => DatabaseOption.RunAsync(parse, connection, async dataSource =>
        {
            var name = parse.GetValue(Name)!;
            var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            var expiresAt = parse.GetValue(expires) is { } lifetime ? DateTimeOffset.UtcNow + lifetime : (DateTimeOffset?)null;
            var tokenId = await new UserStore(dataSource).AddTokenAsync(name, UserStore.HashToken(token), parse.GetValue(label) ?? "cli", expiresAt, cancellationToken)
                ?? throw new UsageException("--name", $"no user '{name}' in the database");
            parse.InvocationConfiguration.Output.WriteLine(token);
            parse.InvocationConfiguration.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Token {tokenId} for '{name}'{(expiresAt is { } at ? $", expires {at:yyyy-MM-dd'T'HH:mm:ss'Z'}" : string.Empty)}: shown once, store it now"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List()
    {
        var connection = DatabaseOption.Create();
        var command = new Command("list", "List the users, their roles and sites") { connection };
        command.SetAction((parse, cancellationToken) => DatabaseOption.RunAsync(parse, connection, async dataSource =>
        {
            foreach (var user in await new UserStore(dataSource).ListAsync(cancellationToken))
            {
                parse.InvocationConfiguration.Output.WriteLine(
                    $"{user.UserName}\t{string.Join(",", user.Roles)}\t{(user.AllSites ? "all sites" : string.Join(",", user.SiteIds))}{(user.Disabled ? "\tdisabled" : string.Empty)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string CheckedName(string name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim() != name || name.Any(char.IsControl) || name.Length > 200
            ? throw new UsageException("--name", "a user name must be non-empty, at most 200 characters, without leading or trailing spaces or control characters")
            : name;

    /// <summary>A token's lifetime: whole days (<c>90d</c>) or a duration as the other options take it (<c>12h</c>).</summary>
    private static bool TryParseLifetime(string text, out TimeSpan lifetime)
    {
        lifetime = TimeSpan.Zero;
        if (text.EndsWith('d') && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            lifetime = days is > 0 and <= 36500 ? TimeSpan.FromDays(days) : TimeSpan.Zero;
        }
        else if (DurationText.TryParse(text, out var duration))
        {
            lifetime = duration;
        }

        return lifetime > TimeSpan.Zero;
    }
}
