using System.Security.Cryptography;
using System.Text;

namespace Workforce.Web.Security;

/// <summary>Bearer tokens: 32 random bytes, base64url; only their SHA-256 is ever stored.</summary>
public static class BearerTokens
{
    /// <summary>A new random token, to be shown once.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The lower-case hex SHA-256 of the token's UTF-8 bytes: what a directory stores and looks up.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
