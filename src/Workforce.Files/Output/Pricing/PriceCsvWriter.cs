using Workforce.Core.Pricing;
using Workforce.Files.Csv;

namespace Workforce.Files.Output.Pricing;

/// <summary>
/// Writes <c>prices.csv</c> (one row per billing model, per channel for per-contact prices) and
/// <c>sensitivity.csv</c> (one row per grid cell, a margin column per model), each atomically.
/// </summary>
public static class PriceCsvWriter
{
    public const string PricesFile = "prices.csv";
    public const string SensitivityFile = "sensitivity.csv";

    public static void Write(string directory, PriceSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var precision = sheet.Precision;
        CsvFile.Write(
            Path.Combine(directory, PricesFile),
            ["model", "channel", "unit", "unit_price", "units", "expected_monthly_revenue", "monthly_cost", "margin"],
            sheet.Prices,
            p =>
            [
                BillingModels.Key(p.Model),
                p.ChannelId ?? string.Empty,
                BillingModels.Unit(p.Model),
                Invariant(p.UnitPrice),
                Invariant(PriceFigures.Units(p.Units)),
                Invariant(PriceFigures.Cents(p.ExpectedMonthlyRevenue, precision)),
                Invariant(PriceFigures.Cents(p.MonthlyCost, precision)),
                Invariant(PriceFigures.Share(p.Margin)),
            ]);
        CsvFile.Write(
            Path.Combine(directory, SensitivityFile),
            ["volume_change", "aht_change", "attrition_change", "paid_hours_factor", "monthly_cost", .. BillingModels.All.Select(m => "margin_" + BillingModels.Key(m).Replace('-', '_'))],
            sheet.Sensitivity,
            c =>
            [
                Invariant((decimal)c.VolumeChange),
                Invariant((decimal)c.AhtChange),
                Invariant((decimal)c.AttritionChange),
                Invariant(Math.Round(c.PaidHoursFactor, 4)),
                Invariant(PriceFigures.Cents(c.MonthlyCost, precision)),
                .. c.Margins.Select(m => Invariant(PriceFigures.Share(m.Margin))),
            ]);
    }

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
