using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Workforce.Web.Security;

/// <summary>
/// <c>/login</c> (open): the one-time link (<c>GET /login?token=…</c>), a small form, and <c>POST /login</c>
/// with a name and password (form or JSON), which sets the session cookie. <c>POST /logout</c> and
/// <c>GET /api/session</c> (who am I, and the CSRF token) need a session.
/// </summary>
public static class LoginEndpoints
{
    /// <summary>A sign-in by name and password.</summary>
    public sealed record Credentials(string? UserName, string? Password);

    /// <summary>Who is signed in, what they may do, and the token a cookie session sends with changes.</summary>
    public sealed record Session(string UserName, IReadOnlyList<string> Roles, IReadOnlyList<string>? Sites, string CsrfToken, string CsrfHeader);

    /// <summary>The rate-limiting policy of sign-in.</summary>
    public const string RateLimit = "login";

    public static void MapLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", async (HttpContext context, LoginLink link, string? token) =>
        {
            if (token is null)
            {
                return Results.Content(Form(null), "text/html; charset=utf-8");
            }

            if (!link.TrySpend(token))
            {
                return Results.Content(Form("This login link is not valid or was used already. Sign in with a name and password, or restart the server for a new link."), "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            }

            await SignInAsync(context, LoginLink.Owner);
            return Results.Redirect("/");
        }).AllowAnonymous().RequireRateLimiting(RateLimit).ExcludeFromDescription();

        app.MapPost("/login", async (HttpContext context, IUserDirectory users) =>
        {
            var form = context.Request.HasFormContentType;
            var credentials = form
                ? await ReadFormAsync(context)
                : await context.Request.ReadFromJsonAsync<Credentials>(context.RequestAborted);
            var user = credentials is { UserName: { Length: > 0 } name, Password: { Length: > 0 } password }
                ? await users.FindByNameAsync(name, context.RequestAborted)
                : null;
            if (user?.PasswordHash is not { } hash
                || new PasswordHasher<UserAccount>().VerifyHashedPassword(user, hash, credentials!.Password!) == PasswordVerificationResult.Failed)
            {
                return form
                    ? Results.Content(Form("Unknown name or wrong password."), "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized)
                    : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "unknown name or wrong password");
            }

            await SignInAsync(context, user);
            return form ? Results.Redirect("/") : Results.NoContent();
        }).AllowAnonymous().RequireRateLimiting(RateLimit).ExcludeFromDescription();

        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).WithTags("Session");

        app.MapGet("/api/session", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var user = context.User;
            var tokens = antiforgery.GetAndStoreTokens(context);
            var sites = user.HasClaim(WorkforceClaims.AllSites, "true") ? null : user.FindAll(WorkforceClaims.Site).Select(c => c.Value).ToList();
            return TypedResults.Ok(new Session(
                user.Identity!.Name!,
                [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)],
                sites,
                tokens.RequestToken!,
                CsrfProtection.HeaderName));
        }).WithTags("Session");
    }

    private static async Task<Credentials> ReadFormAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return new Credentials(form["userName"].ToString(), form["password"].ToString());
    }

    private static Task SignInAsync(HttpContext context, UserAccount user) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WorkforceClaims.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));

    private static string Form(string? message) =>
        $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Workforce: sign in</title></head>
        <body>
        <h1>Workforce</h1>
        {{(message is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(message)}</p>")}}
        <form method="post" action="/login">
        <label>Name <input name="userName" autocomplete="username" required></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Sign in</button>
        </form>
        </body></html>
        """;
}
