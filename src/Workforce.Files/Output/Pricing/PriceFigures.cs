using System.Globalization;
using Workforce.Core.Pricing;

namespace Workforce.Files.Output.Pricing;

/// <summary>
/// How pricing figures are shown: money to the cent and margins to a hundredth of a percentage point,
/// rounded here, once, for display (unit prices are already at their model's precision).
/// </summary>
public static class PriceFigures
{
    public static decimal Cents(decimal money, PricePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(precision);
        return Math.Round(money, 2, precision.Rounding);
    }

    /// <summary>A count of units to 4 decimals, without trailing zeros (374.4, not 374.4000).</summary>
    public static decimal Units(decimal units) => Math.Round(units, 4, MidpointRounding.ToEven) / 1.0000000000000000000000000000m;

    public static decimal Share(decimal fraction) => Math.Round(fraction, 4, MidpointRounding.ToEven);

    public static string Money(decimal money, PricePrecision precision) => Cents(money, precision).ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string UnitPrice(ModelPrice price, PricePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(price);
        ArgumentNullException.ThrowIfNull(precision);
        var decimals = precision.DecimalsFor(price.Model);
        return price.UnitPrice.ToString("#,##0." + new string('0', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
    }

    public static string Percent(decimal fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    public static string Change(double change) => change == 0 ? "0" : (change * 100).ToString("+0;-0", CultureInfo.InvariantCulture) + " %";

    /// <summary>The row label of a price: its model, and the channel for per-contact prices.</summary>
    public static string Label(ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        return price.ChannelId is { } channel ? $"{BillingModels.Key(price.Model)} ({channel})" : BillingModels.Key(price.Model);
    }

    public static string Number(decimal value, int decimals) => value.ToString("#,##0." + new string('0', decimals), CultureInfo.InvariantCulture);
}
