using System.Net;
using System.Text.Json;

namespace Workforce.Web.Tests;

/// <summary>Every operation of a server's OpenAPI document, with its path parameters filled in, called as one user.</summary>
public static class RouteSweep
{
    /// <summary>The values to put in the path: site, roster version, forecast version and run.</summary>
    public sealed record Ids(string SiteId, long RosterVersionId, long ForecastVersionId, string RunId);

    public static async Task<List<(string Method, string Path)>> RoutesAsync(HttpClient anonymous, Ids ids)
    {
        var document = await EmbeddedSite.JsonAsync(await anonymous.GetAsync("/openapi/v1.json"));
        var routes = new List<(string, string)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var filled = path.Name
                .Replace("{siteId}", ids.SiteId, StringComparison.Ordinal)
                .Replace("{versionId}", ids.RosterVersionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{forecastVersionId}", ids.ForecastVersionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{runId}", ids.RunId, StringComparison.Ordinal);
            Assert.DoesNotContain("{", filled, StringComparison.Ordinal);
            routes.AddRange(path.Value.EnumerateObject().Select(m => (m.Name.ToUpperInvariant(), filled)));
        }

        return routes;
    }

    /// <summary>An empty what-if or publish body for POSTs (never reached when the checks refuse the caller).</summary>
    public static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "GET" ? null : new StringContent("""{"baseVersion":null}""", System.Text.Encoding.UTF8, "application/json"),
    };

    public static async Task AnonymousGet401Async(HttpClient anonymous, Ids ids)
    {
        var routes = await RoutesAsync(anonymous, ids);
        Assert.True(routes.Count >= 14, $"only {routes.Count} routes in the OpenAPI document");
        foreach (var (method, path) in routes.Append(("GET", "/")))
        {
            var response = await anonymous.SendAsync(Request(method, path));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}, expected 401");
            Assert.Null(response.Headers.Location);
        }
    }

    public static async Task OutsiderGets404Async(HttpClient anonymous, HttpClient outsider, Ids ids)
    {
        foreach (var (method, path) in (await RoutesAsync(anonymous, ids)).Where(r => r.Path.StartsWith("/api/sites/", StringComparison.Ordinal)))
        {
            var response = await outsider.SendAsync(Request(method, path));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}, expected 404");
        }
    }

    /// <summary>A viewer: 403 on what-ifs, publishing and prices, success everywhere else on the site.</summary>
    public static async Task ViewerAsync(HttpClient anonymous, HttpClient viewer, Ids ids)
    {
        var forbidden = 0;
        foreach (var (method, path) in (await RoutesAsync(anonymous, ids)).Where(r => r.Path.StartsWith("/api/sites/", StringComparison.Ordinal)))
        {
            var response = await viewer.SendAsync(Request(method, path));
            if (path.EndsWith("/what-ifs", StringComparison.Ordinal) || path.EndsWith("/publish", StringComparison.Ordinal) || path.EndsWith("/prices", StringComparison.Ordinal))
            {
                forbidden++;
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}, expected 403");
            }
            else
            {
                Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}, expected success");
            }
        }

        Assert.Equal(3, forbidden);
    }
}
