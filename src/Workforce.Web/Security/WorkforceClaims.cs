using System.Security.Claims;

namespace Workforce.Web.Security;

/// <summary>The claims a signed-in user carries: name, roles, and the sites they may see.</summary>
public static class WorkforceClaims
{
    /// <summary>One claim per site the user may see.</summary>
    public const string Site = "workforce:site";

    /// <summary>Present (value "true") when the user may see every site.</summary>
    public const string AllSites = "workforce:all-sites";

    public static ClaimsPrincipal Principal(UserAccount user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name) };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(user.Sites is null ? [new Claim(AllSites, "true")] : user.Sites.Select(s => new Claim(Site, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Whether the signed-in user may see <paramref name="siteId"/>.</summary>
    public static bool MaySee(this ClaimsPrincipal user, string siteId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(AllSites, "true") || user.HasClaim(Site, siteId);
    }
}
