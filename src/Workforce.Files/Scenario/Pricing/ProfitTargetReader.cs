using Workforce.Core.Pricing;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario.Pricing;

/// <summary>Reads <c>profit</c>: exactly one of <c>margin</c> (share of the price) and <c>markup</c> (share of the cost).</summary>
internal static class ProfitTargetReader
{
    public static ProfitTarget Read(JsonNode node)
    {
        var hasMargin = node.Has("margin");
        var hasMarkup = node.Has("markup");
        if (hasMargin == hasMarkup)
        {
            throw node.Fail("give exactly one of margin (a share of the price: 0.20 means price = cost ÷ 0.8) and markup (a share of the cost: 0.25 means price = cost × 1.25)");
        }

        if (hasMargin)
        {
            var margin = PricingJson.Decimal(node, "margin");
            return margin is >= 0 and < 1
                ? new Margin(margin)
                : throw node.Child("margin").Fail($"a margin is a share of the price and must be at least 0 and below 1, got {PricingJson.Text(margin)}");
        }

        var markup = PricingJson.Decimal(node, "markup");
        return markup >= 0
            ? new Markup(markup)
            : throw node.Child("markup").Fail($"a markup is a share of the cost and must not be negative, got {PricingJson.Text(markup)}");
    }
}
