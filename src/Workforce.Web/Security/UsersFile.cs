using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workforce.Web.Security;

/// <summary>
/// The embedded mode's users, in a JSON file an operator writes with <c>workforce users add</c>:
/// <c>{"users":[{"name":"dana","passwordHash":"AQAAAA...","roles":["planner"],"sites":["sample"],"tokens":[{"sha256":"…","expires":"2027-03-01T00:00:00Z"}]}]}</c>.
/// A user without <c>sites</c> sees every site. The file is read on each lookup, so an edit takes effect
/// at the next sign-in; a missing file means no users (the one-time login link still works).
/// </summary>
public sealed class UsersFile(string path, TimeProvider clock) : IUserDirectory
{
    public string Path { get; } = path;

    public async Task<UserAccount?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal))?.ToAccount();

    public async Task<UserAccount?> FindByTokenAsync(string tokenSha256, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await ReadAsync(cancellationToken)).Users
            .FirstOrDefault(u => u.Tokens.Any(t => string.Equals(t.Sha256, tokenSha256, StringComparison.Ordinal) && (t.Expires is null || t.Expires > now)))
            ?.ToAccount();
    }

    /// <summary>The file's contents (empty when it does not exist).</summary>
    public async Task<Contents> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return new Contents([]);
        }

        await using var stream = File.OpenRead(Path);
        try
        {
            return await JsonSerializer.DeserializeAsync<Contents>(stream, Json, cancellationToken) ?? new Contents([]);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path}: not a users file: {ex.Message}", ex);
        }
    }

    /// <summary>Writes the file whole (temporary file, then rename), readable by its owner only.</summary>
    public async Task WriteAsync(Contents contents, CancellationToken cancellationToken)
    {
        var temporary = Path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(contents, Json) + "\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record Contents(IReadOnlyList<Entry> Users);

    public sealed record Entry(string Name, string PasswordHash, IReadOnlyList<string> Roles, IReadOnlyList<string>? Sites, IReadOnlyList<Token>? Tokens)
    {
        public IReadOnlyList<Token> Tokens { get; init; } = Tokens ?? [];

        public UserAccount ToAccount() => new(Name, PasswordHash, Roles, Sites);
    }

    public sealed record Token(string Sha256, DateTimeOffset? Expires);
}
