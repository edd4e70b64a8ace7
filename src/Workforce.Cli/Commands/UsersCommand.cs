using System.CommandLine;
using Workforce.Web.Security;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce users add|token|list --file users.json</c>: the embedded mode's users file. A password is
/// read from standard input (one line), never from an argument, and only its hash (ASP.NET Core Identity's
/// PBKDF2 with a per-user salt) is written; a bearer token is printed once and only its SHA-256 kept.
/// </summary>
internal static class UsersCommand
{
    private static readonly Option<string> File = OptionFactory.RequiredPath("--file", "The users file (the server reads users.json in its scenario folder unless told otherwise)");
    private static readonly Option<string> Name = new("--name") { Description = "User name", Required = true };
    private static readonly Option<string[]> Roles = new("--role") { Description = "viewer, planner, pricing or admin; repeat for several", Required = true, AllowMultipleArgumentsPerToken = false };
    private static readonly Option<string[]> Sites = new("--site") { Description = "A site the user may see; repeat for several" };
    private static readonly Option<bool> AllSites = new("--all-sites") { Description = "The user may see every site" };
    private static readonly Option<TimeSpan?> Expires = OptionFactory.Duration("--expires", "Token lifetime, e.g. 2160h for 90 days (default: no expiry)");

    public static Command Build()
    {
        var add = new Command("add", "Add or replace a user; the password is read from standard input") { File, Name, Roles, Sites, AllSites };
        add.SetAction(async (parse, ct) =>
        {
            var roles = parse.GetValue(Roles) ?? [];
            if (roles.FirstOrDefault(r => !WorkforceRoles.All.Contains(r)) is { } unknown)
            {
                throw new UsageException("--role", $"unknown role '{unknown}': expected {string.Join(", ", WorkforceRoles.All)}");
            }

            var sites = parse.GetValue(Sites) ?? [];
            if (parse.GetValue(AllSites) == (sites.Length > 0))
            {
                throw new UsageException("--site", "give the sites the user may see (--site, repeated) or --all-sites, not both and not neither");
            }

            var name = parse.GetValue(Name)!.Trim();
            var hash = PasswordInput.HashFromStandardInput(name, "users add");

            var file = new UsersFile(parse.GetValue(File)!, TimeProvider.System);
            var contents = await ReadAsync(file, ct);
            var account = new UserAccount(name, null, roles, parse.GetValue(AllSites) ? null : sites);
            var entry = new UsersFile.Entry(name, hash, roles, account.Sites, contents.Users.FirstOrDefault(u => u.Name == name)?.Tokens);
            await file.WriteAsync(new UsersFile.Contents([.. contents.Users.Where(u => u.Name != name), entry]), ct);
            Console.Error.WriteLine($"Wrote user {name} to {file.Path}");
            return ExitCodes.Success;
        });

        var token = new Command("token", "Give a user a new bearer token, printed once") { File, Name, Expires };
        token.SetAction(async (parse, ct) =>
        {
            var file = new UsersFile(parse.GetValue(File)!, TimeProvider.System);
            var contents = await ReadAsync(file, ct);
            var name = parse.GetValue(Name)!.Trim();
            var user = contents.Users.FirstOrDefault(u => u.Name == name) ?? throw new UsageException("--name", $"no user '{name}' in {file.Path}");
            var secret = BearerTokens.New();
            var expires = parse.GetValue(Expires) is { } lifetime ? DateTimeOffset.UtcNow + lifetime : (DateTimeOffset?)null;
            await file.WriteAsync(new UsersFile.Contents([.. contents.Users.Where(u => u != user), user with { Tokens = [.. user.Tokens, new UsersFile.Token(BearerTokens.Hash(secret), expires)] }]), ct);
            Console.Out.WriteLine(secret);
            return ExitCodes.Success;
        });

        var list = new Command("list", "List the users: name, roles, sites, tokens") { File };
        list.SetAction(async (parse, ct) =>
        {
            foreach (var user in (await ReadAsync(new UsersFile(parse.GetValue(File)!, TimeProvider.System), ct)).Users)
            {
                Console.Out.WriteLine($"{user.Name}\t{string.Join(",", user.Roles)}\t{(user.Sites is null ? "all sites" : string.Join(",", user.Sites))}\t{user.Tokens.Count} token(s)");
            }

            return ExitCodes.Success;
        });

        return new Command("users", "Users of the embedded web server (workforce serve --scenario)") { add, token, list };
    }

    private static async Task<UsersFile.Contents> ReadAsync(UsersFile file, CancellationToken cancellationToken)
    {
        try
        {
            return await file.ReadAsync(cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new BadInputException(ex.Message);
        }
    }
}
