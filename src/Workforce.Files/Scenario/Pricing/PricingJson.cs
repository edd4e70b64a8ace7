using System.Globalization;
using System.Text.Json;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario.Pricing;

/// <summary>Typed reads of <c>pricing.json</c> values that name the field on error.</summary>
internal static class PricingJson
{
    /// <summary>A decimal read from the JSON text itself (no detour through double), so 0.1 is exactly 0.1.</summary>
    public static decimal Decimal(JsonNode node, string name)
    {
        var child = node.Child(name);
        return child.Element.ValueKind == JsonValueKind.Number && child.Element.TryGetDecimal(out var value)
            ? value
            : throw child.Fail("expected a number");
    }

    public static decimal NonNegativeDecimal(JsonNode node, string name)
    {
        var value = Decimal(node, name);
        return value >= 0 ? value : throw node.Child(name).Fail($"must not be negative, got {Text(value)}");
    }

    public static int WholeNumber(JsonNode node, string name, int min, int max)
    {
        var value = node.Number(name);
        return value >= min && value <= max && value == Math.Floor(value)
            ? (int)value
            : throw node.Child(name).Fail($"expected a whole number from {min} to {max}, got {JsonNode.Format(value)}");
    }

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
