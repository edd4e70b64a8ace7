using Workforce.Web.Security;
using Workforce.Web.Sites;

namespace Workforce.Web.Api;

/// <summary>What an endpoint needs beyond seeing the site (endpoint metadata).</summary>
public sealed record RequiresCapability(Capability Capability);

/// <summary>
/// The checks every <c>/api/sites/{siteId}/…</c> endpoint makes, in this order: signed in (401, by the
/// authorization middleware before this), the site exists and the user may see it (404 either way, so
/// that a user cannot learn which sites exist), then the user's role allows the endpoint (403).
/// </summary>
public static class SiteAccess
{
    public static TBuilder Requires<TBuilder>(this TBuilder builder, Capability capability)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequiresCapability(capability));

    public static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var siteId = http.GetRouteValue("siteId") as string ?? "";
        var store = http.RequestServices.GetRequiredService<ISiteStore>();
        if (!http.User.MaySee(siteId) || !await store.HasSiteAsync(siteId, http.RequestAborted))
        {
            return NotFound($"no site '{siteId}'");
        }

        var capability = http.GetEndpoint()?.Metadata.GetMetadata<RequiresCapability>()?.Capability ?? Capability.View;
        if (!WorkforceRoles.Allows(http.User, capability))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"your role may not do this ({capability.ToString().ToLowerInvariant()})");
        }

        return await next(context);
    }

    public static IResult NotFound(string title) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title);
}
