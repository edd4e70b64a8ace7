using System.Security.Claims;
using Workforce.Storage.Users;

namespace Workforce.Web.Security;

/// <summary>
/// The four roles and what each may do. <c>viewer</c> reads rosters and coverage; <c>planner</c> also runs
/// what-ifs and publishes; <c>pricing</c> also sees bids, wages and costs; <c>admin</c> may do everything.
/// Roles add up: a planner who prices holds both.
/// </summary>
public static class WorkforceRoles
{
    public const string Viewer = UserRoles.Viewer;
    public const string Planner = UserRoles.Planner;
    public const string Pricing = UserRoles.Pricing;
    public const string Admin = UserRoles.Admin;

    /// <summary>The roles, as the database's users table allows them.</summary>
    public static IReadOnlyList<string> All => UserRoles.All;

    /// <summary>Whether <paramref name="user"/> may do what <paramref name="permission"/> names.</summary>
    public static bool Allows(ClaimsPrincipal user, Capability permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Admin))
        {
            return true;
        }

        return permission switch
        {
            Capability.View => All.Any(user.IsInRole),
            Capability.Plan => user.IsInRole(Planner),
            Capability.Price => user.IsInRole(Pricing),
            _ => false,
        };
    }
}

/// <summary>What an endpoint needs beyond seeing the site.</summary>
public enum Capability
{
    /// <summary>Read rosters, coverage, forecasts, requirements and runs.</summary>
    View,

    /// <summary>Run what-ifs and publish drafts.</summary>
    Plan,

    /// <summary>See prices, wages and costs.</summary>
    Price,
}
