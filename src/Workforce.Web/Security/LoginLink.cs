using System.Security.Cryptography;

namespace Workforce.Web.Security;

/// <summary>
/// The embedded mode's one-time login link, as Jupyter prints one: a random token that signs its first user
/// in as the owner of the server (every role, every site), and is spent by that use. Compared in constant time.
/// </summary>
public sealed class LoginLink
{
    private string? _token;

    public LoginLink(bool enabled)
    {
        _token = enabled ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) : null;
        Token = _token;
    }

    /// <summary>The token, for the door to print; null when the mode has no link.</summary>
    public string? Token { get; }

    /// <summary>The user the link signs in.</summary>
    public static UserAccount Owner { get; } = new("owner", null, [WorkforceRoles.Admin], null);

    /// <summary>Whether <paramref name="token"/> is the unspent token; spends it when it is.</summary>
    public bool TrySpend(string? token)
    {
        var expected = Volatile.Read(ref _token);
        if (expected is null || token is null || token.Length != expected.Length
            || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(token), System.Text.Encoding.ASCII.GetBytes(expected)))
        {
            return false;
        }

        return Interlocked.CompareExchange(ref _token, null, expected) == expected;
    }
}
