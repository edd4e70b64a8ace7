using Workforce.Core.Pricing;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario.Pricing;

/// <summary>Reads <c>precision</c>: decimals per billing model and the midpoint rounding rule; defaults from <see cref="PricePrecision.Default"/>.</summary>
internal static class PrecisionReader
{
    public static PricePrecision Read(JsonNode? node)
    {
        var defaults = PricePrecision.Default;
        if (node is not { } precision)
        {
            return defaults;
        }

        return new PricePrecision(
            Decimals(precision, "perHour", defaults.PerHourDecimals),
            Decimals(precision, "perMinute", defaults.PerMinuteDecimals),
            Decimals(precision, "perContact", defaults.PerContactDecimals),
            Decimals(precision, "monthlyFee", defaults.MonthlyFeeDecimals),
            Rounding(precision, defaults.Rounding));
    }

    private static int Decimals(JsonNode node, string name, int fallback) =>
        node.Has(name) ? PricingJson.WholeNumber(node, name, 0, 8) : fallback;

    private static MidpointRounding Rounding(JsonNode node, MidpointRounding fallback)
    {
        var text = node.OptionalString("rounding");
        return text switch
        {
            null => fallback,
            "toEven" => MidpointRounding.ToEven,
            "awayFromZero" => MidpointRounding.AwayFromZero,
            _ => throw node.Child("rounding").Fail($"expected toEven or awayFromZero, got '{text}'"),
        };
    }
}
