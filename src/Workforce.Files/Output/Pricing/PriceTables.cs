using System.Text;
using Workforce.Core.Pricing;

namespace Workforce.Files.Output.Pricing;

/// <summary>The two tables <c>workforce price</c> prints: one row per billing model, then the sensitivity grid.</summary>
public static class PriceTables
{
    public static IReadOnlyList<string> PriceHeader { get; } = ["Model", "Unit", "Unit price", "Expected monthly revenue", "Monthly cost", "Margin"];

    public static IEnumerable<string[]> PriceRows(PriceSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var precision = sheet.Precision;
        return sheet.Prices.Select(p => new[]
        {
            PriceFigures.Label(p),
            BillingModels.Unit(p.Model),
            PriceFigures.UnitPrice(p, precision),
            PriceFigures.Money(p.ExpectedMonthlyRevenue, precision),
            PriceFigures.Money(p.MonthlyCost, precision),
            PriceFigures.Percent(p.Margin),
        });
    }

    public static IReadOnlyList<string> SensitivityHeader { get; } =
        ["Volume", "AHT", "Attrition", "Paid hours ×", "Monthly cost", .. BillingModels.All.Select(BillingModels.Key)];

    public static IEnumerable<string[]> SensitivityRows(PriceSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var precision = sheet.Precision;
        return sheet.Sensitivity.Select(c => (string[])
        [
            PriceFigures.Change(c.VolumeChange),
            PriceFigures.Change(c.AhtChange),
            PriceFigures.Change(c.AttritionChange),
            PriceFigures.Number(c.PaidHoursFactor, 3),
            PriceFigures.Money(c.MonthlyCost, precision),
            .. c.Margins.Select(m => PriceFigures.Percent(m.Margin)),
        ]);
    }

    /// <summary>Both tables as aligned plain text, with the headline cost and performance figures.</summary>
    public static string Render(PriceSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var precision = sheet.Precision;
        var text = new StringBuilder();
        var cost = sheet.Cost;
        text.Append("Monthly cost ").Append(PriceFigures.Money(cost.Total, precision)).Append(' ').Append(sheet.Currency)
            .Append(" (").Append(sheet.Target).Append("); per paid hour ").Append(PriceFigures.Money(cost.PerPaidHour, precision))
            .Append(", per productive hour ").Append(PriceFigures.Money(cost.PerProductiveHour, precision))
            .Append(", per handled hour ").Append(PriceFigures.Money(cost.PerHandledHour, precision)).Append('\n');
        text.Append('\n');
        Table(text, PriceHeader, PriceRows(sheet));
        var fee = sheet.Performance;
        text.Append("\nPerformance fee: base ").Append(PriceFigures.Money(fee.BaseFee, precision))
            .Append(", expected ").Append(PriceFigures.Money(fee.ExpectedFee, precision))
            .Append(", P10 ").Append(PriceFigures.Money(fee.P10Fee, precision))
            .Append(", at risk ").Append(PriceFigures.Money(fee.FeeAtRisk, precision))
            .Append(" (service level mean ").Append(PriceFigures.Percent((decimal)fee.Distribution.MeanServiceLevel))
            .Append(", P10 ").Append(PriceFigures.Percent((decimal)fee.Distribution.P10ServiceLevel))
            .Append(", ").Append(fee.Distribution.Trials).Append(" simulated months)\n");
        if (sheet.Sensitivity.Count > 0)
        {
            text.Append("\nSensitivity: margin each model earns at the quoted prices\n\n");
            Table(text, SensitivityHeader, SensitivityRows(sheet));
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            text.Append(string.Join("  ", row.Select((cell, i) => i == 0 || (row == header) ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd()).Append('\n');
        }
    }
}
