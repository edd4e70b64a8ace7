using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// A site's <c>pricing.json</c>, kept as the file's text (not parsed: an export writes the same bytes back, and
/// the reader that checks it against the site stays the one in Workforce.Files). One per site: an import replaces it.
/// </summary>
public sealed class PricingTermsStore(NpgsqlDataSource dataSource)
{
    /// <summary>The text of the site's <c>pricing.json</c> as last imported, or null when the site has none (or no such site).</summary>
    public async Task<string?> LoadAsync(string siteId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT content FROM pricing_terms WHERE site_id = @SiteId", new { SiteId = siteId }, cancellationToken: cancellationToken));
    }

    /// <summary>Inside an import's transaction: stores <paramref name="pricingJson"/> as the site's terms, or removes them when null.</summary>
    internal static async Task ReplaceAsync(Writer write, string? pricingJson)
    {
        if (pricingJson is null)
        {
            await write.ExecuteAsync("DELETE FROM pricing_terms WHERE site_id = @SiteId");
            return;
        }

        await write.ExecuteAsync(
            """
            INSERT INTO pricing_terms (site_id, content, content_sha256) VALUES (@SiteId, @Content, @Sha256)
            ON CONFLICT (site_id) DO UPDATE SET content = EXCLUDED.content, content_sha256 = EXCLUDED.content_sha256, imported_at = now()
            WHERE pricing_terms.content_sha256 <> EXCLUDED.content_sha256
            """,
            new { write.SiteId, Content = pricingJson, Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pricingJson))) });
    }
}
