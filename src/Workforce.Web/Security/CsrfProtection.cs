using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Workforce.Web.Security;

/// <summary>
/// Cross-site request forgery: a request that changes something (any method but GET, HEAD, OPTIONS) and is
/// authenticated by the session cookie must carry the antiforgery token (header <see cref="HeaderName"/>,
/// from <c>GET /api/session</c>). Bearer-token requests carry no ambient credentials and need none; the
/// login form is checked by its own token. The cookie is also SameSite=Strict.
/// </summary>
public static class CsrfProtection
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseCsrfProtection(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var changes = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
        var byCookie = context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme };
        if (changes && byCookie && !context.Request.Path.StartsWithSegments("/login"))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "missing or invalid CSRF token",
                    detail: $"a cookie-authenticated request that changes something needs the {HeaderName} header from GET /api/session").ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    });
}
